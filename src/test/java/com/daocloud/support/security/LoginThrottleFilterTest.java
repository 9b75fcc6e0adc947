package com.daocloud.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.daocloud.support.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Finding 5: which requests carry a password, and what a refused address gets. */
class LoginThrottleFilterTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T02:00:00Z"));
  private final LoginThrottle throttle = new LoginThrottle(clock, 2, Duration.ofMinutes(10), 100);
  private final LoginThrottleFilter filter = new LoginThrottleFilter(throttle, mock(AccountLock.class));

  @Test
  @DisplayName("Finding 5: the webapps' login is recognised however its address is spelled; other webapp calls are not logins")
  void webappLoginSpellings() {
    for (String uri : new String[] {"/camunda/api/admin/auth/user/default/login/tasklist",
        "/camunda/api/admin/auth/user/default/log%69n/cockpit", "/camunda//api/admin/auth/user/default/login/admin",
        "/camunda/api/admin/./auth/user/default/login;x=y/tasklist", "/camunda/api/admin/AUTH/user/default/login/tasklist",
        "/camunda/api/x/../admin/auth/user/default/login/welcome"}) {
      assertThat(LoginThrottleFilter.isWebappLogin(request("POST", uri))).as(uri).isTrue();
    }
    assertThat(LoginThrottleFilter.isWebappLogin(request("GET", "/camunda/api/admin/auth/user/default/login/tasklist")))
        .isFalse();
    assertThat(LoginThrottleFilter.isWebappLogin(request("POST", "/camunda/api/admin/auth/user/default/logout")))
        .isFalse();
    assertThat(LoginThrottleFilter.isWebappLogin(request("POST", "/camunda/api/engine/engine/default/task")))
        .isFalse();
  }

  @Test
  @DisplayName("Finding 5: a refused address gets 429 problem details with Retry-After before its Basic password reaches anything; a token or no credentials pass")
  void refusedAddressGets429() throws Exception {
    throttle.failed("192.0.2.9");
    throttle.failed("192.0.2.9");

    MockHttpServletRequest basic = request("GET", "/api/incidents");
    basic.addHeader("Authorization", "basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes()));
    MockHttpServletResponse refused = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();
    filter.doFilter(basic, refused, chain);
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("600");
    assertThat(refused.getContentType()).startsWith("application/problem+json");
    assertThat(chain.getRequest()).as("nothing after the filter saw the request").isNull();

    for (String authorization : new String[] {"Bearer dce_x", null}) {
      MockHttpServletRequest other = request("GET", "/api/incidents");
      if (authorization != null) {
        other.addHeader("Authorization", authorization);
      }
      MockFilterChain passed = new MockFilterChain();
      filter.doFilter(other, new MockHttpServletResponse(), passed);
      assertThat(passed.getRequest()).as(String.valueOf(authorization)).isNotNull();
    }
  }

  private static MockHttpServletRequest request(String method, String uri) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
    request.setRemoteAddr("192.0.2.9");
    return request;
  }
}
