package com.daocloud.support.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A failure that the client caused or may act on; {@link ApiExceptionHandler} turns it into
 * {@code application/problem+json} (RFC 9457). Throw one of the subclasses from services and
 * controllers; never let a technical exception reach a client.
 */
public abstract class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String problemType;
  private final String title;
  private final List<FieldProblem> errors;

  protected ApiException(HttpStatus status, String problemType, String title, String detail,
      List<FieldProblem> errors) {
    super(detail);
    this.status = status;
    this.problemType = problemType;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public HttpStatus status() {
    return status;
  }

  public String problemType() {
    return problemType;
  }

  public String title() {
    return title;
  }

  public List<FieldProblem> errors() {
    return errors;
  }

  /** 400: the request is malformed or a field is invalid. */
  public static class BadRequest extends ApiException {
    public BadRequest(List<FieldProblem> errors) {
      super(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
          errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
              : errors.size() + " fields are invalid", errors);
    }

    public BadRequest(String field, String message) {
      this(List.of(new FieldProblem(field, message)));
    }
  }

  /** 403: the caller is authenticated but may not do this. */
  public static class Forbidden extends ApiException {
    public Forbidden(String detail) {
      super(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail, List.of());
    }
  }

  /** 404: the addressed record does not exist (or the caller may not know that it does). */
  public static class NotFound extends ApiException {
    public NotFound(String detail) {
      super(HttpStatus.NOT_FOUND, "not-found", "Not found", detail, List.of());
    }
  }

  /** 409: the current state does not allow the action. */
  public static class Conflict extends ApiException {
    public Conflict(String detail) {
      super(HttpStatus.CONFLICT, "conflict", "Conflict", detail, List.of());
    }
  }

  /** 429: the caller sent more than its allowance; it may try again after {@code retryAfter}. */
  public static class TooManyRequests extends ApiException {
    private final java.time.Duration retryAfter;

    public TooManyRequests(String detail, java.time.Duration retryAfter) {
      super(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests", detail, List.of());
      this.retryAfter = retryAfter;
    }

    public java.time.Duration retryAfter() {
      return retryAfter;
    }
  }
}
