package com.daocloud.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Security: without valid credentials nothing under {@code /api} or {@code /engine-rest} answers
 * anything but a 401 problem, whatever the method, and the answer says nothing about what is behind it.
 */
@IntegrationTest
class AnonymousSweepIT {

  /** Resources of the engine's REST API that a stranger might try, with the method that does harm. */
  private static final List<String> ENGINE_REST = List.of(
      "GET /engine-rest/engine",
      "GET /engine-rest/version",
      "GET /engine-rest/process-definition",
      "GET /engine-rest/process-definition/key/incident-handling",
      "GET /engine-rest/process-definition/key/incident-handling/xml",
      "POST /engine-rest/process-definition/key/incident-handling/start",
      "GET /engine-rest/process-instance",
      "POST /engine-rest/process-instance",
      "DELETE /engine-rest/process-instance/any-id",
      "POST /engine-rest/process-instance/any-id/modification",
      "GET /engine-rest/process-instance/any-id/variables",
      "GET /engine-rest/execution",
      "GET /engine-rest/task",
      "POST /engine-rest/task",
      "POST /engine-rest/task/any-id/complete",
      "POST /engine-rest/task/any-id/claim",
      "GET /engine-rest/task/any-id/form-variables",
      "GET /engine-rest/filter",
      "POST /engine-rest/filter/create",
      "GET /engine-rest/deployment",
      "POST /engine-rest/deployment/create",
      "DELETE /engine-rest/deployment/any-id",
      "GET /engine-rest/decision-definition",
      "POST /engine-rest/decision-definition/key/incident-level/evaluate",
      "GET /engine-rest/history/process-instance",
      "GET /engine-rest/history/task",
      "GET /engine-rest/history/variable-instance",
      "GET /engine-rest/variable-instance",
      "GET /engine-rest/user",
      "POST /engine-rest/user/create",
      "GET /engine-rest/user/demo/profile",
      "PUT /engine-rest/user/demo/credentials",
      "GET /engine-rest/group",
      "GET /engine-rest/identity/groups?userId=demo",
      "POST /engine-rest/identity/verify",
      "GET /engine-rest/authorization",
      "POST /engine-rest/authorization/create",
      "GET /engine-rest/job",
      "PUT /engine-rest/job/any-id/retries",
      "GET /engine-rest/incident",
      "GET /engine-rest/external-task",
      "POST /engine-rest/external-task/fetchAndLock",
      "POST /engine-rest/message",
      "POST /engine-rest/signal",
      "GET /engine-rest/batch",
      "GET /engine-rest/metrics",
      "GET /engine-rest/tenant",
      "GET /engine-rest/telemetry/data",
      "GET /engine-rest/schema/log",
      "GET /engine-rest/nothing-here");

  /** Credentials that are not valid ones. */
  private static final List<String> BAD_CREDENTIALS = List.of(
      "Basic " + base64("nobody-at-all:nobody"),
      // an empty password of a real user would count against that user's logins (the engine's
      // throttling locks it for seconds), and other tests sign in as demo: a user of no one's
      "Basic " + base64("nobody-at-all:"),
      "Basic " + base64("demo"),
      "Basic !!!not-base64!!!",
      "Basic ",
      "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJkZW1vIn0.",
      "Digest username=\"demo\"");

  @LocalServerPort
  int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  @DisplayName("Anonymous and invalid credentials: every /api endpoint (all its methods) and the /engine-rest resources answer 401 problem details and nothing else")
  void everythingNeedsCredentials() {
    List<String> requests = new ArrayList<>();
    Set<String> api = new TreeSet<>();
    mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
        .filter(p -> p.startsWith("/api/"))
        .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> api.add(m.name() + " " + p))));
    assertThat(api).hasSizeGreaterThan(20);
    requests.addAll(api.stream().map(e -> e.replaceAll("\\{[^}]+}", "x-1.0")).toList());
    requests.add("GET /api");
    requests.add("GET /api/");
    requests.add("GET /api/no-such-endpoint");
    requests.add("OPTIONS /api/incidents");
    requests.add("PATCH /api/incidents/INC-2026-000001");
    requests.addAll(ENGINE_REST);

    List<String> wrong = new ArrayList<>();
    int sent = 0;
    for (String request : requests) {
      String[] parts = request.split(" ", 2);
      wrong.addAll(check(request, send(parts[0], parts[1], null)));
      sent++;
    }
    // Each kind of bad credentials on one /api and one /engine-rest resource.
    for (String authorization : BAD_CREDENTIALS) {
      for (String path : List.of("/api/incidents", "/engine-rest/task")) {
        wrong.addAll(check(authorization + " on " + path, send("GET", path, authorization)));
        sent++;
      }
    }

    System.out.printf("anonymous sweep: %d requests (%d /api endpoints, %d /engine-rest resources, %d bad"
        + " credentials) -> 401%n", sent, api.size(), ENGINE_REST.size(), BAD_CREDENTIALS.size() * 2);
    assertThat(wrong).isEmpty();
  }

  private Api.Response send(String method, String path, String authorization) {
    Api anonymous = Api.anonymous(port);
    HttpRequest.Builder builder = anonymous.builder(path);
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    boolean hasBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    if (hasBody) {
      builder.header("Content-Type", "application/json");
    }
    return anonymous.send(builder.method(method, hasBody
        ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody()));
  }

  private static List<String> check(String request, Api.Response response) {
    List<String> wrong = new ArrayList<>();
    if (response.status() != 401) {
      wrong.add(request + ": " + response.status() + " " + response.body());
      return wrong;
    }
    if (!response.contentType().startsWith("application/problem+json")) {
      wrong.add(request + ": content type " + response.contentType());
      return wrong;
    }
    JsonNode body = response.json();
    List<String> fields = new ArrayList<>();
    body.fieldNames().forEachRemaining(fields::add);
    // The fixed problem of SecurityConfig: nothing about the resource, the user or the engine.
    if (!Set.copyOf(fields).equals(Set.of("type", "title", "status", "detail"))
        || !body.get("detail").asText().equals("Valid credentials are required (HTTP Basic).")) {
      wrong.add(request + ": says more than it should: " + response.body());
    }
    return wrong;
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
