package com.daocloud.support.security;

import com.daocloud.support.api.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses state-changing requests to {@code /api} and {@code /engine-rest} that a browser sends on behalf
 * of another site (403): a page elsewhere must not use credentials the browser holds for us, e.g. to post
 * a decision table to {@code /engine-rest/deployment/create} as a {@code multipart/form-data} form.
 *
 * <p>Browsers say where a request comes from: {@code Sec-Fetch-Site} ({@code cross-site} or
 * {@code same-site} is refused; {@code same-origin} and {@code none}, a typed address, pass) and
 * {@code Origin} (refused unless it is this request's own scheme, host and port). Clients that are not
 * browsers (curl, scripts, Camunda Modeler) send neither header and are not affected. Reads (GET, HEAD,
 * OPTIONS) change nothing and pass. Runs before authentication, so that a forged request does not even
 * count as a failed password.
 */
class CrossSiteWriteFilter extends OncePerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final Set<String> FOREIGN_SITES = Set.of("cross-site", "same-site");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!SAFE_METHODS.contains(request.getMethod()) && isCrossSite(request)) {
      Problems.write(response, HttpStatus.FORBIDDEN, "cross-site-request", "Forbidden",
          "Requests that change data are not accepted from pages of other sites.");
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean isCrossSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null && FOREIGN_SITES.contains(site.trim().toLowerCase(Locale.ROOT))) {
      return true;
    }
    String origin = request.getHeader("Origin");
    return origin != null && !origin.trim().equalsIgnoreCase(ownOrigin(request));
  }

  /** This request's origin as a browser would write it; behind a trusted proxy, the proxy's public one. */
  static String ownOrigin(HttpServletRequest request) {
    String scheme = request.getScheme().toLowerCase(Locale.ROOT);
    int port = request.getServerPort();
    boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
  }
}
