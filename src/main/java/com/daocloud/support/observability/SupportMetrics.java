package com.daocloud.support.observability;

import com.daocloud.support.incident.IncidentStatus;
import java.time.Duration;
import java.util.List;

/** Names, tags and fixed tag values of our own metrics (docs/operations.md lists them). */
public final class SupportMetrics {

  /** Gauge: incidents not closed, by {@code level} and {@code tier}. */
  public static final String OPEN_INCIDENTS = "dce.incidents.open";
  /** Counter: incidents whose first response came late or not at all, by {@code level} and {@code tier}. */
  public static final String SLA_BREACHES = "dce.sla.breaches";
  /** Counter: closed incidents by {@code closure_code}. */
  public static final String CLOSED_INCIDENTS = "dce.incidents.closed";
  /** Timer (histogram): report to first contact, by {@code level}. */
  public static final String FIRST_RESPONSE = "dce.incident.first.response";
  /** Timer (histogram): a timer job's execution minus its due date, by {@code type}. */
  public static final String TIMER_LAG = "dce.timer.lag";

  public static final String TAG_LEVEL = "level";
  public static final String TAG_TIER = "tier";
  public static final String TAG_CLOSURE_CODE = "closure_code";
  public static final String TAG_TYPE = "type";

  /** Incident levels 1 (most severe) to 5 (LVL-1..5). */
  public static final List<Integer> LEVELS = List.of(1, 2, 3, 4, 5);

  /** The closure codes the API writes ({@code IncidentStatus}). */
  public static final List<String> CLOSURE_CODES = IncidentStatus.CLOSURE_CODES;

  /** Buckets of the first-response histogram: the response times that the policy promises. */
  public static final List<Duration> FIRST_RESPONSE_BUCKETS = List.of(Duration.ofMinutes(15),
      Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4),
      Duration.ofHours(8), Duration.ofHours(24), Duration.ofDays(2), Duration.ofDays(5));

  /** Buckets of the timer lag histogram around the goal of 2 s (docs/operations.md, docs/benchmark.md). */
  public static final List<Duration> TIMER_LAG_BUCKETS = List.of(Duration.ofMillis(250),
      Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
      Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5));

  private SupportMetrics() {
  }
}
