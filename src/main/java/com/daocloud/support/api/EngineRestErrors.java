package com.daocloud.support.api;

import com.daocloud.support.security.engine.ExpressionRefusedException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.pvm.PvmException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /engine-rest} answers what is not a server fault as what it is, where Camunda's REST API would
 * report a 500:
 * <ul>
 *   <li>a refusal by our own task listeners: the engine wraps a listener's {@link AuthorizationException}
 *       (L12-6: a Level 1 task stays with its engineer) or {@link BadUserRequestException} (an outcome
 *       outside those of docs/processes.md) in a plain engine exception;</li>
 *   <li>losing a race: two people complete the same task at once; the loser's transaction
 *       ends in an {@link OptimisticLockingException}, or finds the task gone (completed: it is in the
 *       history). That is a 409: reload. A task id that never existed stays a 404;</li>
 *   <li>the database is unreachable: a 503 with {@code Retry-After}, as for {@code /api}.</li>
 *   <li>an expression in a query or filter, or a reflective step in any expression, that the engine
 *       refused (docs/security.md): 403 {@code expression-not-allowed};</li>
 *   <li>a refusal of bad input deep inside a command (a listener's {@link BadUserRequestException}, e.g.
 *       an unknown {@code outcome} on {@code Task_ResolveIncident}): a 400 that says what is wrong, where
 *       Camunda's task resource would wrap it into a 500.</li>
 * </ul>
 * Every answer of these mappers is problem details without exception class names: Camunda's own
 * answers name the exception in {@code type}; ours keep Camunda's {@code message} (what Tasklist and
 * Camunda Modeler show) and its other fields, with a problem type instead.
 */
@Configuration
public class EngineRestErrors {

  /** Camunda's message when a task to complete or change is not (or no longer) in the runtime tables. */
  private static final String PROBLEM_TYPE = "urn:dce-support:problem:";
  private static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Pattern TASK_NOT_FOUND = Pattern.compile("^Cannot find task with id ([^:\\s]+)");

  @Bean
  ResourceConfigCustomizer engineRefusalsAreClientErrors(HistoryService history) {
    // A task that is gone from the runtime but in the history was completed by someone else: a lost race.
    // One that never existed is a mistyped id: 404.
    Predicate<String> completedTask = taskId ->
        history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
    return config -> config.register(new ListenerRefusalMapper(completedTask))
        .register(new WrappedRefusalMapper(completedTask));
  }

  /** Takes precedence over Camunda's own mapper for the same exception type. */
  @Priority(1)
  public static class ListenerRefusalMapper implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();
    private final Predicate<String> completedTask;

    public ListenerRefusalMapper(Predicate<String> completedTask) {
      this.completedTask = completedTask;
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
      Response ours = ourAnswer(exception, completedTask);
      if (ours != null) {
        return ours;
      }
      for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof AuthorizationException || cause instanceof BadUserRequestException) {
          return withoutClassNames(camunda.toResponse((ProcessEngineException) cause));
        }
      }
      return withoutClassNames(camunda.toResponse(exception));
    }
  }

  /**
   * Camunda's task resource wraps what the engine threw on completion in a {@link RestException} with
   * status 500; the cause tells what really happened.
   */
  @Priority(1)
  public static class WrappedRefusalMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();
    private final Predicate<String> completedTask;

    public WrappedRefusalMapper(Predicate<String> completedTask) {
      this.completedTask = completedTask;
    }

    @Override
    public Response toResponse(RestException exception) {
      if (exception.getStatus() == null || exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR) {
        Response ours = ourAnswer(exception, completedTask);
        if (ours != null) {
          return ours;
        }
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
          if (cause instanceof BadUserRequestException) {
            return error(Response.Status.BAD_REQUEST, "invalid-input", cause.getMessage()).build();
          }
          if (cause instanceof AuthorizationException) {
            return error(Response.Status.FORBIDDEN, "forbidden", cause.getMessage()).build();
          }
        }
      }
      return withoutClassNames(camunda.toResponse(exception));
    }
  }

  /**
   * A 409 when the exception's causes show a lost race, a 404 for a task that never existed, a 503 for an
   * unreachable database, a 404 for an id that names nothing; else null.
   */
  static Response ourAnswer(Throwable exception, Predicate<String> completedTask) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof ExpressionRefusedException) {
        return error(Response.Status.FORBIDDEN, "expression-not-allowed", cause.getMessage()).build();
      }
    }
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      String missingTask = missingTaskId(cause);
      if (missingTask != null && !completedTask.test(missingTask)) {
        return error(Response.Status.NOT_FOUND, "not-found", "No task with id " + missingTask + " exists.").build();
      }
      if (cause instanceof OptimisticLockingException || missingTask != null || isExecutionMovedOn(cause)) {
        return error(Response.Status.CONFLICT, "conflict",
            "The task is no longer open: someone else completed or changed it at the same time. Reload it.")
            .build();
      }
      if (DatabaseUnavailable.saidBy(cause)) {
        return error(Response.Status.SERVICE_UNAVAILABLE, "service-unavailable", DatabaseUnavailable.DETAIL)
            .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
      }
    }
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      // The engine's way of saying that the id in the address names nothing ("Cannot find process
      // definition with id ...: processDefinition is null"), which Camunda's resources answer with 500.
      if (cause instanceof NullValueException && cause.getMessage() != null) {
        return error(Response.Status.NOT_FOUND, "not-found", cause.getMessage()).build();
      }
    }
    return null;
  }

  /** The id of the task the engine could not find, or null when that is not what the cause says. */
  private static String missingTaskId(Throwable cause) {
    if (!(cause instanceof NullValueException) || cause.getMessage() == null) {
      return null;
    }
    Matcher matcher = TASK_NOT_FOUND.matcher(cause.getMessage());
    return matcher.find() ? matcher.group(1) : null;
  }

  /**
   * The loser of a race read the task before the winner committed and the task's execution after it:
   * the execution has left the task (Camunda's "cannot signal execution ...: it has no current activity").
   */
  private static boolean isExecutionMovedOn(Throwable cause) {
    return cause instanceof PvmException && cause.getMessage() != null
        && cause.getMessage().contains("has no current activity");
  }

  /**
   * Camunda's own error shape ({@code message}: what Tasklist shows) with the problem fields beside it;
   * no exception class names.
   */
  private static Response.ResponseBuilder error(Response.Status status, String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", message);
    return problem(status.getStatusCode(), type, body);
  }

  private static Response.ResponseBuilder problem(int status, String type, Map<String, Object> body) {
    Response.StatusType reason = Response.Status.fromStatusCode(status);
    body.put("type", PROBLEM_TYPE + type);
    body.put("title", reason == null ? "Error" : reason.getReasonPhrase());
    body.put("status", status);
    body.put("detail", body.get("message"));
    return Response.status(status).type(PROBLEM_JSON).entity(body);
  }

  /**
   * Camunda's answer with its {@code type} (the exception's class name) replaced by a problem type; its
   * message and other fields (a parse error's {@code details}, a refusal's missing authorizations) stay.
   */
  static Response withoutClassNames(Response camundas) {
    Object entity = camundas.getEntity();
    if (entity == null || entity instanceof String) {
      return camundas;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> body = new LinkedHashMap<>(JSON.convertValue(entity, Map.class));
    body.remove("type");
    if (camundas.getStatus() >= 500) {
      // A server fault's message names the engine's internals (classes, SQL); the log keeps it.
      body.put("message", "The engine could not complete the request.");
    }
    String type = switch (camundas.getStatus()) {
      case 400 -> "invalid-input";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 409 -> "conflict";
      default -> camundas.getStatus() >= 500 ? "server-error" : "error";
    };
    Response.ResponseBuilder answer = problem(camundas.getStatus(), type, body);
    camundas.getStringHeaders().forEach((name, values) -> {
      if (!name.equalsIgnoreCase("Content-Type")) {
        values.forEach(value -> answer.header(name, value));
      }
    });
    return answer.build();
  }
}
