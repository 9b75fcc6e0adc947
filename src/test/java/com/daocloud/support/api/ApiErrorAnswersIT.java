package com.daocloud.support.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
