package com.daocloud.support.security;

import com.daocloud.support.api.Problems;
import com.daocloud.support.identity.Groups;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards requests to the engine's REST API and to the webapps' engine API.
 *
 * <p>Java-serialized variables are refused from everyone (400): the engine would only fail on them
 * later, with a 500, and deserializing client bytes is how such APIs get exploited.
 *
 * <p>Queries through {@code /engine-rest} are bounded: {@code maxResults} defaults to the limit and
 * may not exceed it.
 *
 * <p>It also refuses task queries and filters that carry expressions ({@code ...Expression} fields, also inside
 * {@code orQueries}) from everyone but administrators. A published flaw of Camunda 7.24.0 CE lets
 * such expressions run code through {@code orQueries}; the engine's own
 * {@code enableExpressionsInAdhocQueries=false} does not cover that path. Stored filters that an
 * administrator created (Tasklist's "My group tasks" with {@code ${currentUserGroups()}}) keep working,
 * because listing a filter's tasks sends no expression.
 */
public class EngineRequestGuardFilter extends OncePerRequestFilter {

  /** Task queries and filters, in the REST API and in the webapps' own API. */
  private static final Pattern QUERIES = Pattern.compile(
      "^(/engine-rest|/camunda/api/engine/engine/[^/]+)/(task|filter)(/.*)?$");
  private static final Pattern ENGINE_APIS = Pattern.compile("^(/engine-rest|/camunda/api)/.*$");
  private static final byte[] JAVA_SERIALIZATION =
      "application/x-java-serialized-object".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private static final Pattern ENGINE_REST = Pattern.compile("^/engine-rest/.*$");

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
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String method = request.getMethod();
    boolean hasBody = "POST".equals(method) || "PUT".equals(method);
    byte[] body = hasBody ? request.getInputStream().readAllBytes() : new byte[0];
    if (contains(body, JAVA_SERIALIZATION)) {
      Problems.write(response, HttpStatus.BAD_REQUEST, "java-serialization-not-allowed",
          "Invalid input", "Java-serialized variables are not accepted; use JSON.");
      return;
    }
    boolean query = QUERIES.matcher(path(request)).matches();
    if (query && !isAdmin(request)
        && (hasExpressionParameter(request.getParameterMap()) || hasExpressionField(body))) {
      refuse(response);
      return;
    }
    HttpServletRequest forwarded = hasBody ? new CachedBodyRequest(request, body) : request;
    if (ENGINE_REST.matcher(path(request)).matches()) {
      String maxResults = request.getParameter("maxResults");
      if (maxResults == null) {
        forwarded = new DefaultParameterRequest(forwarded, "maxResults",
            Integer.toString(maxQueryResults));
      } else if (!isAtMost(maxResults, maxQueryResults)) {
        Problems.write(response, HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
            "maxResults must be a whole number of at most " + maxQueryResults + ".");
        return;
      }
    }
    chain.doFilter(forwarded, response);
  }

  private static boolean isAtMost(String value, int limit) {
    try {
      return Integer.parseInt(value.trim()) <= limit;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  static boolean hasExpressionParameter(Map<String, String[]> parameters) {
    return parameters.keySet().stream().anyMatch(EngineRequestGuardFilter::isExpressionName);
  }

  boolean hasExpressionField(byte[] body) {
    if (body.length == 0) {
      return false;
    }
    try {
      return containsExpressionField(json.readTree(body));
    } catch (JsonProcessingException e) {
      // Not JSON: the REST API rejects it on its own; nothing here can carry an expression.
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean containsExpressionField(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (isExpressionName(field.getKey()) || containsExpressionField(field.getValue())) {
          return true;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        if (containsExpressionField(element)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isExpressionName(String name) {
    return name.toLowerCase().endsWith("expression");
  }

  private static boolean isAdmin(HttpServletRequest request) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.isAuthenticated() && auth.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority).anyMatch(Groups.ADMIN::equals)) {
      return true;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return false;
    }
    Authentications webappAuths = AuthenticationUtil.getAuthsFromSession(session);
    if (webappAuths == null) {
      return false;
    }
    Collection<UserAuthentication> users = webappAuths.getAuthentications();
    return !users.isEmpty() && users.stream().allMatch(user -> {
      List<String> groups = user.getGroupIds();
      return groups != null && groups.contains(Groups.ADMIN);
    });
  }

  private static void refuse(HttpServletResponse response) throws IOException {
    Problems.write(response, HttpStatus.FORBIDDEN, "expression-not-allowed", "Forbidden",
        "Queries and filters with expressions are reserved for administrators.");
  }
}
