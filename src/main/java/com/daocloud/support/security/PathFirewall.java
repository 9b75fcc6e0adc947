package com.daocloud.support.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security's strict firewall (it already refuses {@code ;} parameters, {@code //}, dot segments,
 * encoded slashes, periods and percent signs), and in addition every percent-encoded character that never
 * needs encoding: letters, digits, {@code -}, {@code .}, {@code _}, {@code ~} (RFC 3986 "unreserved").
 *
 * <p>Why: the security chains, Spring MVC, Jersey ({@code /engine-rest}) and Tomcat's servlet mapping each
 * decode the address in their own way. {@code /%61pi/incidents} is {@code /api/incidents} to MVC but
 * not to a matcher that reads the raw address. No client has a reason to encode these characters
 * (browsers, curl, Java's and Camunda Modeler's HTTP clients do not), so the firewall refuses them and
 * what is left reads the same to every one of those parties. The chains match the decoded path as well
 * ({@link SecurityConfig#path}), so that the two measures back each other up.
 *
 * <p>Spring Security consults its firewall only after it has parsed the path for its matchers, and that
 * parsing fails (500) when the raw address does not start with the decoded servlet path, as with
 * {@code /%65ngine-rest/...}; so {@link EarlyCheck} applies the same checks before any other filter.
 */
class PathFirewall extends StrictHttpFirewall {

  /** The firewall as the first servlet filter, answering what it refuses with {@code rejected}. */
  static class EarlyCheck extends OncePerRequestFilter {

    private final HttpFirewall firewall;
    private final RequestRejectedHandler rejected;

    EarlyCheck(HttpFirewall firewall, RequestRejectedHandler rejected) {
      this.firewall = firewall;
      this.rejected = rejected;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      try {
        firewall.getFirewalledRequest(request);
      } catch (RequestRejectedException e) {
        rejected.handle(request, response, e);
        return;
      }
      chain.doFilter(request, response);
    }
  }

  @Override
  public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
    FirewalledRequest checked = super.getFirewalledRequest(request);
    if (encodesUnreservedCharacter(request.getRequestURI())) {
      throw new RequestRejectedException("The address percent-encodes a character that needs no encoding");
    }
    return checked;
  }

  static boolean encodesUnreservedCharacter(String uri) {
    if (uri == null) {
      return false;
    }
    for (int i = uri.indexOf('%'); i >= 0 && i + 2 < uri.length(); i = uri.indexOf('%', i + 1)) {
      int high = Character.digit(uri.charAt(i + 1), 16);
      int low = Character.digit(uri.charAt(i + 2), 16);
      if (high >= 0 && low >= 0 && isUnreserved((char) (high * 16 + low))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
