package com.daocloud.support.security;

import com.daocloud.support.api.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Applies {@link LoginThrottle} wherever a password is checked: HTTP Basic on any path ({@code /api},
 * {@code /engine-rest}, {@code /actuator}, the API docs), the webapps' login form
 * ({@code POST .../auth/user/{engine}/login/{app}}) and the support site's ({@link PortalSignIn}). It runs before Spring Security, so a refused
 * address gets 429 with {@code Retry-After} before any password is looked at.
 *
 * <p>What counts as a failure: a Basic password that {@link EngineUserAuthenticationProvider} checked
 * and found wrong (or a user that does not exist), and a webapp login answered 401. A login refused
 * because the account is in its short lock ({@link AccountLock}) checked no password and counts nowhere.
 * API tokens ({@code Bearer}) are not passwords: they are never throttled, so they keep working from an
 * address that is refused.
 *
 * <p>The source address is {@code request.getRemoteAddr()}: behind a proxy that is the client's only
 * when the proxy is configured as trusted ({@code server.tomcat.remoteip.internal-proxies}).
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  /**
   * Set while a request with Basic credentials runs: whether its password was checked and refused. (The
   * provider may run twice for one request, its manager's parent being the same provider.)
   */
  private static final ThreadLocal<boolean[]> PASSWORD_REFUSED = new ThreadLocal<>();
  /** A login form is a few hundred bytes; a larger body is left alone rather than held in memory. */
  private static final int MAX_FORM_BYTES = 16 * 1024;

  private final LoginThrottle throttle;
  private final AccountLock locks;

  public LoginThrottleFilter(LoginThrottle throttle, AccountLock locks) {
    this.throttle = throttle;
    this.locks = locks;
  }

  /** Called where a password was checked and found wrong; counted once per request, however often called. */
  static void passwordRefused() {
    boolean[] refused = PASSWORD_REFUSED.get();
    if (refused != null) {
      refused[0] = true;
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    // A login form is judged as a login form whatever other headers it carries: the webapps check the
    // form's password, never an Authorization header.
    boolean webappLogin = isWebappLogin(request);
    // The support site's form goes through the same provider as Basic, which reports its refusals the same way.
    boolean basic = !webappLogin && (hasBasicCredentials(request) || PortalSignIn.isLogin(request));
    if (!basic && !webappLogin) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Optional<Duration> wait = throttle.refusal(address);
    if (wait.isPresent()) {
      tooManyFailures(response, wait.get());
      return;
    }
    if (basic) {
      boolean[] refused = {false};
      PASSWORD_REFUSED.set(refused);
      try {
        chain.doFilter(request, response);
      } finally {
        PASSWORD_REFUSED.remove();
      }
      if (refused[0]) {
        throttle.failed(address);
      }
      return;
    }
    if (!LoginForm.isUtf8Form(request.getContentType())) {
      // The user id read here must be the one the webapps read: one encoding, the one browsers send.
      Problems.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
          "Unsupported Media Type", "The login form must be application/x-www-form-urlencoded in UTF-8.");
      return;
    }
    HttpServletRequest login = request;
    boolean lockedBefore = false;
    long length = request.getContentLengthLong();
    if (length >= 0 && length <= MAX_FORM_BYTES) {
      byte[] body = request.getInputStream().readNBytes((int) length);
      login = new CachedBodyRequest(request, body);
      lockedBefore = isLocked(LoginForm.fields(body).get("username"));
    }
    chain.doFilter(login, response);
    // The webapps answer 401 to a login exactly when the engine refused the password.
    if (response.getStatus() == HttpStatus.UNAUTHORIZED.value() && !lockedBefore) {
      throttle.failed(address);
    }
  }

  private boolean isLocked(String userId) {
    try {
      return locks.isLocked(userId);
    } catch (RuntimeException unavailable) {
      // The database did not answer: the login itself will fail the same way, and count as the webapps say.
      return false;
    }
  }

  private static boolean hasBasicCredentials(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    return authorization != null && authorization.regionMatches(true, 0, "Basic", 0, 5);
  }

  /**
   * The webapps' login, on the decoded path (percent-encoding, {@code ;parameters}, {@code //} and
   * {@code .} segments do not hide it): {@code .../auth/user/{engine}/login/{app}}.
   */
  static boolean isWebappLogin(HttpServletRequest request) {
    if (!"POST".equalsIgnoreCase(request.getMethod())) {
      return false;
    }
    List<String> segments = segments(request.getRequestURI());
    int n = segments.size();
    return n >= 5 && segments.get(n - 5).equals("auth") && segments.get(n - 4).equals("user")
        && segments.get(n - 2).equals("login");
  }

  private static List<String> segments(String uri) {
    List<String> segments = new ArrayList<>();
    for (String raw : uri.split("/")) {
      int parameters = raw.indexOf(';');
      String segment = parameters >= 0 ? raw.substring(0, parameters) : raw;
      try {
        segment = UriUtils.decode(segment, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException malformed) {
        // Left encoded: the servlet container refuses such an address anyway.
      }
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (!segments.isEmpty()) {
          segments.remove(segments.size() - 1);
        }
        continue;
      }
      segments.add(segment.toLowerCase(Locale.ROOT));
    }
    return segments;
  }

  private static void tooManyFailures(HttpServletResponse response, Duration wait) throws IOException {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests",
        "Too many failed logins from your address; retry after " + seconds + " seconds.");
  }
}
