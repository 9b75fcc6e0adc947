package com.daocloud.support.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser-like session of the Camunda webapps: cookies, the XSRF token the webapps hand out, and
 * the login form of Tasklist, Cockpit and Admin.
 */
public final class WebappSession {

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  public WebappSession(int port) {
    this.port = port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** Opens the app's page (which sets the XSRF cookie) and logs in; returns the login status. */
  public int login(String app, String user, String password) {
    get("/camunda/app/" + app + "/default/");
    return post("/camunda/api/admin/auth/user/default/login/" + app,
        "application/x-www-form-urlencoded",
        "username=" + user + "&password=" + password).status();
  }

  public Api.Response get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** The headers of a GET's answer (what {@link Api.Response} leaves out, e.g. {@code Cache-Control}). */
  public java.net.http.HttpHeaders headers(String path) {
    try {
      return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET().build(),
          HttpResponse.BodyHandlers.discarding()).headers();
    } catch (Exception e) {
      throw new IllegalStateException("HTTP call failed: " + e.getMessage(), e);
    }
  }

  public Api.Response post(String path, String contentType, String body) {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .header("X-XSRF-TOKEN", xsrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Api.Response put(String path, String contentType, String body) {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .header("X-XSRF-TOKEN", xsrfToken())
        .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A POST as a forged page on another site would send it: the session's cookies, no X-XSRF-TOKEN. */
  public Api.Response postWithoutXsrfToken(String path, String contentType, String body) {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private String xsrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(c -> c.getValue())
        .findFirst().orElse("");
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private Api.Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = client.send(builder.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Api.Response(response.statusCode(), response.body(),
          response.headers().firstValue("Content-Type").orElse(""));
    } catch (Exception e) {
      throw new IllegalStateException("HTTP call failed: " + e.getMessage(), e);
    }
  }
}
