package com.daocloud.support.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A customer's tool reads every error of {@code /api} the same way (docs/security.md): problem details with
 * {@code type}, {@code title}, {@code status} and {@code detail}, also for an address or a method that the API
 * does not have, never the framework's own error document.
 */
@IntegrationTest
class ApiErrorAnswersIT {

  @LocalServerPort
  int port;

  static Stream<Arguments> unknownAddresses() {
    return Stream.of(
        Arguments.of("GET", "/api/nothing-here"),
        Arguments.of("GET", "/api/incidents/INC-2026-000001/nothing-here"),
        Arguments.of("POST", "/api/nothing-here"),
        Arguments.of("DELETE", "/api/sla"),
        Arguments.of("GET", "/api"),
        Arguments.of("GET", "/api/"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("unknownAddresses")
  @DisplayName("An address that /api does not have is a 404 in problem details")
  void unknownAddressIsProblem(String method, String path) {
    Api api = Api.as(port, "acme-user");

    Api.Response response = api.send(api.builder(path).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString("{}")));

    assertProblem(response, 404, "not-found");
  }

  static Stream<Arguments> unsupportedMethods() {
    return Stream.of(
        Arguments.of("DELETE", "/api/incidents", "GET, POST"),
        Arguments.of("PUT", "/api/sla/preview", "POST"),
        Arguments.of("GET", "/api/sla/preview", "POST"),
        Arguments.of("PATCH", "/api/incidents/INC-2026-000001", "GET"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("unsupportedMethods")
  @DisplayName("A method that an /api address does not take is a 405 in problem details that lists the methods it takes")
  void unsupportedMethodIsProblem(String method, String path, String allowed) throws Exception {
    Api api = Api.as(port, "acme-user");

    HttpResponse<String> raw = HttpClient.newHttpClient().send(api.builder(path)
        .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    Api.Response response = new Api.Response(raw.statusCode(), raw.body(),
        raw.headers().firstValue("Content-Type").orElse(""));

    JsonNode problem = assertProblem(response, 405, "method-not-allowed");
    assertThat(problem.path("detail").asText()).contains(method);
    assertThat(raw.headers().firstValue("Allow").orElse("").split(" *, *"))
        .containsExactly(allowed.split(", "));
  }

  @Test
  @DisplayName("Asking /api for a representation it does not have (XML) is a 406 in problem details")
  void unacceptableRepresentationIsProblem() {
    Api api = Api.as(port, "acme-user");

    Api.Response response = api.send(api.builder("/api/incidents").header("Accept", "application/xml").GET());

    assertProblem(response, 406, "not-acceptable");
  }

  @Test
  @DisplayName("An incident report with every field wrong names each field once, in the order of the request, and the Idempotency-Key header last")
  void everyInvalidFieldIsNamedInOrder() throws Exception {
    Api api = Api.as(port, "acme-user");
    String body = """
        {"customerId": " ", "installation": "%s", "requestType": "bug", "productionImpact": "down",
         "dataLoss": null, "contact": {"name": "", "phone": "call me", "email": "a@b@c"}}""".formatted("x".repeat(129));

    Api.Response response = api.send(api.builder("/api/incidents").header("Content-Type", "application/json")
        .header("Idempotency-Key", "two words").POST(HttpRequest.BodyPublishers.ofString(body)));

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    List<String> errors = new ArrayList<>();
    response.json().get("errors").forEach(e -> errors.add(e.get("field").asText() + ": " + e.get("message").asText()));
    assertThat(errors).containsExactly(
        "customerId: is required",
        "installation: must be at most 128 characters",
        "title: is required",
        "description: is required",
        "requestType: must be one of fault, suggestion, usage-question",
        "productionImpact: must be one of degraded, none, outage, partial",
        "dataLoss: is required (true or false)",
        "workaroundAvailable: is required (true or false)",
        "contact.name: is required",
        "contact.phone: is not a phone number",
        "contact.email: is not one e-mail address (name@host.example; no group, list or display name)",
        "Idempotency-Key: must be 1 to 200 visible ASCII characters");
    assertThat(response.json().get("detail").asText()).isEqualTo("12 fields are invalid");
  }

  @Test
  @DisplayName("A contact with neither phone nor e-mail is named on contact.phone; a missing contact says what it holds")
  void contactRules() {
    String report = """
        {"customerId": "acme", "installation": "prod-1", "title": "t", "description": "d", "requestType": "fault",
         "productionImpact": "none", "dataLoss": false, "workaroundAvailable": true%s}""";

    Api.Response unreachable = Api.as(port, "acme-user").post("/api/incidents",
        report.formatted(", \"contact\": {\"name\": \"Li\", \"phone\": \" \"}"));
    Api.Response noContact = Api.as(port, "acme-user").post("/api/incidents", report.formatted(""));

    assertThat(unreachable.status()).as(unreachable.body()).isEqualTo(400);
    assertThat(unreachable.json().get("detail").asText())
        .isEqualTo("contact.phone: give a phone number or an e-mail address");
    assertThat(noContact.status()).as(noContact.body()).isEqualTo(400);
    assertThat(noContact.json().get("detail").asText()).isEqualTo("contact: is required: {name, phone, email}");
  }

  @Test
  @DisplayName("A level outside 1..5 is named with the value sent, which is quoted and never evaluated")
  void levelOutOfRangeQuotesTheValue() {
    Api.Response response = Api.as(port, "engineer").post("/api/sla/preview", """
        {"level": 7, "serviceTier": "gold", "reportedAt": "2026-11-27T17:00:00+01:00", "timeZone": "${1+1}"}""");

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    List<String> errors = new ArrayList<>();
    response.json().get("errors").forEach(e -> errors.add(e.get("field").asText() + ": " + e.get("message").asText()));
    assertThat(errors).containsExactly(
        "level: must be 1 to 5, was 7",
        "serviceTier: must be one of standard, premium, professional",
        "timeZone: must be an IANA time zone such as Europe/Berlin, was ${1+1}");
  }

  private static JsonNode assertProblem(Api.Response response, int status, String type) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.path("type").asText()).isEqualTo("urn:dce-support:problem:" + type);
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("detail").asText()).isNotBlank();
    // Spring Boot's own error document names these; problem details do not
    assertThat(problem.has("timestamp")).isFalse();
    assertThat(problem.has("path")).isFalse();
    assertThat(problem.has("error")).isFalse();
    return problem;
  }
}
