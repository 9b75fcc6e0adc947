package com.daocloud.support.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A small HTTP client for integration tests: talks to the running application as a named user
 * (HTTP Basic, password = user id for the demo users) or anonymously.
 */
public final class Api {

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();

  private final int port;
  private final String authorization;

  private Api(int port, String authorization) {
    this.port = port;
    this.authorization = authorization;
  }

  public static Api as(int port, String user) {
    return as(port, user, user);
  }

  public static Api as(int port, String user, String password) {
    String token = Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api(port, "Basic " + token);
  }

  /** As an API token: {@code Authorization: Bearer <token>}. */
  public static Api bearer(int port, String token) {
    return new Api(port, "Bearer " + token);
  }

  public static Api anonymous(int port) {
    return new Api(port, null);
  }

  public Response get(String path) {
    return send(builder(path).GET());
  }

  public Response delete(String path) {
    return send(builder(path).DELETE());
  }

  public Response post(String path, String json) {
    return send(builder(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Response put(String path, String json) {
    return send(builder(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = CLIENT.send(builder.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.body(),
          response.headers().firstValue("Content-Type").orElse(""));
    } catch (Exception e) {
      throw new IllegalStateException("HTTP call failed: " + e.getMessage(), e);
    }
  }

  public HttpRequest.Builder builder(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  /** Status, body and content type of one answer. */
  public record Response(int status, String body, String contentType) {

    public com.fasterxml.jackson.databind.JsonNode json() {
      try {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
      } catch (Exception e) {
        throw new AssertionError("Not JSON (status " + status + "): " + body, e);
      }
    }
  }
}
