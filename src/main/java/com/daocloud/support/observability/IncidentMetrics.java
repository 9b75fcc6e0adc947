package com.daocloud.support.observability;

import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.sla.ServiceTiers;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The incident metrics, read from the {@code incidents} table rather than counted in memory: every
 * node of a cluster then shows the same, complete figures (aggregate them with {@code max}, not
 * {@code sum}), and a restart loses nothing. Refreshed in the background every
 * {@code dce.metrics.refresh-interval}; the queries are a few grouped counts.
 */
@Component
public class IncidentMetrics implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(IncidentMetrics.class);

  static final String OPEN_BY_LEVEL_AND_TIER = """
      SELECT level, service_tier, COUNT(*) FROM incidents
      WHERE status <> ? GROUP BY level, service_tier""";
  static final String BREACHED_BY_LEVEL_AND_TIER = """
      SELECT level, service_tier, COUNT(*) FROM incidents
      WHERE response_breached = TRUE GROUP BY level, service_tier""";
  static final String CLOSED_BY_CLOSURE_CODE = """
      SELECT closure_code, COUNT(*) FROM incidents
      WHERE status = ? AND closure_code IS NOT NULL GROUP BY closure_code""";
  static final String FIRST_CONTACTS_BETWEEN = """
      SELECT level, reported_at, first_contact_at FROM incidents
      WHERE first_contact_at > ? AND first_contact_at <= ?""";

  /**
   * A first contact is counted once it is this old, so that a transaction that stamped it just before
   * the previous refresh but committed after it is not missed.
   */
  static final Duration SETTLE_TIME = Duration.ofSeconds(30);

  private final JdbcTemplate jdbc;
  private final MeterRegistry registry;
  private final Clock clock;
  private final Duration refreshInterval;

  private final Map<Tags, AtomicLong> open = new ConcurrentHashMap<>();
  private final Map<Tags, AtomicLong> breached = new ConcurrentHashMap<>();
  private final Map<Tags, AtomicLong> closed = new ConcurrentHashMap<>();
  private final Map<Integer, Timer> firstResponse = new ConcurrentHashMap<>();
  private volatile Instant firstContactsCountedUntil;
  private volatile boolean tableMissingLogged;
  private ScheduledExecutorService refresher;

  @Autowired
  public IncidentMetrics(JdbcTemplate jdbc, MeterRegistry registry, ObjectProvider<Clock> clock,
      @Value("${dce.metrics.refresh-interval:30s}") Duration refreshInterval) {
    this(jdbc, registry, clock.getIfAvailable(Clock::systemUTC), refreshInterval);
  }

  IncidentMetrics(JdbcTemplate jdbc, MeterRegistry registry, Clock clock, Duration refreshInterval) {
    this.jdbc = jdbc;
    this.registry = registry;
    this.clock = clock;
    this.refreshInterval = refreshInterval;
    // A node reports the first contacts made while it runs: replaying the whole history at each start
    // would show as a burst of old responses.
    this.firstContactsCountedUntil = clock.instant();
    // Every known series exists from the start at 0: a dashboard or alert never sees a gap.
    for (int level : SupportMetrics.LEVELS) {
      for (String tier : ServiceTiers.ALL) {
        open(levelAndTier(level, tier));
        breached(levelAndTier(level, tier));
      }
      firstResponse(level);
    }
    SupportMetrics.CLOSURE_CODES.forEach(code -> closed(Tags.of(SupportMetrics.TAG_CLOSURE_CODE, code)));
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "dce-incident-metrics");
      thread.setDaemon(true);
      return thread;
    });
    long period = refreshInterval.toMillis();
    refresher.scheduleWithFixedDelay(this::refreshQuietly, 0, period, TimeUnit.MILLISECONDS);
  }

  @Override
  public void destroy() {
    if (refresher != null) {
      refresher.shutdownNow();
    }
  }

  /** Reads the current figures; public for tests that must not wait for the next refresh. */
  public void refresh() {
    Map<Tags, Long> openNow = new java.util.HashMap<>();
    jdbc.query(OPEN_BY_LEVEL_AND_TIER, (RowCallbackHandler) row -> {
      openNow.put(levelAndTier(row.getInt(1), row.getString(2)), row.getLong(3));
    }, IncidentStatus.CLOSED);
    // Combinations that have no open incident any more go back to 0.
    open.forEach((tags, value) -> value.set(openNow.getOrDefault(tags, 0L)));
    openNow.forEach((tags, count) -> open(tags).set(count));

    jdbc.query(BREACHED_BY_LEVEL_AND_TIER, (RowCallbackHandler)
        row -> breached(levelAndTier(row.getInt(1), row.getString(2))).set(row.getLong(3)));
    jdbc.query(CLOSED_BY_CLOSURE_CODE, (RowCallbackHandler)
        row -> closed(Tags.of(SupportMetrics.TAG_CLOSURE_CODE, row.getString(1))).set(row.getLong(2)),
        IncidentStatus.CLOSED);

    Instant from = firstContactsCountedUntil;
    Instant until = clock.instant().minus(SETTLE_TIME);
    if (until.isAfter(from)) {
      jdbc.query(FIRST_CONTACTS_BETWEEN, row -> {
        Timestamp reported = row.getTimestamp(2);
        Timestamp contacted = row.getTimestamp(3);
        Duration waited = Duration.between(reported.toInstant(), contacted.toInstant());
        firstResponse(row.getInt(1)).record(waited.isNegative() ? Duration.ZERO : waited);
      }, Timestamp.from(from), Timestamp.from(until));
      firstContactsCountedUntil = until;
    }
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (DataAccessException e) {
      // Before incident handling's migration has run there is no table to read: not worth a stack trace
      // every refresh, but worth saying once.
      if (!tableMissingLogged) {
        LOG.warn("Incident metrics not refreshed: {}", e.getMostSpecificCause().getMessage());
        tableMissingLogged = true;
      }
    } catch (RuntimeException e) {
      LOG.warn("Incident metrics not refreshed", e);
    }
  }

  private static Tags levelAndTier(int level, String tier) {
    return Tags.of(SupportMetrics.TAG_LEVEL, Integer.toString(level), SupportMetrics.TAG_TIER,
        tier == null ? "unknown" : tier);
  }

  private AtomicLong open(Tags tags) {
    return open.computeIfAbsent(tags, t -> {
      AtomicLong value = new AtomicLong();
      Gauge.builder(SupportMetrics.OPEN_INCIDENTS, value, AtomicLong::get)
          .description("Incidents not closed").tags(t).register(registry);
      return value;
    });
  }

  private AtomicLong breached(Tags tags) {
    return breached.computeIfAbsent(tags, t -> {
      AtomicLong value = new AtomicLong();
      FunctionCounter.builder(SupportMetrics.SLA_BREACHES, value, AtomicLong::get)
          .description("Incidents whose first response missed the SLA deadline").tags(t)
          .register(registry);
      return value;
    });
  }

  private AtomicLong closed(Tags tags) {
    return closed.computeIfAbsent(tags, t -> {
      AtomicLong value = new AtomicLong();
      FunctionCounter.builder(SupportMetrics.CLOSED_INCIDENTS, value, AtomicLong::get)
          .description("Closed incidents").tags(t).register(registry);
      return value;
    });
  }

  private Timer firstResponse(int level) {
    return firstResponse.computeIfAbsent(level, l -> Timer.builder(SupportMetrics.FIRST_RESPONSE)
        .description("Time from an incident's report to its first contact")
        .tag(SupportMetrics.TAG_LEVEL, Integer.toString(l))
        .serviceLevelObjectives(SupportMetrics.FIRST_RESPONSE_BUCKETS.toArray(Duration[]::new))
        .register(registry));
  }
}
