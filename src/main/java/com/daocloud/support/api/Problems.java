package com.daocloud.support.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 problem details that every {@code /api} error uses. */
public final class Problems {

  private static final String TYPE_PREFIX = "urn:dce-support:problem:";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {
  }

  public static ProblemDetail of(HttpStatus status, String type, String title, String detail,
      List<FieldProblem> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_PREFIX + type));
    problem.setTitle(title);
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }

  /** Writes a problem straight to the response, for servlet filters that answer before MVC. */
  public static void write(HttpServletResponse response, HttpStatus status, String type,
      String title, String detail) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream().write(json(status.value(), type, title, detail).getBytes(StandardCharsets.UTF_8));
  }

  /** A problem's JSON, for answers written outside Spring MVC (filters, Tomcat's error valve). */
  public static String json(int status, String type, String title, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", TYPE_PREFIX + type);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A map of strings is always JSON", e);
    }
  }
}
