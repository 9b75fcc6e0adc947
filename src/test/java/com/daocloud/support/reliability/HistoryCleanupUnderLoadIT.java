package com.daocloud.support.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.incident.process.IncidentProcess;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.ProbeProcesses;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Reliability: the engine's history cleanup (CLS-3: history is removed after its time to
 * live, in the nightly window) does not block intake. A probe process with a time to live of 0 days
 * leaves finished history that is due for removal at once, without moving the shared engine clock; the
 * cleanup is started as Cockpit's "clean up now" does, while customers keep reporting incidents.
 */
@IntegrationTest
class HistoryCleanupUnderLoadIT {

  private static final String PROBE = "history-cleanup-probe";
  private static final int FINISHED_PROBES = 1000;
  private static final int VARIABLES = 10;
  private static final int CLIENTS = 3;
  /** application.yaml: history-cleanup-batch-window-start-time / -end-time (engine's default zone). */
  private static final LocalTime WINDOW_START = LocalTime.of(1, 0);
  private static final LocalTime WINDOW_END = LocalTime.of(5, 0);
  /** Intake must stay this fast while the cleanup runs (2 shared cores, real PostgreSQL). */
  private static final Duration P99_BOUND = Duration.ofSeconds(10);

  @LocalServerPort
  int port;

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;

  @RegisterExtension
  final ProbeProcesses probes = new ProbeProcesses();

  private enum Phase { BEFORE, CLEANING, AFTER }

  private record Call(Phase phase, Phase answeredIn, int status, long millis, String body) {
  }

  private volatile Phase phase = Phase.BEFORE;

  @Test
  @DisplayName("CLS-3: history cleanup removes expired history while intake goes on: every report 201, p99 bounded, running incidents untouched")
  void historyCleanupDoesNotBlockIntake() throws Exception {
    // Given finished history whose time to live (0 days) has passed, and a probe that is still running
    probes.deploy(repositoryService, PROBE,
        Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(0)
            .startEvent("StartEvent_Started").exclusiveGateway("Gateway_Finish")
            .condition("finish", "${finish}").endEvent("EndEvent_Done")
            .moveToLastGateway().condition("keep running", "${!finish}").userTask("Task_Probe")
            .endEvent("EndEvent_Later").done());
    List<String> finished = new ArrayList<>();
    for (int i = 0; i < FINISHED_PROBES; i++) {
      Map<String, Object> variables = new HashMap<>();
      for (int v = 0; v < VARIABLES; v++) {
        variables.put("v" + v, "value " + i + "/" + v + " " + UUID.randomUUID());
      }
      variables.put("finish", true);
      finished.add(runtimeService.startProcessInstanceByKey(PROBE, variables).getId());
    }
    String running = runtimeService.startProcessInstanceByKey(PROBE, Map.of("finish", false)).getId();
    long expiredVariables = historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(finished.toArray(String[]::new)).count();

    // And customers report incidents steadily
    ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> numbers = new ConcurrentLinkedQueue<>();
    AtomicBoolean reporting = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> load = new ArrayList<>();
    Api customer = Api.as(port, "acme-user");
    for (int i = 0; i < CLIENTS; i++) {
      load.add(clients.submit(() -> {
        while (reporting.get()) {
          Phase sentIn = phase;
          long started = System.nanoTime();
          Api.Response response = customer.post("/api/incidents", REPORT);
          calls.add(new Call(sentIn, phase, response.status(),
              TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), response.body()));
          if (response.status() == 201) {
            numbers.add(response.json().get("number").asText());
          }
        }
        return null;
      }));
    }
    try {
      await().atMost(Duration.ofSeconds(60)).until(() -> numbers.size() >= 10);
      // the history of incidents running now: nothing of it may go
      Map<String, Long> runningHistory = new TreeMap<>();
      for (String number : numbers) {
        runningHistory.put(number, historyRows(processInstance(number).getId()));
      }

      // When the history cleanup runs now (Cockpit's "clean up now": outside the nightly window)
      phase = Phase.CLEANING;
      Instant cleanupStarted = Instant.now();
      historyService.cleanUpHistoryAsync(true);
      await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() ->
          historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROBE).finished().count() == 0
              && historyService.createHistoricVariableInstanceQuery()
                  .processInstanceIdIn(finished.toArray(String[]::new)).count() == 0);
      Duration cleanup = Duration.between(cleanupStarted, Instant.now());
      phase = Phase.AFTER;
      int reportedBefore = numbers.size();
      await().atMost(Duration.ofSeconds(60)).until(() -> numbers.size() >= reportedBefore + 5);
      reporting.set(false);
      for (Future<?> client : load) {
        client.get(60, TimeUnit.SECONDS);
      }

      // Then every report was accepted, and quickly, also while the cleanup ran
      List<Call> during = calls.stream().filter(c -> c.phase() == Phase.CLEANING).toList();
      List<Long> latencies = during.stream().map(Call::millis).sorted().toList();
      List<Long> before = calls.stream().filter(c -> c.phase() == Phase.BEFORE).map(Call::millis).sorted().toList();
      List<Job> cleanupJobs = historyService.findHistoryCleanupJobs();
      System.out.printf("reliability: history cleanup removed %d finished instances (%d variables) in %d ms"
              + " while %d reports came in (all %s); intake during cleanup p50 %d ms, p99 %d ms, max %d ms"
              + " (before it p99 %d ms); next cleanup due %s%n",
          FINISHED_PROBES, expiredVariables, cleanup.toMillis(), during.size(), statuses(calls),
          percentile(latencies, 50), percentile(latencies, 99), latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1),
          percentile(before, 99), cleanupJobs.stream().map(Job::getDuedate).max(Comparator.naturalOrder()).orElse(null));
      assertThat(calls).allSatisfy(c -> assertThat(c.status()).as(c.body()).isEqualTo(201));
      assertThat(during).filteredOn(c -> c.answeredIn() == Phase.CLEANING)
          .as("reports sent and answered while the cleanup ran").isNotEmpty();
      assertThat(Duration.ofMillis(percentile(latencies, 99))).isLessThanOrEqualTo(P99_BOUND);
      // and the cleanup, done, waits for its nightly window again (inside the window it may go on)
      LocalTime now = LocalTime.now(ZoneId.systemDefault());
      if (now.isBefore(WINDOW_START) || !now.isBefore(WINDOW_END)) {
        assertThat(cleanupJobs).isNotEmpty().allSatisfy(job -> {
          assertThat(job.getDuedate()).isAfter(new Date());
          assertThat(job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime())
              .isEqualTo(WINDOW_START);
        });
      }

      // And the expired history is gone, but nothing of what still runs
      assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(finished.get(0)).count())
          .isZero();
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(running).count()).isEqualTo(1);
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(running).count()).isEqualTo(1);
      runningHistory.forEach((number, rows) ->
          assertThat(historyRows(processInstance(number).getId())).as(number).isGreaterThanOrEqualTo(rows));
      for (String number : numbers) {
        Api.Response incident = customer.get("/api/incidents/" + number);
        assertThat(incident.status()).isEqualTo(200);
        assertThat(incident.json().get("timeline").size()).isPositive();
      }
    } finally {
      reporting.set(false);
      clients.shutdownNow();
    }
  }

  private static final String REPORT = """
      {"customerId": "acme", "installation": "prod-1", "title": "History cleanup check",
       "description": "Reported while the history cleanup runs.", "requestType": "fault",
       "productionImpact": "partial", "dataLoss": false, "workaroundAvailable": true,
       "contact": {"name": "Li Lei", "phone": "+86 10 1234 5678", "email": "li.lei@example.com"}}""";

  private HistoricProcessInstance processInstance(String number) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(IncidentProcess.KEY)
        .processInstanceBusinessKey(number).singleResult();
  }

  /** Activity instances and variables in the history of one process instance. */
  private long historyRows(String processInstanceId) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).count()
        + historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).count();
  }

  private static long percentile(List<Long> sorted, int percent) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }

  private static Map<Integer, Integer> statuses(ConcurrentLinkedQueue<Call> calls) {
    Map<Integer, Integer> byStatus = new TreeMap<>();
    calls.forEach(c -> byStatus.merge(c.status(), 1, Integer::sum));
    return byStatus;
  }
}
