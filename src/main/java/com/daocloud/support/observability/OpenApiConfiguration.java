package com.daocloud.support.observability;

import com.daocloud.support.api.ApiProblems;
import com.daocloud.support.api.constraints.DateTimeWithOffset;
import com.daocloud.support.api.constraints.IsoDate;
import com.daocloud.support.api.constraints.OneOf;
import com.daocloud.support.api.constraints.Text;
import com.daocloud.support.api.constraints.TimeOfDay;
import com.daocloud.support.api.constraints.TimeZoneId;
import com.daocloud.support.entitlement.EntitlementStatus;
import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess;
import com.daocloud.support.sla.Coverage;
import com.daocloud.support.sla.ServiceTiers;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
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
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;

/**
 * The OpenAPI 3.1 document of {@code /api} (springdoc, {@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}; committed as {@code docs/openapi.json}, from which the tests' Java client is
 * generated). The controllers say what each operation is and answers; this class adds what holds for all:
 * the security schemes, the tags, the problem answers ({@link ApiProblems}) with their types and examples,
 * and the request fields' rules as the constraints of {@code api.constraints} declare them, so that the
 * document and the validation cannot disagree.
 */
@Configuration
public class OpenApiConfiguration {

  public static final String BASIC_AUTH = "basicAuth";
  public static final String API_TOKEN = "apiToken";
  static final String PROBLEM_SCHEMA = "Problem";
  static final String FIELD_PROBLEM_SCHEMA = "FieldProblem";
  static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_PREFIX = "urn:dce-support:problem:";
  private static final String REQUIRED_MARK = "x-dce-required";

  /** The tags, by domain, in the order a new integrator meets them. */
  public static final String INCIDENTS = "Incidents";
  public static final String SLA = "SLA";
  public static final String CALENDARS = "Calendars";
  public static final String CUSTOMERS = "Customers";
  public static final String TOKENS = "API tokens";
  public static final String LIFECYCLE = "Lifecycle";
  public static final String CHANGES = "Change requests";
  public static final String EAM = "Extended maintenance";
  public static final String S360 = "S360 customer success";

  @Bean
  OpenAPI supportOpenApi() {
    return new OpenAPI()
        .info(new Info().title("DCE support API")
            .version("v1")
            .contact(new Contact().name("DaoCloud support"))
            .description("""
                DaoCloud's product support as a service for customers' monitoring and ticketing tools: report \
                incidents and follow them to their closure, answer support's questions, accept or object to a \
                proposed solution, announce changes, apply for extended maintenance, and preview SLA deadlines.

                **Sign in** with HTTP Basic (a user of the application) or, for a tool, with an API token of \
                your customer (`Authorization: Bearer <token>`; your customer's administrators create them). \
                A customer's user sees and acts on its own customer's records only: another customer's record \
                answers 404, as one that does not exist.

                **Errors** are RFC 9457 problem details (`application/problem+json`) with a `type` to switch on \
                (`urn:dce-support:problem:invalid-input`, `...:not-found`, ...), a `title`, the `status`, a \
                `detail` for people and, for invalid input, `errors` naming every invalid field at once.

                **Times** are ISO-8601: an incident's with the offset of its installation's time zone \
                (`2026-12-01T17:00:00+01:00`), other records' in UTC (`2026-11-30T07:12:49Z`); durations \
                ISO-8601 (`PT4H`, `P2D`), dates `YYYY-MM-DD`.

                **Retries**: send an `Idempotency-Key` with an incident report; the same key answers the same \
                incident again, never a second one."""))
        .servers(List.of(new Server().url("http://localhost:8080")
            .description("The application as `mvn spring-boot:run` starts it; use your installation's address")))
        .tags(List.of(
            tag(INCIDENTS, "Report incidents, follow them, answer support's questions and close them (LVL, RSP, CLS)"),
            tag(SLA, "When support must respond: the response deadline for a level, tier, time and calendar (RSP)"),
            tag(CALENDARS, "Working calendars that 5x8 deadlines count in: window, holidays, extra working days"),
            tag(CUSTOMERS, "Customers, their maintenance orders and installations (administrators)"),
            tag(TOKENS, "API tokens: how a customer's tool signs in without a person's password"),
            tag(LIFECYCLE, "Where a product version is in its support lifecycle, and the release catalogue (LC)"),
            tag(CHANGES, "Announce production changes and product movements; report downtime they cause (CHG)"),
            tag(EAM, "Apply for extended maintenance after the end of standard support (EAM)"),
            tag(S360, "S360 customers: dedicated team, health inspections, advisories, critical events (SVC-2)")))
        .components(new Components()
            .addSecuritySchemes(BASIC_AUTH, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("A user of the application: its id and password"))
            .addSecuritySchemes(API_TOKEN, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("dce-support API token")
                .description("An API token of a customer (`POST /api/customers/{id}/tokens`), for tools; "
                    + "it acts for that customer only")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH))
        .addSecurityItem(new SecurityRequirement().addList(API_TOKEN));
  }

  private static Tag tag(String name, String description) {
    return new Tag().name(name).description(description);
  }

  /** The problem schema and one response per problem status, for the operations to refer to. */
  @Bean
  OpenApiCustomizer problemComponents() {
    return openApi -> {
      // Here rather than on the bean: springdoc drops schemas that nothing refers to before the
      // customizers add the references.
      Components components = openApi.getComponents();
      components.addSchemas(FIELD_PROBLEM_SCHEMA, fieldProblemSchema());
      components.addSchemas(PROBLEM_SCHEMA, problemSchema());
      PROBLEMS.forEach((status, problem) -> components.addResponses(problem.name(), problem.response()));
    };
  }

  /** Each operation's answers: what {@link ApiProblems} lists and what every operation may answer. */
  @Bean
  OperationCustomizer problemAnswers() {
    return (operation, handler) -> {
      ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
      operation.setResponses(responses);
      List<HttpStatus> statuses = new ArrayList<>();
      ApiProblems declared = handler.getMethodAnnotation(ApiProblems.class);
      if (declared != null) {
        statuses.addAll(Arrays.asList(declared.value()));
      }
      statuses.add(HttpStatus.UNAUTHORIZED);
      if (operation.getRequestBody() != null) {
        statuses.add(HttpStatus.PAYLOAD_TOO_LARGE);
        statuses.add(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
      }
      statuses.add(HttpStatus.SERVICE_UNAVAILABLE);
      statuses.stream().distinct().sorted().forEach(status -> {
        ProblemAnswer problem = PROBLEMS.get(status);
        if (problem == null) {
          throw new IllegalStateException("No problem answer is described for " + status);
        }
        responses.addApiResponse(String.valueOf(status.value()),
            new ApiResponse().$ref("#/components/responses/" + problem.name()));
      });
      return operation;
    };
  }

  /**
   * The codes that answers carry, from the code that writes them (so the document follows when a code is
   * added): schema, property, values. Values a field may be null besides are listed with {@code null}.
   */
  @Bean
  OpenApiCustomizer answerCodes() {
    List<String> tiers = ServiceTiers.ALL;
    List<String> coverages = Arrays.stream(Coverage.values()).map(Coverage::code).toList();
    List<String> statuses = IncidentStatus.ALL;
    List<String> closures = IncidentStatus.CLOSURE_CODES;
    List<String> entitlements = Arrays.stream(EntitlementStatus.values()).map(EntitlementStatus::code).toList();
    List<String> events = Arrays.stream(TimelineEvent.values()).filter(TimelineEvent::customerSees)
        .map(TimelineEvent::code).toList();
    Map<String, Map<String, List<String>>> codes = Map.of(
        "IncidentReported", Map.of("serviceTier", tiers, "status", statuses, "coverage", nullable(coverages)),
        "Incident", Map.of("requestType", List.of("fault", "suggestion", "usage-question"),
            "productionImpact", List.of("degraded", "none", "outage", "partial"), "serviceTier", tiers,
            "status", statuses, "closureCode", nullable(closures), "coverage", nullable(coverages)),
        "IncidentSummary", Map.of("serviceTier", tiers, "status", statuses, "closureCode", nullable(closures)),
        "Entitlement", Map.of("status", entitlements),
        "TimelineEntry", Map.of("event", events),
        "Resolution", Map.of("type", IncidentProcess.Values.RESOLUTION_TYPES));
    return openApi -> codes.forEach((schemaName, properties) -> {
      Schema<?> schema = openApi.getComponents().getSchemas().get(schemaName);
      if (schema == null || schema.getProperties() == null) {
        throw new IllegalStateException("The document has no schema " + schemaName + " with properties");
      }
      properties.forEach((property, values) -> {
        @SuppressWarnings("unchecked")
        Schema<Object> field = (Schema<Object>) schema.getProperties().get(property);
        if (field == null) {
          throw new IllegalStateException("Schema " + schemaName + " has no property " + property);
        }
        field.setEnum(new ArrayList<>(values));
      });
    });
  }

  /**
   * Every property of an answer is always there (Jackson writes nulls: {@code default-property-inclusion:
   * always}), so the schemas that only answers use mark all their properties required; schemas that requests
   * use keep what their constraints say.
   */
  @Bean
  @SuppressWarnings({"rawtypes", "unchecked"})
  OpenApiCustomizer answersAreComplete() {
    return openApi -> {
      Map<String, Schema> schemas = openApi.getComponents().getSchemas();
      java.util.Set<String> inRequests = new java.util.HashSet<>();
      java.util.Set<String> inAnswers = new java.util.HashSet<>();
      openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
          operation.getRequestBody().getContent().values()
              .forEach(media -> reachable(media.getSchema(), schemas, inRequests));
        }
        operation.getResponses().values().stream().filter(response -> response.getContent() != null)
            .forEach(response -> response.getContent().values()
                .forEach(media -> reachable(media.getSchema(), schemas, inAnswers)));
      }));
      inAnswers.removeAll(inRequests);
      inAnswers.stream().map(schemas::get).filter(schema -> schema.getProperties() != null)
          .forEach(schema -> schema.setRequired(new ArrayList<>(schema.getProperties().keySet())));
    };
  }

  @SuppressWarnings("rawtypes")
  private static void reachable(Schema schema, Map<String, Schema> schemas, java.util.Set<String> names) {
    if (schema == null) {
      return;
    }
    if (schema.get$ref() != null) {
      String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
      if (names.add(name) && schemas.get(name) != null) {
        reachable(schemas.get(name), schemas, names);
      }
      return;
    }
    reachable(schema.getItems(), schemas, names);
    if (schema.getProperties() != null) {
      ((Map<String, Schema>) schema.getProperties()).values().forEach(p -> reachable(p, schemas, names));
    }
    if (schema.getAdditionalProperties() instanceof Schema additional) {
      reachable(additional, schemas, names);
    }
  }

  private static List<String> nullable(List<String> values) {
    List<String> withNull = new ArrayList<>(values);
    withNull.add(null);
    return withNull;
  }

  /**
   * Real answers as examples: {@code api-examples/<operationId>.json} (taken from a run on the demo data, as
   * the README's), on the operation's success response, so that Swagger UI shows what the API really writes
   * rather than {@code "string"}.
   */
  @Bean
  OpenApiCustomizer answerExamples() {
    ObjectMapper json = new ObjectMapper();
    return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
      ClassPathResource example = new ClassPathResource("api-examples/" + operation.getOperationId() + ".json");
      if (!example.exists()) {
        return;
      }
      Object value;
      try (InputStream in = example.getInputStream()) {
        value = json.readValue(in, Object.class);
      } catch (IOException e) {
        throw new UncheckedIOException("Unreadable example " + example.getPath(), e);
      }
      operation.getResponses().entrySet().stream().filter(response -> response.getKey().startsWith("2"))
          .map(response -> response.getValue().getContent())
          .filter(content -> content != null && content.get("application/json") != null)
          .findFirst()
          .orElseThrow(() -> new IllegalStateException(operation.getOperationId() + " answers no JSON to show "
              + example.getPath() + " on"))
          .get("application/json").setExample(value);
    }));
  }

  /** The rules of a request field, from the constraint that checks it. */
  @Bean
  @SuppressWarnings({"rawtypes", "unchecked"})
  PropertyCustomizer constraintRules() {
    return (property, type) -> {
      Annotation[] annotations = type.getCtxAnnotations();
      if (annotations == null || property == null) {
        return property;
      }
      boolean required = false;
      for (Annotation annotation : annotations) {
        if (annotation instanceof Text text) {
          property.maxLength(text.max());
          if (text.required() || text.min() > 0) {
            property.minLength(Math.max(1, text.min()));
          }
          required |= text.required();
        } else if (annotation instanceof OneOf oneOf) {
          property.setEnum(new ArrayList<>(Arrays.asList(oneOf.value())));
          required |= oneOf.required();
        } else if (annotation instanceof DateTimeWithOffset dateTime) {
          property.format("date-time");
          if (property.getExample() == null) {
            property.example(dateTime.example());
          }
          required = true;
        } else if (annotation instanceof IsoDate) {
          property.format("date");
        } else if (annotation instanceof TimeOfDay) {
          property.pattern("^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$");
          required = true;
        } else if (annotation instanceof TimeZoneId zone) {
          if (property.getExample() == null) {
            property.example("Europe/Berlin");
          }
          required |= zone.required();
        }
      }
      if (required) {
        // marked here, listed on the object by requiredFields(): swagger-core sets the object's required list
        // after its properties are resolved, so an entry added now does not always last
        property.addExtension(REQUIRED_MARK, true);
      }
      return property;
    };
  }

  /** The request fields that a constraint requires, in their object's {@code required} list. */
  @Bean
  @SuppressWarnings({"rawtypes", "unchecked"})
  OpenApiCustomizer requiredFields() {
    return openApi -> openApi.getComponents().getSchemas().values().forEach(schema -> {
      if (schema.getProperties() == null) {
        return;
      }
      ((Map<String, Schema>) schema.getProperties()).forEach((name, property) -> {
        if (property.getExtensions() != null && property.getExtensions().remove(REQUIRED_MARK) != null) {
          if (property.getExtensions().isEmpty()) {
            property.setExtensions(null);
          }
          if (schema.getRequired() == null || !schema.getRequired().contains(name)) {
            schema.addRequiredItem(name);
          }
        }
      });
    });
  }

  /** A problem status as the document describes it: its response name, meaning and an example. */
  record ProblemAnswer(String name, String description, String type, String title, String detail,
      boolean retryAfter) {

    ApiResponse response() {
      Map<String, Object> example = new LinkedHashMap<>();
      example.put("type", TYPE_PREFIX + type);
      example.put("title", title);
      example.put("status", status());
      example.put("detail", detail);
      if (type.equals("invalid-input")) {
        example.put("errors", List.of(
            Map.of("field", "requestType", "message", "must be one of fault, suggestion, usage-question"),
            Map.of("field", "contact.phone", "message", "give a phone number or an e-mail address")));
      }
      ApiResponse response = new ApiResponse().description(description)
          .content(new Content().addMediaType(PROBLEM_MEDIA_TYPE, new MediaType()
              .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))
              .example(example)));
      if (retryAfter) {
        response.addHeaderObject("Retry-After", new Header()
            .description("Seconds to wait before trying again").schema(new IntegerSchema()));
      }
      return response;
    }

    private int status() {
      return PROBLEMS.entrySet().stream().filter(e -> e.getValue() == this).findFirst()
          .orElseThrow().getKey().value();
    }
  }

  static final Map<HttpStatus, ProblemAnswer> PROBLEMS = problems();

  private static Map<HttpStatus, ProblemAnswer> problems() {
    Map<HttpStatus, ProblemAnswer> problems = new LinkedHashMap<>();
    problems.put(HttpStatus.BAD_REQUEST, new ProblemAnswer("InvalidInput",
        "Invalid input: malformed JSON, an unknown field, a missing or invalid value; `errors` names every "
            + "invalid field at once", "invalid-input", "Invalid input", "2 fields are invalid", false));
    problems.put(HttpStatus.UNAUTHORIZED, new ProblemAnswer("Unauthorized",
        "No credentials, or wrong ones (HTTP Basic or an API token)", "unauthorized", "Unauthorized",
        "Valid credentials are required (HTTP Basic).", false));
    problems.put(HttpStatus.FORBIDDEN, new ProblemAnswer("Forbidden",
        "Signed in, but the user's groups (or, for a customer's user, its customer) may not do this",
        "forbidden", "Forbidden", "You may only report incidents for your own customer", false));
    problems.put(HttpStatus.NOT_FOUND, new ProblemAnswer("NotFound",
        "No such record, or one of another customer (which answers exactly as one that does not exist)",
        "not-found", "Not found", "No incident INC-2026-000042", false));
    problems.put(HttpStatus.CONFLICT, new ProblemAnswer("Conflict",
        "The record's current state does not allow this now (e.g. no solution is proposed yet)", "conflict",
        "Conflict", "Incident INC-2026-000042 has no proposed solution to respond to (status open)", false));
    problems.put(HttpStatus.PAYLOAD_TOO_LARGE, new ProblemAnswer("PayloadTooLarge",
        "The request body is larger than the API accepts (256 KiB by default)", "payload-too-large",
        "Payload too large", "The request body exceeds 262144 bytes.", false));
    problems.put(HttpStatus.UNSUPPORTED_MEDIA_TYPE, new ProblemAnswer("UnsupportedMediaType",
        "The body is not sent as application/json", "unsupported-media-type", "Unsupported media type",
        "Send the request body as application/json.", false));
    problems.put(HttpStatus.TOO_MANY_REQUESTS, new ProblemAnswer("TooManyRequests",
        "The customer reported more incidents than its allowance; try again after Retry-After seconds",
        "too-many-requests", "Too many requests",
        "Customer acme has reported more incidents than its allowance (20 at once, then 60 an hour); try "
            + "again in 42 s, or call support.", true));
    problems.put(HttpStatus.SERVICE_UNAVAILABLE, new ProblemAnswer("ServiceUnavailable",
        "The service cannot answer right now (its database is restarting); try again after Retry-After "
            + "seconds", "service-unavailable", "Service unavailable",
        "The service is temporarily unavailable; retry shortly.", true));
    return problems;
  }

  @SuppressWarnings("rawtypes")
  private static Schema fieldProblemSchema() {
    ObjectSchema fieldProblem = new ObjectSchema();
    fieldProblem.description("One invalid field of the request");
    fieldProblem.addProperty("field", new StringSchema()
        .description("The field's path in the request body (`contact.phone`, `holidays[0]`), or a header's "
            + "or parameter's name (`Idempotency-Key`)").example("contact.phone"));
    fieldProblem.addProperty("message", new StringSchema().description("What is wrong with it, for people")
        .example("give a phone number or an e-mail address"));
    fieldProblem.setRequired(List.of("field", "message"));
    return fieldProblem;
  }

  @SuppressWarnings("rawtypes")
  private static Schema problemSchema() {
    ObjectSchema problem = new ObjectSchema();
    problem.description("RFC 9457 problem details: what went wrong, for programs (`type`) and people (`detail`)");
    problem.addProperty("type", new StringSchema().format("uri")
        .description("What kind of problem: `urn:dce-support:problem:` followed by invalid-input, unauthorized, "
            + "forbidden, not-found, method-not-allowed, not-acceptable, conflict, payload-too-large, "
            + "unsupported-media-type, too-many-requests, service-unavailable or internal-error")
        .example(TYPE_PREFIX + "not-found"));
    problem.addProperty("title", new StringSchema().description("The kind of problem, for people")
        .example("Not found"));
    problem.addProperty("status", new IntegerSchema().description("The HTTP status").example(404));
    problem.addProperty("detail", new StringSchema().description("What happened in this case, for people")
        .example("No incident INC-2026-000042"));
    problem.addProperty("instance", new StringSchema().description("The request's path").example(
        "/api/incidents/INC-2026-000042"));
    problem.addProperty("errors", new ArraySchema().description("For invalid input: every invalid field")
        .items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM_SCHEMA)));
    problem.setRequired(List.of("type", "title", "status", "detail"));
    return problem;
  }
}
