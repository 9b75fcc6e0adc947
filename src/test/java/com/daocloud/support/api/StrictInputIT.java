package com.daocloud.support.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Input that {@code /api} once answered with a 500 or took for something it was not: dates far outside any
 * support record, a change request without its type, a multipart body without a boundary, and JSON values
 * of the wrong type that Jackson coerced (a number for a boolean, a fraction for a whole number, a number
 * for a text).
 */
@IntegrationTest
class StrictInputIT {

  private static final String FAR_FUTURE = "+999999999-12-31";
  private static final int YEAR = LocalDate.now().getYear();

  @LocalServerPort
  int port;

  static Stream<Arguments> extremeDates() {
    String future = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(40).withNano(0).toString();
    String customer = """
        {"name": "Extreme Ltd.", "serviceTier": "premium", "timeZone": "Asia/Shanghai", "calendar": "weekdays",
         "maintenanceOrder": {"start": "%s", "end": "%s", "feesPaid": true, "services": ["SNS"]},
         "installations": [{"cluster": "prod-1", "product": "dce", "version": "5.0.7", "kind": "software",
                            "activatedOn": "%s"}]}""";
    String jan1 = YEAR + "-01-01";
    String dec31 = YEAR + "-12-31";
    return Stream.of(
        Arguments.of("demo", "POST", "/api/sla/preview", """
            {"level": 3, "serviceTier": "standard", "reportedAt": "%sT17:00:00+01:00", "timeZone": "Europe/Berlin"}"""
            .formatted(FAR_FUTURE), "reportedAt"),
        Arguments.of("demo", "POST", "/api/sla/preview", """
            {"level": 3, "serviceTier": "standard", "reportedAt": "-999999999-01-01T00:00:00Z", "timeZone": "UTC"}""",
            "reportedAt"),
        Arguments.of("acme-user", "POST", "/api/change-requests", """
            {"customerId": "acme", "changeType": "production-change", "plannedAt": "%sT22:00:00+08:00",
             "description": "d"}""".formatted(FAR_FUTURE), "plannedAt"),
        Arguments.of("acme-user", "POST", "/api/change-requests", """
            {"customerId": "acme", "changeType": "product-move", "plannedAt": "%s", "newDataCenter": "dc-2",
             "effectiveDate": "%s", "description": "d"}""".formatted(future, FAR_FUTURE), "effectiveDate"),
        Arguments.of("demo", "PUT", "/api/customers/extreme-dates-never-stored",
            customer.formatted(jan1, FAR_FUTURE, jan1), "maintenanceOrder.end"),
        Arguments.of("demo", "PUT", "/api/customers/extreme-dates-never-stored",
            customer.formatted("0001-01-01", dec31, jan1), "maintenanceOrder.start"),
        Arguments.of("demo", "PUT", "/api/customers/extreme-dates-never-stored",
            customer.formatted(jan1, dec31, FAR_FUTURE), "installations[0].activatedOn"),
        Arguments.of("analyst", "PUT", "/api/calendars/extreme-dates-never-stored", """
            {"windowStart": "09:00", "windowEnd": "18:00", "holidays": ["%s"], "workingDays": []}"""
            .formatted(FAR_FUTURE), "holidays[0]"),
        Arguments.of("demo", "GET", "/api/lifecycle?product=dce&version=5.0.7&onDate=%2B999999999-01-01", null,
            "onDate"));
  }

  @ParameterizedTest(name = "{1} {2} -> {4}")
  @MethodSource("extremeDates")
  @DisplayName("Finding 8 and 14: a date outside 1970..9999 is a 400 naming the field, never a 500 or a corrupted record")
  void extremeDatesAreRefused(String user, String method, String path, String body, String field) {
    Api api = Api.as(port, user);
    Api.Response response = switch (method) {
      case "POST" -> api.post(path, body);
      case "PUT" -> api.put(path, body);
      default -> api.get(path);
    };

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("errors").findValuesAsText("field")).contains(field);
    if (path.startsWith("/api/customers/")) {
      assertThat(Api.as(port, "demo").get(path).status()).isEqualTo(404);
    }
  }

  @Test
  @DisplayName("Finding 8: a change request without changeType is a 400 naming changeType")
  void changeRequestWithoutType() {
    String future = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(40).withNano(0).toString();

    Api.Response response = Api.as(port, "acme-user").post("/api/change-requests",
        "{\"customerId\": \"acme\", \"plannedAt\": \"" + future + "\", \"description\": \"d\"}");

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("changeType");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/api/incidents", "/api/change-requests", "/api/sla/preview"})
  @DisplayName("Finding 8: a multipart body without a boundary is a 4xx problem, not a 500")
  void multipartWithoutBoundary(String path) {
    Api api = Api.as(port, "acme-user");

    Api.Response response = api.send(api.builder(path).header("Content-Type", "multipart/form-data")
        .POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--")));

    assertThat(response.status()).as(response.body()).isIn(400, 415);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  static Stream<Arguments> looseTypes() {
    String incident = """
        {"customerId": "acme", "installation": "prod-1", "title": "Strict types", "description": "d",
         "requestType": "fault", "productionImpact": "partial", "dataLoss": false, "workaroundAvailable": true,
         "contact": {"name": "C", "phone": "+86 21 1234 5678"}}""";
    String preview = "{\"level\": 3, \"serviceTier\": \"standard\", \"reportedAt\": \"2026-11-27T17:00:00+01:00\","
        + " \"timeZone\": \"Europe/Berlin\"}";
    String eam = "{\"customerId\": \"acme\", \"installation\": \"prod-1\", \"years\": 1,"
        + " \"stableEnvironment\": true, \"supportedConfiguration\": true, \"willingToUpgrade\": true}";
    return Stream.of(
        Arguments.of("/api/incidents", incident.replace("\"dataLoss\": false", "\"dataLoss\": -1"), "dataLoss"),
        Arguments.of("/api/incidents", incident.replace("\"dataLoss\": false", "\"dataLoss\": 1"), "dataLoss"),
        Arguments.of("/api/incidents", incident.replace("\"dataLoss\": false", "\"dataLoss\": \"true\""), "dataLoss"),
        Arguments.of("/api/incidents", incident.replace("\"dataLoss\": false", "\"dataLoss\": 0.5"), "dataLoss"),
        Arguments.of("/api/incidents", incident.replace("\"Strict types\"", "12345"), "title"),
        Arguments.of("/api/incidents", incident.replace("\"Strict types\"", "true"), "title"),
        Arguments.of("/api/incidents", incident.replace("\"C\"", "1.5"), "contact.name"),
        Arguments.of("/api/sla/preview", preview.replace("3,", "3.7,"), "level"),
        Arguments.of("/api/sla/preview", preview.replace("3,", "\"3\","), "level"),
        Arguments.of("/api/eam-applications", eam.replace("\"years\": 1", "\"years\": 1.9"), "years"),
        Arguments.of("/api/eam-applications", eam.replace("\"stableEnvironment\": true",
            "\"stableEnvironment\": 1"), "stableEnvironment"));
  }

  @ParameterizedTest(name = "{2}: {1}")
  @MethodSource("looseTypes")
  @DisplayName("Finding 14: JSON values are read with their own type: no number as boolean, fraction as integer or number as text")
  void looseTypesAreRefused(String path, String body, String field) {
    Api.Response response = Api.as(port, "acme-user").post(path, body);

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly(field);
  }
}
