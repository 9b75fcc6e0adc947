package com.daocloud.support.security;

import com.daocloud.support.api.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards requests to the engine's REST API and to the webapps' APIs ({@code /camunda/api}: the engine
 * API of Cockpit, Tasklist and Admin, and their plugins).
 *
 * <p>Java-serialized variables are refused from everyone (400): the engine would only fail on them
 * later, with a 500, and deserializing client bytes is how such APIs get exploited. The format's name
 * is looked for in the decoded JSON (escapes such as {@code \/} and {@code \u0061} hide it from a byte
 * search) and in the raw body, in any case.
 *
 * <p>Queries are bounded: {@code firstResult} and {@code maxResults} are whole numbers from 0,
 * {@code maxResults} at most the limit and the limit when absent. Cockpit, Tasklist and Admin send
 * their own page sizes (at most 2000); this bounds what a caller asks for without paging.
 *
 * <p>Task queries and filters that carry an expression ({@code ...Expression} fields, also in
 * {@code orQueries} and in a filter's {@code query}) are refused from everyone, administrators included:
 * the engine refuses them too ({@code security.engine.QueryExpressionGuard}, whatever the entry point);
 * refusing here answers the webapps' API in the same words as {@code /engine-rest}.
 */
public class EngineRequestGuardFilter extends OncePerRequestFilter {

  /** Task queries and filters, on every path of the REST API and of the webapps' engine API. */
  private static final Pattern QUERIES = Pattern.compile("^(/engine-rest(/engine/[^/]+)?"
      + "|/camunda/api/engine/engine/[^/]+)/(task(/count)?|filter(/create|/[^/]+(/list|/count|/singleResult)?)?)/?$");
  private static final Pattern ENGINE_APIS = Pattern.compile("^(/engine-rest|/camunda/api)/.*$");
  private static final String JAVA_SERIALIZATION = "application/x-java-serialized-object";
  private static final Pattern WHOLE_NUMBER = Pattern.compile("^[0-9]{1,9}$");
  private static final String[] PAGING = {"firstResult", "maxResults"};
  /** The metrics' interval list refuses more than 200 rows itself (the engine's own bound). */
  private static final Pattern METRICS = Pattern.compile("^/engine-rest(/engine/[^/]+)?/metrics/?$");
  private static final int METRICS_LIMIT = 200;

  private final ObjectMapper json = new ObjectMapper();
  private final int maxQueryResults;

  public EngineRequestGuardFilter(int maxQueryResults) {
    this.maxQueryResults = maxQueryResults;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !ENGINE_APIS.matcher(path(request)).matches();
  }

  private static String path(HttpServletRequest request) {
    return SecurityConfig.canonicalPath(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String method = request.getMethod();
    boolean hasBody = "POST".equals(method) || "PUT".equals(method);
    byte[] body = hasBody ? request.getInputStream().readAllBytes() : new byte[0];
    JsonNode document = parse(body);
    if (isJavaSerialization(body, document)) {
      Problems.write(response, HttpStatus.BAD_REQUEST, "java-serialization-not-allowed",
          "Invalid input", "Java-serialized variables are not accepted; use JSON.");
      return;
    }
    if (QUERIES.matcher(path(request)).matches()
        && (hasExpressionParameter(request.getParameterMap()) || hasExpressionField(document))) {
      Problems.write(response, HttpStatus.FORBIDDEN, "expression-not-allowed", "Forbidden",
          "Queries and filters may not carry expressions.");
      return;
    }
    int limit = METRICS.matcher(path(request)).matches() ? METRICS_LIMIT : maxQueryResults;
    for (String paging : PAGING) {
      String[] values = request.getParameterValues(paging);
      for (String value : values == null ? new String[0] : values) {
        if (!WHOLE_NUMBER.matcher(value.trim()).matches()
            || ("maxResults".equals(paging) && Integer.parseInt(value.trim()) > limit)) {
          Problems.write(response, HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
              paging + " must be a whole number from 0" + ("maxResults".equals(paging)
                  ? " to " + limit : "") + ".");
          return;
        }
      }
    }
    HttpServletRequest forwarded = hasBody ? new CachedBodyRequest(request, body) : request;
    if (request.getParameter("maxResults") == null && !isForm(request)) {
      forwarded = new DefaultParameterRequest(forwarded, "maxResults", Integer.toString(limit));
    }
    chain.doFilter(forwarded, response);
  }

  /**
   * Forms (the webapps' login) and uploads (deployments) keep their parameters as sent: no query
   * answers a list to them.
   */
  private static boolean isForm(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && (type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
        || type.toLowerCase(Locale.ROOT).startsWith("multipart/"));
  }

  /** The body as JSON, or null: not JSON is for the REST API to refuse, and carries no expression. */
  private JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return json.readTree(body);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean isJavaSerialization(byte[] body, JsonNode document) {
    // ISO-8859-1 maps every byte to one char: a byte search, in any case, also inside multipart bodies.
    if (new String(body, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT).contains(JAVA_SERIALIZATION)) {
      return true;
    }
    return document != null && mentions(document, JAVA_SERIALIZATION);
  }

  /** Whether a decoded string value or field name of the document contains the text, in any case. */
  private static boolean mentions(JsonNode node, String text) {
    if (node.isTextual()) {
      return node.textValue().toLowerCase(Locale.ROOT).contains(text);
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().toLowerCase(Locale.ROOT).contains(text) || mentions(field.getValue(), text)) {
        return true;
      }
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (mentions(element, text)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean hasExpressionParameter(Map<String, String[]> parameters) {
    return parameters.keySet().stream().anyMatch(EngineRequestGuardFilter::isExpressionName);
  }

  /**
   * A task query's expression fields: at its top, in a filter's {@code query}, and in the
   * {@code orQueries} of either.
   */
  static boolean hasExpressionField(JsonNode document) {
    if (document == null || !document.isObject()) {
      return false;
    }
    return isExpressionQuery(document) || isExpressionQuery(document.get("query"));
  }

  private static boolean isExpressionQuery(JsonNode query) {
    if (query == null || !query.isObject()) {
      return false;
    }
    Iterator<String> names = query.fieldNames();
    while (names.hasNext()) {
      if (isExpressionName(names.next())) {
        return true;
      }
    }
    JsonNode orQueries = query.get("orQueries");
    if (orQueries != null && orQueries.isArray()) {
      for (JsonNode orQuery : orQueries) {
        if (isExpressionQuery(orQuery)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isExpressionName(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith("expression");
  }
}
