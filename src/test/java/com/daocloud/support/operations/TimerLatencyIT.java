package com.daocloud.support.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.observability.SupportMetrics;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.ProbeProcesses;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A due timer fires within 2 s of its due date on an idle engine (the engine's default job
 * executor may wait up to a minute). Real time, real job executor, PostgreSQL: no ClockUtil, which
 * would move the clock of the whole shared context.
 */
@IntegrationTest
class TimerLatencyIT {

  static final String PROCESS_KEY = "timer-latency-check";
  static final Duration GOAL = Duration.ofSeconds(2);

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired MeterRegistry meters;

  @RegisterExtension
  final ProbeProcesses probes = new ProbeProcesses();

  @Test
  @DisplayName("A timer due in 1 s fires within 2 s of its due date on an idle engine")
  void dueTimerFiresWithinTwoSeconds() {
    // Given a process that waits 1 s on a timer
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY)
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Started")
        .intermediateCatchEvent("Timer_OneSecond").timerWithDuration("PT1S")
        .endEvent("EndEvent_Done")
        .done();
    probes.deploy(repositoryService, PROCESS_KEY, model);
    double lagsBefore = lagCount();

    // When it starts
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY);
    Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
    Instant due = timer.getDuedate().toInstant();

    // Then it has ended by the due date plus 2 s
    Duration waitAtMost = Duration.between(Instant.now(), due.plus(GOAL)).plusMillis(1);
    await().atMost(waitAtMost.isNegative() ? Duration.ZERO : waitAtMost)
        .pollInterval(Duration.ofMillis(20))
        .until(() -> ended(instance.getId()) != null);
    HistoricProcessInstance ended = ended(instance.getId());
    Duration lag = Duration.between(due, ended.getEndTime().toInstant());
    System.out.printf("Timer lag: due %s, ended %s, lag %d ms (goal %d ms)%n", due,
        ended.getEndTime().toInstant(), lag.toMillis(), GOAL.toMillis());
    assertThat(lag).isLessThanOrEqualTo(GOAL);
    // and the lag is on /actuator/prometheus (recorded after the job's commit)
    await().atMost(Duration.ofSeconds(5)).until(() -> lagCount() > lagsBefore);
  }

  private HistoricProcessInstance ended(String processInstanceId) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .finished().singleResult();
  }

  private double lagCount() {
    return meters.find(SupportMetrics.TIMER_LAG).timers().stream()
        .mapToDouble(timer -> timer.count()).sum();
  }

}
