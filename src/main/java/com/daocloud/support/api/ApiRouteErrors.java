package com.daocloud.support.api;

import com.daocloud.support.security.SecurityConfig;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An {@code /api} address or method that no controller has: problem details like every other {@code /api}
 * error (docs/security.md). {@link ApiExceptionHandler} cannot answer these: it applies to our controllers, and
 * here no controller was chosen (Spring MVC fell back to its static resources, or found the path under
 * another method). Outside {@code /api} the exception goes on to Spring's own handling unchanged (the webapps
 * keep their error pages); rethrowing the same exception is how an exception handler declines.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiRouteErrors {

  static final String DOCUMENT = "/v3/api-docs";

  @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
  public ResponseEntity<ProblemDetail> unknownAddress(Exception e, HttpServletRequest request) throws Exception {
    String path = apiPath(request, e);
    return answer(HttpStatus.NOT_FOUND, "not-found", "Not found",
        "The API has no " + path + "; its operations are listed in " + DOCUMENT + ".", new HttpHeaders());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  public ResponseEntity<ProblemDetail> unsupportedMethod(HttpRequestMethodNotSupportedException e,
      HttpServletRequest request) throws Exception {
    String path = apiPath(request, e);
    HttpHeaders headers = new HttpHeaders();
    List<HttpMethod> allowed = e.getSupportedHttpMethods() == null ? List.of()
        : e.getSupportedHttpMethods().stream().sorted().toList();
    headers.setAllow(new java.util.LinkedHashSet<>(allowed));
    String methods = allowed.stream().map(HttpMethod::name).collect(Collectors.joining(", "));
    return answer(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed",
        e.getMethod() + " is not an operation of " + path + "; it takes " + methods + ".", headers);
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  public ResponseEntity<ProblemDetail> unacceptable(HttpMediaTypeNotAcceptableException e,
      HttpServletRequest request) throws Exception {
    String path = apiPath(request, e);
    return answer(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable",
        path + " answers " + MediaType.APPLICATION_JSON_VALUE + "; ask for it in Accept (or send no Accept).",
        new HttpHeaders());
  }

  /** The request's path if it is an {@code /api} request; otherwise declines by rethrowing {@code e}. */
  private static String apiPath(HttpServletRequest request, Exception e) throws Exception {
    String path = SecurityConfig.canonicalPath(request);
    if (path.equals("/api") || path.startsWith("/api/")) {
      return path;
    }
    throw e;
  }

  private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String type, String title, String detail,
      HttpHeaders headers) {
    return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.of(status, type, title, detail, List.of()));
  }
}
