package com.daocloud.support.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The benchmark's clients: HTTP/1.1 keep-alive connections, HTTP Basic as a demo user. */
final class Http {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  private final int port;

  Http(int port) {
    this.port = port;
  }

  record Response(int status, String body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON (status " + status + "): " + body, e);
      }
    }
  }

  Response get(String user, String path) throws IOException, InterruptedException {
    return send(request(user, path).GET());
  }

  Response post(String user, String path, String json) throws IOException, InterruptedException {
    return send(request(user, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** POST asking for HAL, as Tasklist does for its filter lists. */
  Response postHal(String user, String path, String json) throws IOException, InterruptedException {
    return send(request(user, path).header("Content-Type", "application/json")
        .header("Accept", "application/hal+json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder request(String user, String path) {
    String token = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(120))
        .header("Authorization", "Basic " + token);
  }

  private static Response send(HttpRequest.Builder builder) throws IOException, InterruptedException {
    HttpResponse<String> response = CLIENT.send(builder.build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Response(response.statusCode(), response.body());
  }
}
