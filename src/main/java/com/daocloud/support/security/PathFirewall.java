package com.daocloud.support.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

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
 */
class PathFirewall extends StrictHttpFirewall {

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
