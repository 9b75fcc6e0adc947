package com.daocloud.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import com.daocloud.support.testing.MovableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Finding 5: the per-address throttle of failed passwords, on a clock the test moves. */
class LoginThrottleTest {

  private static final Duration WINDOW = Duration.ofMinutes(10);

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T02:00:00Z"));
  private final LoginThrottle throttle = new LoginThrottle(clock, 3, WINDOW, 100);

  @Test
  @DisplayName("Finding 5: an address is refused after its third failure within the window, until the first failure is a window old")
  void refusedAfterMaxFailuresUntilTheOldestLeavesTheWindow() {
    throttle.failed("203.0.113.7");
    clock.advance(Duration.ofMinutes(1));
    throttle.failed("203.0.113.7");
    assertThat(throttle.refusal("203.0.113.7")).isEmpty();
    clock.advance(Duration.ofMinutes(1));
    throttle.failed("203.0.113.7");

    // the first failure was 2 minutes ago: 8 minutes to wait
    assertThat(throttle.refusal("203.0.113.7")).contains(Duration.ofMinutes(8));
    clock.advance(Duration.ofMinutes(8).minusMillis(1));
    assertThat(throttle.refusal("203.0.113.7")).contains(Duration.ofMillis(1));
    clock.advance(Duration.ofMillis(1));
    assertThat(throttle.refusal("203.0.113.7")).isEmpty();
    // one more failure now: the second and third are still inside the window, so three again
    throttle.failed("203.0.113.7");
    assertThat(throttle.refusal("203.0.113.7")).contains(Duration.ofMinutes(1));
  }

  @Test
  @DisplayName("Finding 5: the refusal is bounded by the window however often the address asks, and asking counts nothing")
  void askingDoesNotLengthenTheRefusal() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("203.0.113.7");
    }
    for (int i = 0; i < 1000; i++) {
      assertThat(throttle.refusal("203.0.113.7")).isPresent();
      clock.advance(Duration.ofMillis(100));
    }
    assertThat(throttle.recentFailures("203.0.113.7")).isEqualTo(3);
    clock.advance(WINDOW.minus(Duration.ofMillis(100_000)));
    assertThat(throttle.refusal("203.0.113.7")).isEmpty();
  }

  @Test
  @DisplayName("Finding 5: failures spread wider than the window never refuse; other addresses are never refused for one address's failures")
  void slowFailuresAndOtherAddressesAreNotRefused() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("203.0.113.7");
      assertThat(throttle.refusal("203.0.113.7")).isEmpty();
      assertThat(throttle.refusal("198.51.100.1")).isEmpty();
      clock.advance(WINDOW.dividedBy(2).plusSeconds(1));
    }
  }

  @Test
  @DisplayName("Finding 5: an IPv6 address counts as its /64 network, whatever its spelling; IPv4 addresses count one by one")
  void ipv6CountsPerNetwork() {
    assertThat(LoginThrottle.key("2001:db8:1:2:aaaa::1")).isEqualTo(LoginThrottle.key("2001:0db8:0001:0002:ffff:1:2:3"));
    assertThat(LoginThrottle.key("2001:db8:1:2::1")).isNotEqualTo(LoginThrottle.key("2001:db8:1:3::1"));
    assertThat(LoginThrottle.key("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
    assertThat(LoginThrottle.key("192.0.2.1")).isNotEqualTo(LoginThrottle.key("192.0.2.2"));
    assertThat(LoginThrottle.key(null)).isEqualTo(LoginThrottle.key(""));

    throttle.failed("2001:db8:1:2::10");
    throttle.failed("2001:db8:1:2::11");
    throttle.failed("2001:db8:1:2:ffff:ffff:ffff:ffff");
    assertThat(throttle.refusal("2001:db8:1:2::99")).isPresent();
    assertThat(throttle.refusal("2001:db8:1:3::10")).isEmpty();
  }

  @Test
  @DisplayName("Finding 5: memory is bounded: beyond maxAddresses new addresses share one count, so a flood "
      + "from many addresses is still throttled, until old entries leave the window")
  void trackedAddressesAreBounded() {
    LoginThrottle small = new LoginThrottle(clock, 1, WINDOW, 2);
    small.failed("192.0.2.1");
    small.failed("192.0.2.2");
    assertThat(small.refusal("192.0.2.3")).as("no failure of its own, none in the shared count").isEmpty();
    small.failed("192.0.2.3");
    assertThat(small.refusal("192.0.2.1")).isPresent();
    assertThat(small.refusal("192.0.2.2")).isPresent();
    assertThat(small.refusal("192.0.2.3")).as("counted in the shared count").isPresent();
    assertThat(small.refusal("192.0.2.4")).as("another untracked address shares it").isPresent();

    clock.advance(WINDOW);
    small.failed("192.0.2.3");
    assertThat(small.refusal("192.0.2.3")).as("counted once the old entries expired").isPresent();
  }
}
