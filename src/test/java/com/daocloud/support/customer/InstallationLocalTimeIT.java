package com.daocloud.support.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.sla.SlaClock;
import com.daocloud.support.sla.WorkingCalendar;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * RSP-2: coverage time is the local time where the customer's system is located. A customer in Shanghai
 * (calendar {@code weekdays}, 09:00–18:00) runs cluster {@code fra-1} in Frankfurt on a German-style calendar
 * of the test's own (08:00–16:00, Christmas 2025 and the three days from today off) and {@code sha-1} at home.
 * Level 3 professional is {@code PT4H}, {@code 5x8}. 2025-12-23 is a Tuesday, 2025-07-02 a Wednesday: dates
 * that are past, so that the holidays from today never meet them.
 */
@IntegrationTest
class InstallationLocalTimeIT {

  private static final String PREVIEW = "/api/sla/preview";
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final LocalTime OPENS = LocalTime.of(8, 0);
  private static final LocalTime CLOSES = LocalTime.of(16, 0);

  @LocalServerPort
  int port;

  private String customer;
  private String calendar;
  private Set<LocalDate> holidays;

  Api admin() {
    return Api.as(port, "demo");
  }

  @BeforeEach
  void shanghaiCustomerWithAFrankfurtCluster() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    customer = "it-shanghai-" + suffix;
    calendar = "it-de-" + suffix;
    // Christmas 2025, and the three days from today in Frankfurt so that an incident reported now meets them.
    LocalDate today = LocalDate.now(BERLIN);
    holidays = new TreeSet<>(Set.of(LocalDate.parse("2025-12-24"), LocalDate.parse("2025-12-25"),
        LocalDate.parse("2025-12-26"), today, today.plusDays(1), today.plusDays(2)));
    Api.Response created = admin().put("/api/calendars/" + calendar, """
        {"windowStart": "08:00", "windowEnd": "16:00", "holidays": [%s], "workingDays": [],
         "description": "German-style test calendar"}""".formatted(holidays.stream()
        .map(day -> "\"" + day + "\"").collect(Collectors.joining(", "))));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    int year = today.getYear();
    Api.Response put = admin().put("/api/customers/" + customer, """
        {"name": "Shanghai Ltd.", "serviceTier": "professional", "timeZone": "Asia/Shanghai", "calendar": "weekdays",
         "maintenanceOrder": {"start": "%d-01-01", "end": "%d-12-31", "feesPaid": true, "services": ["SNS"]},
         "installations": [
           {"cluster": "fra-1", "product": "dce", "version": "5.0.7", "kind": "software", "activatedOn": "%d-01-01",
            "timeZone": "Europe/Berlin", "calendar": "%s"},
           {"cluster": "sha-1", "product": "dce", "version": "5.0.7", "kind": "software", "activatedOn": "%d-01-01"}],
         "eamContracts": [{"cluster": "fra-1", "start": "2026-06-01", "end": "2028-06-01"},
                          {"cluster": "sha-1", "start": "2026-06-01", "end": "2028-06-01"}]}"""
        .formatted(year, year, year, calendar, year));
    assertThat(put.status()).as(put.body()).isEqualTo(201);
  }

  @Test
  @DisplayName("RSP-2: a cluster's own time zone and calendar are stored and read back; a cluster without them shows none")
  void clusterZoneAndCalendarAreReadBack() {
    JsonNode installations = admin().get("/api/customers/" + customer).json().get("installations");

    assertThat(installations.get(0).get("cluster").asText()).isEqualTo("fra-1");
    assertThat(installations.get(0).get("timeZone").asText()).isEqualTo("Europe/Berlin");
    assertThat(installations.get(0).get("calendar").asText()).isEqualTo(calendar);
    assertThat(installations.get(1).get("cluster").asText()).isEqualTo("sha-1");
    assertThat(installations.get(1).get("timeZone").isNull()).isTrue();
    assertThat(installations.get(1).get("calendar").isNull()).isTrue();
  }

  @Test
  @DisplayName("RSP-2: the preview for the Frankfurt cluster counts Frankfurt's window and skips its holidays (+01:00); the Shanghai cluster counts Shanghai's (+08:00)")
  void previewCountsWhereTheClusterRuns() {
    // Given a Level 3 report on Tuesday 2025-12-23 at 14:00 in Frankfurt (21:00 in Shanghai)
    String reportedAt = "2025-12-23T14:00:00+01:00";

    // When the deadline is previewed for each cluster
    JsonNode frankfurt = preview("engineer", reportedAt, "fra-1", "");
    JsonNode shanghai = preview("engineer", reportedAt, "sha-1", "");

    // Then Frankfurt counts Tue 14:00–16:00 (2 h), skips the 24th to 26th and the weekend, and ends Monday 10:00
    assertThat(frankfurt.get("responseDue").asText()).isEqualTo("2025-12-29T10:00:00+01:00");
    assertThat(frankfurt.at("/explanation/timeZone").asText()).isEqualTo("Europe/Berlin");
    assertThat(frankfurt.at("/explanation/calendar/id").asText()).isEqualTo(calendar);
    // And Shanghai counts from Wednesday's opening at 09:00, German holidays or not: due 13:00 Shanghai time
    assertThat(shanghai.get("responseDue").asText()).isEqualTo("2025-12-24T13:00:00+08:00");
    assertThat(shanghai.at("/explanation/timeZone").asText()).isEqualTo("Asia/Shanghai");
    assertThat(shanghai.at("/explanation/calendar/id").asText()).isEqualTo("weekdays");
  }

  @Test
  @DisplayName("RSP-2: in summer the Frankfurt cluster's deadline carries +02:00")
  void summerOffset() {
    JsonNode frankfurt = preview("engineer", "2025-07-02T10:00:00+02:00", "fra-1", "");

    assertThat(frankfurt.get("responseDue").asText()).isEqualTo("2025-07-02T14:00:00+02:00");
  }

  @Test
  @DisplayName("RSP-2: a zone or calendar given with the cluster wins over the cluster's own")
  void explicitZoneAndCalendarWin() {
    JsonNode answer = preview("engineer", "2025-12-23T14:00:00+01:00", "fra-1",
        ", \"timeZone\": \"Asia/Shanghai\", \"calendar\": \"weekdays\"");

    assertThat(answer.get("responseDue").asText()).isEqualTo("2025-12-24T13:00:00+08:00");
    assertThat(answer.at("/explanation/calendar/id").asText()).isEqualTo("weekdays");
  }

  @Test
  @DisplayName("RSP-2: an incident about the Frankfurt cluster is due in Frankfurt's window after its holidays; one about the Shanghai cluster in Shanghai's")
  void intakeCountsWhereTheClusterRuns() {
    // When the customer's two clusters report a Level 3 fault now
    JsonNode frankfurt = report("fra-1");
    JsonNode shanghai = report("sha-1");

    // Then the Frankfurt incident is due in Frankfurt time, in its window, on none of its holidays
    WorkingCalendar german = new WorkingCalendar(calendar, 1, OPENS, CLOSES, holidays, Set.of());
    OffsetDateTime frankfurtDue = OffsetDateTime.parse(frankfurt.get("responseDue").asText());
    assertThat(frankfurtDue.getOffset()).isEqualTo(BERLIN.getRules().getOffset(frankfurtDue.toInstant()));
    assertThat(frankfurtDue.toLocalTime()).isBetween(OPENS, CLOSES);
    assertThat(holidays).doesNotContain(frankfurtDue.toLocalDate());
    assertThat(frankfurt.get("responseDue").asText()).isEqualTo(
        SlaClock.deadline(reportedAt(frankfurt), "PT4H", "5x8", BERLIN, german).responseDue());
    assertThat(OffsetDateTime.parse(frankfurt.get("reportedAt").asText()).getOffset())
        .isEqualTo(BERLIN.getRules().getOffset(reportedAt(frankfurt)));

    // And the Shanghai incident in Shanghai time on the customer's calendar
    OffsetDateTime shanghaiDue = OffsetDateTime.parse(shanghai.get("responseDue").asText());
    assertThat(shanghaiDue.getOffset().getId()).isEqualTo("+08:00");
    assertThat(shanghai.get("responseDue").asText()).isEqualTo(
        SlaClock.deadline(reportedAt(shanghai), "PT4H", "5x8", SHANGHAI, WorkingCalendar.weekdays()).responseDue());
  }

  @Test
  @DisplayName("RSP-2: a cluster's zone must be an IANA zone and its calendar must exist (400 naming the field)")
  void clusterZoneAndCalendarAreValidated() {
    Api.Response response = admin().put("/api/customers/" + customer, admin().get("/api/customers/" + customer).body()
        .replace("\"Europe/Berlin\"", "\"+01:00\"").replace("\"" + calendar + "\"", "\"no-such-calendar\""));

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(CustomerApiIT.fields(response))
        .containsExactlyInAnyOrder("installations[0].timeZone", "installations[0].calendar");
    assertThat(response.json().get("errors").get(0).get("message").asText()).contains("IANA");
  }

  @Test
  @DisplayName("RSP-2: a calendar that only a cluster uses cannot be deleted (409)")
  void calendarOfAClusterIsInUse() {
    assertThat(admin().delete("/api/calendars/" + calendar).status()).isEqualTo(409);
  }

  @Test
  @DisplayName("RSP-2: the preview names what it misses about the cluster: its customer, the cluster, an unknown one of either (400)")
  void previewOfAClusterNeedsBoth() {
    String base = "{\"level\": 3, \"serviceTier\": \"professional\", \"reportedAt\": \"2025-12-23T14:00:00+01:00\"";
    assertSingleError(base + ", \"customerId\": \"" + customer + "\"}", "installation", "required with customerId");
    assertSingleError(base + ", \"installation\": \"fra-1\"}", "customerId", "required with installation");
    assertSingleError(base + "}", "timeZone", "is required");
    assertSingleError(base + ", \"customerId\": \"" + customer + "\", \"installation\": \"ber-9\"}", "installation",
        "has no cluster ber-9");
    assertSingleError(base + ", \"customerId\": \"it-nobody-" + UUID.randomUUID().toString().substring(0, 8)
        + "\", \"installation\": \"fra-1\"}", "customerId", "there is no customer");
  }

  @Test
  @DisplayName("RSP-2: a customer user previews its own customer's clusters only (403 for another's)")
  void customerUsersPreviewTheirOwnClustersOnly() {
    Api.Response own = Api.as(port, "acme-user").post(PREVIEW, request("2025-12-23T14:00:00+01:00", "acme", "prod-1"));
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(own.json().at("/explanation/timeZone").asText()).isEqualTo("Asia/Shanghai");
    assertThat(own.json().at("/explanation/calendar/id").asText()).isEqualTo("cn-2026");

    Api.Response theirs = Api.as(port, "acme-user").post(PREVIEW,
        request("2025-12-23T14:00:00+01:00", customer, "fra-1"));
    assertThat(theirs.status()).as(theirs.body()).isEqualTo(403);
    assertThat(theirs.contentType()).startsWith("application/problem+json");
    assertThat(theirs.body()).doesNotContain("Europe/Berlin", calendar);
  }

  private JsonNode preview(String user, String reportedAt, String cluster, String more) {
    Api.Response response = Api.as(port, user).post(PREVIEW,
        request(reportedAt, customer, cluster).replaceFirst("}$", more + "}"));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static String request(String reportedAt, String customerId, String cluster) {
    return """
        {"level": 3, "serviceTier": "professional", "reportedAt": "%s", "customerId": "%s", "installation": "%s"}"""
        .formatted(reportedAt, customerId, cluster);
  }

  private JsonNode report(String cluster) {
    Api.Response created = Api.as(port, "service").post("/api/incidents", """
        {"customerId": "%s", "installation": "%s", "title": "Some modules fail", "description": "Partial outage.",
         "requestType": "fault", "productionImpact": "partial", "dataLoss": false, "workaroundAvailable": false,
         "contact": {"name": "Li Lei", "email": "li.lei@example.com"}}""".formatted(customer, cluster));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("level").asInt()).isEqualTo(3);
    assertThat(created.json().get("entitlement").get("status").asText()).isIn("entitled", "limited");
    return Api.as(port, "service").get("/api/incidents/" + created.json().get("number").asText()).json();
  }

  private static java.time.Instant reportedAt(JsonNode incident) {
    return OffsetDateTime.parse(incident.get("reportedAt").asText()).toInstant();
  }

  private void assertSingleError(String body, String field, String messagePart) {
    Api.Response response = Api.as(port, "engineer").post(PREVIEW, body);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    JsonNode errors = response.json().get("errors");
    assertThat(errors).as(response.body()).hasSize(1);
    assertThat(errors.get(0).get("field").asText()).isEqualTo(field);
    assertThat(errors.get(0).get("message").asText()).contains(messagePart);
  }
}
