package com.daocloud.support.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.mail.IncidentMailProcess;
import com.daocloud.support.incident.process.IncidentProcess;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Reliability: many people (or one impatient client retrying) complete the same task at
 * the same moment. Exactly one completion wins; every other caller is told 409 (never a 500), and the
 * process, the timeline and the customer's e-mail updates move once.
 */
@IntegrationTest
class ConcurrentTaskCompletionIT {

  private static final int CALLERS = 50;
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String NEED_INFORMATION = """
      {"variables": {"outcome": {"value": "need-information"},
                     "informationRequested": {"value": "Which kernel version do the nodes run?"}}}""";

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  HistoryService historyService;

  @Autowired
  ManagementService managementService;

  @RepeatedTest(value = 3, name = "{displayName} (round {currentRepetition})")
  @DisplayName("CUS-2, L12-7: 50 concurrent completions of one task: one 204, 49 x 409; the process, the timeline and the mail move once")
  void fiftyConcurrentCompletionsOfOneTask() throws Exception {
    // Given an incident whose customer asked for e-mail updates, at the engineer's resolve task
    Api.Response created = Api.as(port, "acme-user").post("/api/incidents", """
        {"customerId": "acme", "installation": "prod-1", "title": "Nodes reboot",
         "description": "Worker nodes reboot at random.", "requestType": "fault", "productionImpact": "partial",
         "dataLoss": false, "workaroundAvailable": false,
         "contact": {"name": "Li Lei", "phone": "+86 10 1234 5678", "email": "li.lei@example.com"}}""");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String number = created.json().get("number").asText();
    assertThat(Api.as(port, "acme-user").put("/api/incidents/" + number + "/subscription",
        "{\"email\": \"ops@acme.example\", \"enabled\": true}").status()).isEqualTo(200);
    Task contact = awaitTask(number, Elements.TASK_CONTACT_CUSTOMER);
    assertThat(Api.as(port, "service").post("/engine-rest/task/" + contact.getId() + "/complete", "{}")
        .status()).isEqualTo(204);
    Task resolve = awaitTask(number, Elements.TASK_RESOLVE_INCIDENT);
    long mailsBefore = mails(number);

    // When 50 callers complete it at the same moment as the engineer (Tasklist's REST call)
    ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Api.Response>> calls = new ArrayList<>();
    Api engineer = Api.as(port, "engineer");
    for (int i = 0; i < CALLERS; i++) {
      calls.add(pool.submit(() -> {
        go.await();
        return engineer.post("/engine-rest/task/" + resolve.getId() + "/complete", NEED_INFORMATION);
      }));
    }
    long started = System.nanoTime();
    go.countDown();
    List<Api.Response> responses = new ArrayList<>();
    for (Future<Api.Response> call : calls) {
      responses.add(call.get(120, TimeUnit.SECONDS));
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    pool.shutdownNow();

    // Then exactly one completed it, and every other caller got a 409 (no 5xx)
    Map<Integer, Integer> byStatus = new TreeMap<>();
    responses.forEach(r -> byStatus.merge(r.status(), 1, Integer::sum));
    System.out.printf("reliability: %d concurrent completions of one task -> %s in %d ms%n",
        CALLERS, summary(byStatus), millis);
    assertThat(byStatus).containsEntry(204, 1).containsEntry(409, CALLERS - 1).hasSize(2);
    assertThat(responses).filteredOn(r -> r.status() == 409).allSatisfy(r -> {
      assertThat(r.contentType()).startsWith("application/");
      assertThat(r.json().get("status").asInt()).isEqualTo(409);
      assertThat(r.body()).doesNotContain("Exception", "org.camunda", "java.");
    });

    // And the process moved once: one completion in history, one information wait
    String processInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey(IncidentProcess.KEY).singleResult().getId();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .activityId(Elements.TASK_RESOLVE_INCIDENT).finished().count()).isEqualTo(1);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .activityId(Elements.TASK_REQUEST_INFORMATION).count()).isEqualTo(1);
    assertThat(managementService.createJobQuery().processInstanceId(processInstanceId)
        .activityId(Elements.TIMER_INFORMATION_WAIT).count()).isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(Elements.TASK_RESOLVE_INCIDENT).count()).isZero();

    // And the customer sees one request for information, and one e-mail update was queued for it
    JsonNode incident = Api.as(port, "acme-user").get("/api/incidents/" + number).json();
    assertThat(incident.get("status").asText()).isEqualTo("awaiting-customer");
    assertThat(incident.get("timeline").findValuesAsText("event"))
        .filteredOn(TimelineEvent.INFORMATION_REQUESTED.code()::equals).hasSize(1);
    assertThat(mails(number)).isEqualTo(mailsBefore + 1);

    // And a late caller still gets the 409 (the task is in the history), while a mistyped id is a 404
    assertThat(engineer.post("/engine-rest/task/" + resolve.getId() + "/complete", NEED_INFORMATION).status())
        .isEqualTo(409);
    assertThat(engineer.post("/engine-rest/task/no-such-task/complete", NEED_INFORMATION).status())
        .isEqualTo(404);
  }

  private long mails(String number) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(IncidentMailProcess.KEY)
        .processInstanceBusinessKey(number).count();
  }

  private static String summary(Map<Integer, Integer> byStatus) {
    List<String> parts = new ArrayList<>();
    byStatus.forEach((status, count) -> parts.add(count + " x " + status));
    return String.join(", ", parts);
  }

  private Task awaitTask(String number, String taskKey) {
    return await().atMost(WAIT).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(taskKey).singleResult(), task -> task != null);
  }
}
