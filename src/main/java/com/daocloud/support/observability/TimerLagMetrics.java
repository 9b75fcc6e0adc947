package com.daocloud.support.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Timer lag: how long after its due date a timer job ran (a due SLA timer fires within 2 s,
 * docs/operations.md). Camunda's Spring Boot starter publishes every history event as a Spring event
 * ({@code camunda.bpm.eventing.history}); a timer job's success log carries its due date and the time it ran.
 * Recorded on the node that ran the job, after the commit (a job that rolled back did not fire), so the
 * nodes' figures add up ({@code sum}).
 */
@Component
public class TimerLagMetrics {

  /** The job handler types of BPMN timers start with this (timer-intermediate-transition, ...). */
  static final String TIMER_JOB_TYPE_PREFIX = "timer-";

  private final MeterRegistry registry;
  private final Map<String, Timer> lagByType = new ConcurrentHashMap<>();

  public TimerLagMetrics(MeterRegistry registry) {
    this.registry = registry;
    lag("timer-intermediate-transition");
    lag("timer-transition");
  }

  @TransactionalEventListener(fallbackExecution = true)
  public void onJobLog(HistoricJobLogEvent event) {
    String type = event.getJobDefinitionType();
    if (!event.isSuccessLog() || type == null || !type.startsWith(TIMER_JOB_TYPE_PREFIX)
        || event.getJobDueDate() == null || event.getTimestamp() == null) {
      return;
    }
    long lagMillis = event.getTimestamp().getTime() - event.getJobDueDate().getTime();
    lag(type).record(Duration.ofMillis(Math.max(0, lagMillis)));
  }

  private Timer lag(String type) {
    return lagByType.computeIfAbsent(type, t -> Timer.builder(SupportMetrics.TIMER_LAG)
        .description("Time between a timer job's due date and its execution")
        .tag(SupportMetrics.TAG_TYPE, t)
        .serviceLevelObjectives(SupportMetrics.TIMER_LAG_BUCKETS.toArray(Duration[]::new))
        .register(registry));
  }
}
