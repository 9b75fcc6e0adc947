package com.daocloud.support.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like session of the customer support site ({@code /portal}) without a browser: cookies, the CSRF
 * token its forms carry, redirects not followed (so that tests see where they lead).
 */
public final class PortalSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final int port;
  private final HttpClient client;
  private final CookieManager cookies = new CookieManager();
  private final Map<String, String> headers = new LinkedHashMap<>();

  public PortalSession(int port) {
    this.port = port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** An answer: status, where a redirect leads ({@code Location}, or null), body and all headers. */
  public record Page(int status, String location, String body, java.net.http.HttpHeaders headers) {

    /** The CSRF token of the page's forms. */
    public String csrfToken() {
      Matcher m = CSRF.matcher(body);
      if (!m.find()) {
        throw new AssertionError("No CSRF token in the page (status " + status + "): " + body);
      }
      return m.group(1);
    }
  }

  /** Sends this header with every request, e.g. {@code Accept-Language}. */
  public PortalSession header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** Signs in through the form; answers the sign-in's redirect. */
  public Page signIn(String user, String password) {
    String token = get("/portal/login").csrfToken();
    return post("/portal/login", Map.of("username", user, "password", password, "_csrf", token));
  }

  public Page signIn(String user) {
    return signIn(user, user);
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** A form POST with exactly these fields (add {@code _csrf} to send the token). */
  public Page post(String path, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A form POST with the token of the page at {@code formPage}, as the browser sends it from there. */
  public Page submit(String formPage, String path, Map<String, String> fields) {
    Map<String, String> withToken = new LinkedHashMap<>(fields);
    withToken.put("_csrf", get(formPage).csrfToken());
    return post(path, withToken);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private Page send(HttpRequest.Builder builder) {
    headers.forEach(builder::header);
    try {
      HttpResponse<String> response = client.send(builder.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
          response.body(), response.headers());
    } catch (Exception e) {
      throw new IllegalStateException("HTTP call failed: " + e.getMessage(), e);
    }
  }
}
