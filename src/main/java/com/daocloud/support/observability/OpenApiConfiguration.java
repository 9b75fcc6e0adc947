package com.daocloud.support.observability;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of {@code /api} (springdoc, {@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}): HTTP Basic for every operation, and the RFC 9457 problem responses that
 * {@code ApiExceptionHandler} and the security chain answer with, added to every operation so that no
 * controller has to repeat them.
 */
@Configuration
public class OpenApiConfiguration {

  static final String BASIC_AUTH = "basicAuth";
  static final String PROBLEM_SCHEMA = "Problem";
  static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

  /** The errors every operation may answer with, and when. */
  static final Map<String, String> PROBLEM_RESPONSES = problemResponses();

  @Bean
  OpenAPI supportOpenApi() {
    return new OpenAPI()
        .info(new Info().title("DCE support API")
            .version("v1")
            .description("""
                DaoCloud's product support policy as a service: incidents, SLA deadlines, \
                working calendars, entitlements. Every call needs HTTP Basic with an engine user \
                (the Camunda users and groups); errors are RFC 9457 problem details \
                (application/problem+json) whose `errors` name the offending fields."""))
        .components(new Components()
            .addSecuritySchemes(BASIC_AUTH, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("An engine user's id and password")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH));
  }

  @Bean
  OpenApiCustomizer problemResponsesCustomizer() {
    return openApi -> {
      // Here rather than on the bean: springdoc drops schemas that nothing refers to before the
      // customizers add the references.
      if (openApi.getComponents() == null) {
        openApi.setComponents(new Components());
      }
      openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
      if (openApi.getPaths() == null) {
        return;
      }
      openApi.getPaths().values().forEach(path -> path.readOperations().forEach(this::addProblems));
    };
  }

  private void addProblems(Operation operation) {
    ApiResponses responses = operation.getResponses();
    if (responses == null) {
      responses = new ApiResponses();
      operation.setResponses(responses);
    }
    for (Map.Entry<String, String> problem : PROBLEM_RESPONSES.entrySet()) {
      // springdoc derives responses from ApiExceptionHandler too, as "*/*" ProblemDetail; what the
      // client receives is application/problem+json with our `errors`, so ours replaces them.
      responses.addApiResponse(problem.getKey(), new ApiResponse()
          .description(problem.getValue())
          .content(new Content().addMediaType(PROBLEM_MEDIA_TYPE, new MediaType()
              .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)))));
    }
  }

  private static Map<String, String> problemResponses() {
    Map<String, String> responses = new LinkedHashMap<>();
    responses.put("400", "Invalid input: malformed JSON, an unknown or missing field, a value out of "
        + "range; `errors` names each field");
    responses.put("401", "No or wrong credentials (HTTP Basic)");
    responses.put("403", "The user's groups do not allow this, or the resource belongs to another customer");
    responses.put("404", "No such resource");
    responses.put("409", "The resource's state does not allow this now");
    return responses;
  }

  @SuppressWarnings("rawtypes")
  private static Schema problemSchema() {
    ObjectSchema fieldProblem = new ObjectSchema();
    fieldProblem.addProperty("field", new StringSchema().description("The request field, e.g. `level`"));
    fieldProblem.addProperty("message", new StringSchema().description("What is wrong with it"));
    ObjectSchema problem = new ObjectSchema();
    problem.description("RFC 9457 problem details");
    problem.addProperty("type", new StringSchema().example("urn:dce-support:problem:bad-request"));
    problem.addProperty("title", new StringSchema().example("Bad Request"));
    problem.addProperty("status", new IntegerSchema().example(400));
    problem.addProperty("detail", new StringSchema());
    problem.addProperty("instance", new StringSchema());
    problem.addProperty("errors", new ArraySchema().items(fieldProblem));
    return problem;
  }
}
