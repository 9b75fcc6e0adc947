package com.daocloud.support.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportRateLimitTest {

  @Test
  @DisplayName("Finding 14: a customer reports its burst at once, then one report per interval; the wait until the next is given")
  void burstThenSteadyRate() {
    MovableClock clock = new MovableClock(Instant.parse("2026-11-30T08:00:00Z"));
    ReportRateLimit limit = new ReportRateLimit(3, 60, clock);

    for (int i = 0; i < 3; i++) {
      assertThat(limit.tryTake("acme")).as("report " + (i + 1)).isEmpty();
    }
    assertThat(limit.tryTake("acme")).contains(Duration.ofSeconds(60));

    clock.advance(Duration.ofSeconds(30));
    assertThat(limit.tryTake("acme")).contains(Duration.ofSeconds(30));
    clock.advance(Duration.ofSeconds(30));
    assertThat(limit.tryTake("acme")).isEmpty();
    assertThat(limit.tryTake("acme")).isPresent();
  }

  @Test
  @DisplayName("Finding 14: each customer has its own allowance, and a quiet hour refills it only up to the burst")
  void perCustomerAndBounded() {
    MovableClock clock = new MovableClock(Instant.parse("2026-11-30T08:00:00Z"));
    ReportRateLimit limit = new ReportRateLimit(2, 60, clock);
    limit.tryTake("acme");
    limit.tryTake("acme");

    assertThat(limit.tryTake("acme")).isPresent();
    assertThat(limit.tryTake("globex")).isEmpty();

    clock.advance(Duration.ofDays(1));
    assertThat(limit.tryTake("acme")).isEmpty();
    assertThat(limit.tryTake("acme")).isEmpty();
    assertThat(limit.tryTake("acme")).isPresent();
  }
}
