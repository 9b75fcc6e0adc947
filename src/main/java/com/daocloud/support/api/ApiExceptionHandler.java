package com.daocloud.support.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.lang.Nullable;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an {@code /api} request into {@code application/problem+json} (RFC 9457;
 * docs/security.md): bad input is a 400 naming the field, never a 500; an unexpected failure is a 500 with a
 * reference to the log, never a stack trace or a class name.
 */
@RestControllerAdvice(basePackages = "com.daocloud.support")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiException.class)
  public ResponseEntity<ProblemDetail> handleApiException(ApiException e) {
    if (e instanceof ApiException.TooManyRequests tooMany) {
      // RFC 9110: delay-seconds; clients and proxies wait that long before the next attempt.
      return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfter().toSeconds()))
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(Problems.of(e.status(), e.problemType(), e.title(), e.getMessage(), e.errors()));
    }
    return handleStatic(e);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  public ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException e) {
    return badRequest(List.of(new FieldProblem(e.getName(), "has an invalid value")));
  }

  /** The database is unreachable or saturated: the client may retry (never a 500). */
  @ExceptionHandler({CannotGetJdbcConnectionException.class,
      CannotCreateTransactionException.class, DataAccessResourceFailureException.class})
  public ResponseEntity<ProblemDetail> handleUnavailable(Exception e) {
    LOG.warn("Database unavailable for an API request: {}", e.getMessage());
    ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
        "Service unavailable", DatabaseUnavailable.DETAIL, List.of());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  @ExceptionHandler(Exception.class)
  public ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
    // The engine wraps a lost connection (PostgreSQL stopped, restarting) in its own exceptions.
    if (DatabaseUnavailable.isCause(e)) {
      return handleUnavailable(e);
    }
    String reference = UUID.randomUUID().toString();
    LOG.error("Unexpected failure of an API request, reference {}", reference, e);
    return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
        "Internal error", "The request failed; quote reference " + reference + " to support.",
        List.of()));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return asObject(badRequest(fieldProblems(e.getBindingResult())));
  }

  /**
   * A request body and a header that both carry constraints ({@code POST /api/incidents} and its
   * {@code Idempotency-Key}): all their errors in one answer, the body's first, a header named as it is sent.
   */
  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> errors = new ArrayList<>();
    e.getParameterValidationResults().stream()
        .sorted(Comparator.comparingInt(r -> r.getMethodParameter().getParameterIndex()))
        .forEach(result -> {
          if (result instanceof ParameterErrors body) {
            errors.addAll(fieldProblems(body));
          } else {
            String name = parameterName(result.getMethodParameter());
            result.getResolvableErrors()
                .forEach(error -> errors.add(new FieldProblem(name, error.getDefaultMessage())));
          }
        });
    return asObject(badRequest(errors));
  }

  private static List<FieldProblem> fieldProblems(Errors errors) {
    List<FieldProblem> problems = errors.getFieldErrors().stream()
        .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
        .collect(Collectors.toList());
    errors.getGlobalErrors().forEach(
        g -> problems.add(new FieldProblem(g.getObjectName(), g.getDefaultMessage())));
    Object target = errors instanceof BindingResult bound ? bound.getTarget()
        : errors instanceof ParameterErrors parameter ? parameter.getArgument() : null;
    return target == null ? problems : FieldOrder.sorted(target.getClass(), problems);
  }

  private static String parameterName(MethodParameter parameter) {
    RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
    if (header != null) {
      return header.name().isEmpty() ? header.value() : header.name();
    }
    RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
    if (param != null) {
      return param.name().isEmpty() ? param.value() : param.name();
    }
    String name = parameter.getParameterName();
    return name != null ? name : "arg" + parameter.getParameterIndex();
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Throwable cause = e.getCause();
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return asObject(badRequest(List.of(
          new FieldProblem(path(unknown), "is not a known field"))));
    }
    if (cause instanceof SafeTextModule.UnsafeTextException unsafe) {
      return asObject(badRequest(List.of(new FieldProblem(path(unsafe), SafeTextModule.MESSAGE))));
    }
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return asObject(badRequest(List.of(new FieldProblem(path(mapping), "has an invalid value"))));
    }
    if (cause instanceof JsonProcessingException) {
      return asObject(badRequest(List.of(new FieldProblem("body", "is not valid JSON"))));
    }
    return asObject(badRequest(List.of(new FieldProblem("body", "is missing or unreadable"))));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    return asObject(badRequest(List.of(new FieldProblem(e.getParameterName(), "is required"))));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    return asObject(problem(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
        "Unsupported media type", "Send the request body as application/json.", List.of())));
  }

  /** Spring's own problems (404 for unknown paths, 405 ...) keep their status, in our format. */
  @Override
  protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
      HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail detail && detail.getType().toString().equals("about:blank")) {
      HttpStatus status = HttpStatus.resolve(statusCode.value());
      String title = status != null ? status.getReasonPhrase() : "Error";
      String slug = title.toLowerCase().replace(' ', '-');
      ProblemDetail mapped = Problems.of(status != null ? status : HttpStatus.BAD_REQUEST, slug,
          title, detail.getDetail(), List.of());
      return ResponseEntity.status(statusCode).headers(headers)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(mapped);
    }
    return ResponseEntity.status(statusCode).headers(headers)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  private static ResponseEntity<ProblemDetail> badRequest(List<FieldProblem> errors) {
    return handleStatic(new ApiException.BadRequest(errors));
  }

  private static ResponseEntity<ProblemDetail> handleStatic(ApiException e) {
    return problem(Problems.of(e.status(), e.problemType(), e.title(), e.getMessage(), e.errors()));
  }

  private static ResponseEntity<ProblemDetail> problem(ProblemDetail detail) {
    return ResponseEntity.status(detail.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> entity) {
    return (ResponseEntity) entity;
  }
}
