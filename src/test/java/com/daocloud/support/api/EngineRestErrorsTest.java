package com.daocloud.support.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.function.Predicate;
import com.daocloud.support.security.engine.ExpressionRefusedException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.pvm.PvmException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionSystemException;

/**
 * What the engine throws when a caller loses a race or the database is gone is a 409 or a
 * 503 with {@code Retry-After}, never a 500, on {@code /engine-rest} and on {@code /api}.
 */
class EngineRestErrorsTest {

  /** Task 1 was completed (it is in the history); no other task ever existed. */
  private static final Predicate<String> COMPLETED = "1"::equals;

  private final EngineRestErrors.ListenerRefusalMapper engineMapper = new EngineRestErrors.ListenerRefusalMapper(COMPLETED);
  private final EngineRestErrors.WrappedRefusalMapper wrappedMapper = new EngineRestErrors.WrappedRefusalMapper(COMPLETED);

  @Test
  @DisplayName("A lost race on /engine-rest (optimistic lock, task gone, execution moved on) is a 409 without class names")
  void lostRacesAreConflicts() {
    Response locked = engineMapper.toResponse(new OptimisticLockingException("TaskEntity[1] was updated"));
    Response gone = wrappedMapper.toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new NullValueException("Cannot find task with id 1: task is null"), "Cannot complete task 1"));
    Response movedOn = wrappedMapper.toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new PvmException("cannot signal execution 2: it has no current activity"), "Cannot complete task 1"));

    for (Response response : new Response[] {locked, gone, movedOn}) {
      assertThat(response.getStatus()).isEqualTo(409);
      assertThat(((Map<?, ?>) response.getEntity()).toString()).doesNotContain("Exception", "Entity");
    }
  }

  @Test
  @DisplayName("Completing a task id that never existed is a 404, not a lost race")
  void unknownTaskIsNotFound() {
    Response unknown = wrappedMapper.toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new NullValueException("Cannot find task with id nope-42: task is null"), "Cannot complete task nope-42"));

    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(((Map<?, ?>) unknown.getEntity()).get("message").toString()).contains("nope-42");
  }

  @Test
  @DisplayName("A lost database connection under /engine-rest is a 503 with Retry-After")
  void unreachableDatabaseIsUnavailable() {
    Response refused = engineMapper.toResponse(new ProcessEngineException("flush failed",
        new SQLException("Connection to localhost:5432 refused.", "08001")));
    Response timedOut = wrappedMapper.toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException(new SQLTransientConnectionException("Connection is not available")), "x"));

    for (Response response : new Response[] {refused, timedOut}) {
      assertThat(response.getStatus()).isEqualTo(503);
      assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
    }
  }

  @Test
  @DisplayName("Other engine failures keep Camunda's answer")
  void otherFailuresKeepCamundasAnswer() {
    assertThat(engineMapper.toResponse(new ProcessEngineException("boom")).getStatus()).isEqualTo(500);
    assertThat(engineMapper.toResponse(new ProcessEngineException("bad", new SQLException("syntax", "42601")))
        .getStatus()).isEqualTo(500);
    assertThat(wrappedMapper.toResponse(new RestException(Response.Status.BAD_REQUEST, "no")).getStatus())
        .isEqualTo(400);
  }

  @Test
  @DisplayName("/api: an engine exception wrapping a lost connection is a 503 problem with Retry-After")
  void apiAnswersEngineWrappedConnectionLossWith503() {
    ResponseEntity<ProblemDetail> answer = new ApiExceptionHandler().handleUnexpected(
        new ProcessEngineException("flush failed", new SQLException("terminating connection", "57P01")));

    assertThat(answer.getStatusCode().value()).isEqualTo(503);
    assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
    assertThat(answer.getBody().getType().toString()).endsWith("service-unavailable");
    // the connection died under the transaction: its rollback fails without an SQLSTATE (Hikari)
    assertThat(new ApiExceptionHandler().handleUnexpected(new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed"))).getStatusCode().value()).isEqualTo(503);
  }

  @Test
  @DisplayName("Finding 2: an expression the engine refused is a 403 expression-not-allowed, however deep it is wrapped")
  void refusedExpressionIsForbidden() {
    Response wrapped = engineMapper.toResponse(new ProcessEngineException("Unable to resolve expression",
        new ExpressionRefusedException("Queries and filters may not carry expressions.")));

    assertThat(wrapped.getStatus()).isEqualTo(403);
    assertThat(((Map<?, ?>) wrapped.getEntity()).get("type").toString()).endsWith("expression-not-allowed");
  }

  @Test
  @DisplayName("Finding 13: a listener's refusal of bad input that Camunda's task resource wraps into a 500 is a 400 "
      + "with the listener's words, as problem details without class names")
  void wrappedBadInputIsABadRequest() {
    Response answer = wrappedMapper.toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("listener failed",
            new BadUserRequestException("Task_ResolveIncident: outcome must be one of solution, need-information")),
        "Cannot complete task 7"));

    assertThat(answer.getStatus()).isEqualTo(400);
    assertThat(answer.getMediaType().toString()).isEqualTo("application/problem+json");
    Map<?, ?> body = (Map<?, ?>) answer.getEntity();
    assertThat(body.get("detail").toString()).contains("outcome must be one of");
    assertThat(body.toString()).doesNotContain("Exception");
  }

  @Test
  @DisplayName("Finding 13: Camunda's own answers keep their status and message but lose the exception's class name; "
      + "a server fault's message says nothing of the internals")
  void camundasAnswersLoseClassNames() {
    Response invalid = wrappedMapper.toResponse(new InvalidRequestException(Response.Status.BAD_REQUEST,
        "Cannot set variable: the value is not an Integer"));
    Response fault = engineMapper.toResponse(new ProcessEngineException(
        "ENGINE-03004 org.postgresql.util.PSQLException: ERROR: LIMIT must not be negative"));

    assertThat(invalid.getStatus()).isEqualTo(400);
    assertThat(((Map<?, ?>) invalid.getEntity()).get("message").toString()).contains("not an Integer");
    assertThat(fault.getStatus()).isEqualTo(500);
    for (Response response : new Response[] {invalid, fault}) {
      assertThat(((Map<?, ?>) response.getEntity()).toString()).doesNotContain("Exception", "org.");
    }
  }
}
