package com.daocloud.support.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The served OpenAPI document is the API's contract: it is valid OpenAPI 3.1, and {@code docs/openapi.json}
 * (from which the build generates the Java client that {@code ClientIT} uses) is exactly what the application
 * serves. After a change to the API, {@code -Dopenapi.write=true} writes the served document there.
 */
@IntegrationTest
class OpenApiDocumentIT {

  static final Path COMMITTED = Path.of("docs/openapi.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  @Test
  @DisplayName("The served document is valid OpenAPI 3.1: the parser reports no error")
  void servedDocumentIsValid() {
    String served = Api.as(port, "demo").get("/v3/api-docs").body();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);

    SwaggerParseResult result = new OpenAPIV3Parser().readContents(served, null, options);

    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1.");
  }

  @Test
  @DisplayName("The document says what an integrator needs: summaries, domain tags, the real success and problem codes, enums, required fields, formats, examples, both sign-ins and the Idempotency-Key")
  void documentIsComplete() throws Exception {
    JsonNode api = JSON.readTree(Api.as(port, "acme-user").get("/v3/api-docs").body());
    JsonNode report = api.at("/paths/~1api~1incidents/post");
    JsonNode schemas = api.path("components").path("schemas");

    assertThat(report.path("responses").has("201")).isTrue();
    assertThat(report.path("responses").has("200")).isFalse();
    assertThat(report.at("/responses/201/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/IncidentReported");
    assertThat(report.at("/responses/429/$ref").asText()).isEqualTo("#/components/responses/TooManyRequests");
    assertThat(report.at("/parameters/0/name").asText()).isEqualTo("Idempotency-Key");
    assertThat(report.at("/parameters/0/in").asText()).isEqualTo("header");
    assertThat(report.at("/requestBody/content/application~1json/examples/outage/value/productionImpact").asText())
        .isEqualTo("outage");
    assertThat(schemas.at("/IncidentRequest/properties/requestType/enum").toString())
        .isEqualTo("[\"fault\",\"suggestion\",\"usage-question\"]");
    assertThat(schemas.at("/IncidentRequest/required").toString()).contains("\"customerId\"", "\"contact\"");
    assertThat(schemas.at("/IncidentReported/properties/responseDue/format").asText()).isEqualTo("date-time");
    assertThat(schemas.at("/Incident/properties/responseTime/format").asText()).isEqualTo("duration");
    assertThat(schemas.at("/Incident/properties/status/enum").toString()).contains("\"solution-proposed\"");
    assertThat(api.at("/paths/~1api~1incidents~1{number}/get/responses/200/content/application~1json/example/timeline/0/event")
        .asText()).isEqualTo("reported");
    assertThat(report.at("/responses/201/content/application~1json/example/number").asText())
        .matches("INC-\\d{4}-\\d{6}");
    assertThat(api.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
    assertThat(api.at("/components/securitySchemes/apiToken/scheme").asText()).isEqualTo("bearer");
    assertThat(api.at("/components/responses/NotFound/content/application~1problem+json/example/type").asText())
        .isEqualTo("urn:dce-support:problem:not-found");

    api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
      String name = operation.getKey().toUpperCase() + " " + path.getKey();
      JsonNode op = operation.getValue();
      assertThat(op.path("summary").asText()).as(name + " summary").isNotBlank();
      assertThat(op.path("tags").get(0).asText()).as(name + " tag").doesNotEndWith("-controller");
      assertThat(op.path("responses").has("401")).as(name + " answers 401").isTrue();
      op.path("responses").fields().forEachRemaining(response -> {
        if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
          assertThat(response.getValue().path("$ref").asText()).as(name + " " + response.getKey())
              .startsWith("#/components/responses/");
        }
      });
    }));
    assertThat(api.toString()).doesNotContain("\"example\":\"string\"", "bad-request");
  }

  @Test
  @DisplayName("docs/openapi.json is the served document (the generated client is built from it)")
  void committedDocumentIsTheServedOne() throws Exception {
    JsonNode served = JSON.readTree(Api.as(port, "demo").get("/v3/api-docs").body());
    if (Boolean.getBoolean("openapi.write")) {
      Files.writeString(COMMITTED, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n",
          StandardCharsets.UTF_8);
    }

    JsonNode committed = JSON.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));

    // JSON objects compare without regard to key order; run with -Dopenapi.write=true to take the served one
    assertThat(committed).as("docs/openapi.json, as served").isEqualTo(served);
  }
}
