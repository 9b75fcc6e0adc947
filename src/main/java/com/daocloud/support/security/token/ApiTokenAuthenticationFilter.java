package com.daocloud.support.security.token;

import com.daocloud.support.api.Problems;
import com.daocloud.support.security.CurrentUser;
import com.daocloud.support.security.SecurityConfig;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on {@code /api}: a valid token authenticates the request as its
 * customer's user ({@link ApiTokens#authenticate}). Anything else authenticates nothing, and the chain
 * answers 401 as for missing credentials. Elsewhere ({@code /engine-rest}, the webapps, actuator) a token
 * is never looked at. Tokens are not passwords: the login throttle never refuses them.
 */
public class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final ApiTokens tokens;

  public ApiTokenAuthenticationFilter(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    // The raw address: an encoded or dotted variant of /api is not recognised, so it fails closed (401).
    return authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
        || !SecurityConfig.canonicalPath(request).startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
    Optional<CurrentUser> caller;
    try {
      caller = tokens.authenticate(secret);
    } catch (RuntimeException unavailable) {
      // The token table could not be read: not the caller's fault, so no 401.
      response.setHeader(HttpHeaders.RETRY_AFTER, "5");
      Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
          "The service cannot check credentials right now; retry shortly.");
      return;
    }
    if (caller.isPresent()) {
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(new ApiTokenAuthentication(caller.get()));
      SecurityContextHolder.setContext(context);
    }
    chain.doFilter(request, response);
  }
}
