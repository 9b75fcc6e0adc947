package com.daocloud.support.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI document of /api and Swagger UI, for signed-in users only. */
@IntegrationTest
class OpenApiIT {

  @LocalServerPort int port;

  @org.springframework.beans.factory.annotation.Autowired
  @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
  org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

  @Test
  @DisplayName("Every /api endpoint the application serves is in the OpenAPI document, with its methods")
  void documentListsEveryApiEndpoint() {
    JsonNode paths = Api.as(port, "demo").get("/v3/api-docs").json().get("paths");
    List<String> missing = new ArrayList<>();
    List<String> served = new ArrayList<>();
    mappings.getHandlerMethods().keySet().forEach(info -> {
      for (String path : info.getPatternValues()) {
        if (!path.startsWith("/api/")) {
          continue;
        }
        JsonNode documented = paths.get(path);
        for (var method : info.getMethodsCondition().getMethods()) {
          served.add(method + " " + path);
          if (documented == null || documented.get(method.name().toLowerCase()) == null) {
            missing.add(method + " " + path);
          }
        }
      }
    });

    assertThat(served).as("the /api endpoints the application serves").hasSizeGreaterThan(20);
    assertThat(missing).isEmpty();
  }

  @Test
  @DisplayName("The API documentation needs credentials")
  void documentationNeedsCredentials() {
    assertThat(Api.anonymous(port).get("/v3/api-docs").status()).isEqualTo(401);
    assertThat(Api.anonymous(port).get("/swagger-ui/index.html").status()).isEqualTo(401);
  }

  @Test
  @DisplayName("The OpenAPI document lists the /api endpoints only, with HTTP Basic and the problem responses each operation answers")
  void documentListsApiEndpoints() {
    Api.Response docs = Api.as(port, "engineer").get("/v3/api-docs");

    assertThat(docs.status()).isEqualTo(200);
    JsonNode api = docs.json();
    List<String> paths = new ArrayList<>();
    api.path("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).contains("/api/sla/preview", "/api/calendars", "/api/calendars/{id}");
    assertThat(paths).allMatch(path -> path.startsWith("/api/"));
    assertThat(api.path("info").path("title").asText()).isEqualTo("DCE support API");
    assertThat(api.path("components").path("securitySchemes").path("basicAuth").path("scheme").asText())
        .isEqualTo("basic");
    JsonNode preview = api.path("paths").path("/api/sla/preview").path("post");
    assertThat(preview.path("requestBody").isMissingNode()).isFalse();
    // the preview answers invalid input, missing credentials and another customer's cluster (403), each as problem
    // details; never 404 or 409
    assertThat(preview.path("responses").path("400").path("$ref").asText())
        .isEqualTo("#/components/responses/InvalidInput");
    assertThat(preview.path("responses").path("401").path("$ref").asText())
        .isEqualTo("#/components/responses/Unauthorized");
    assertThat(preview.path("responses").has("404")).isFalse();
    for (String response : List.of("InvalidInput", "Unauthorized")) {
      assertThat(api.path("components").path("responses").path(response).path("content")
          .path("application/problem+json").path("schema").path("$ref").asText())
          .as("problem response %s", response).isEqualTo("#/components/schemas/Problem");
    }
    assertThat(api.path("components").path("schemas").has("Problem")).isTrue();
  }

  @Test
  @DisplayName("Swagger UI opens for a signed-in user")
  void swaggerUiOpens() {
    Api.Response ui = Api.as(port, "acme-user").get("/swagger-ui/index.html");

    assertThat(ui.status()).isEqualTo(200);
    assertThat(ui.body()).contains("swagger-ui");
  }
}
