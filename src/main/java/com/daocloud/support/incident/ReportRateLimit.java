package com.daocloud.support.incident;

import com.daocloud.support.api.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many incidents a customer may report: a token bucket per customer, {@code burst} reports at once and
 * then {@code reportsPerHour} (one every 3600 / reportsPerHour seconds). Every Level 1 report pages the
 * duty supervisors (L12-3); a customer's script gone wrong, or a stolen credential, must not page them
 * hundreds of times. The defaults let a customer report 20 incidents at once and 60 an hour after that.
 *
 * <p>Kept in memory on each node: with n nodes behind a load balancer a customer gets up to n times the
 * allowance, and a restart refills every bucket. That bounds the flood, which is the point; a shared
 * limit would need a shared store.
 */
@Component
public class ReportRateLimit {

  private final double burst;
  private final double tokensPerSecond;
  private final Clock clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public ReportRateLimit(@Value("${dce.incident.report-limit.burst:20}") int burst,
      @Value("${dce.incident.report-limit.per-hour:60}") int reportsPerHour, Clock clock) {
    if (burst < 1 || reportsPerHour < 1) {
      throw new IllegalArgumentException("dce.incident.report-limit.burst and .per-hour must be at least 1");
    }
    this.burst = burst;
    this.tokensPerSecond = reportsPerHour / 3600.0;
    this.clock = clock;
  }

  /**
   * Takes one report from the customer's allowance.
   *
   * @return empty when the report may go ahead, else how long until the next one may (at least a second)
   */
  public Optional<Duration> tryTake(String customerId) {
    Bucket bucket = buckets.computeIfAbsent(customerId, id -> new Bucket(burst, clock.instant()));
    synchronized (bucket) {
      Instant now = clock.instant();
      double elapsed = Math.max(0, Duration.between(bucket.updated, now).toNanos() / 1e9);
      bucket.tokens = Math.min(burst, bucket.tokens + elapsed * tokensPerSecond);
      bucket.updated = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return Optional.empty();
      }
      long seconds = (long) Math.ceil((1 - bucket.tokens) / tokensPerSecond);
      return Optional.of(Duration.ofSeconds(Math.max(1, seconds)));
    }
  }

  /** As {@link #tryTake}, for the API: a 429 naming when the customer may report again. */
  public void requireAllowance(String customerId) {
    tryTake(customerId).ifPresent(wait -> {
      throw new ApiException.TooManyRequests("Customer " + customerId + " has reported more incidents than"
          + " its allowance (" + (long) burst + " at once, then " + Math.round(tokensPerSecond * 3600)
          + " an hour); try again in " + wait.toSeconds() + " s, or call support.", wait);
    });
  }

  private static final class Bucket {
    double tokens;
    Instant updated;

    Bucket(double tokens, Instant updated) {
      this.tokens = tokens;
      this.updated = updated;
    }
  }
}
