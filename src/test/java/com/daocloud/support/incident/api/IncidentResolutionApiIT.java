package com.daocloud.support.incident.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.incident.mail.IncidentMailProcess;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The customer loop to closure on the whole application (embedded PostgreSQL), through the API. */
@IntegrationTest
class IncidentResolutionApiIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  ManagementService managementService;

  @Autowired
  ProcessEngine processEngine;

  @Test
  @DisplayName("CLS-1, CLS-3, CUS-2: report → contact → need-information → answer → solution → accepted: closed as resolved and still readable")
  void wholeLoopToResolved() {
    // Given acme reports a Level 3 fault and customer service makes the first contact
    String number = report();
    complete("service", awaitTask(number, Elements.TASK_CONTACT_CUSTOMER), "{}");

    // When the engineer asks for information
    complete("engineer", awaitTask(number, Elements.TASK_RESOLVE_INCIDENT), """
        {"variables": {"outcome": {"value": "need-information"},
                       "informationRequested": {"value": "Which storage class do the pods use?"}}}""");

    // Then the customer sees that support waits for it, and the question
    JsonNode waiting = get(number);
    assertThat(waiting.get("status").asText()).isEqualTo("awaiting-customer");
    assertThat(last(waiting).get("event").asText()).isEqualTo("information-requested");
    assertThat(last(waiting).get("detail").asText()).contains("Which storage class", "7 days");
    assertThat(post(number, "closure-response", "{\"accepted\": true}").status()).isEqualTo(409);

    // When the customer answers
    Api.Response answered = post(number, "information", "{\"text\": \"local-path\"}");

    // Then the answer is in the timeline and the engineer has the incident again
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    assertThat(answered.json().get("status").asText()).isEqualTo("open");
    assertThat(last(answered.json()).get("detail").asText()).contains("local-path");
    assertThat(post(number, "information", "{\"text\": \"again\"}").status()).isEqualTo(409);

    // When the engineer proposes a countermeasure and the customer accepts it
    complete("engineer", awaitTask(number, Elements.TASK_RESOLVE_INCIDENT), """
        {"variables": {"outcome": {"value": "solution"}, "resolutionType": {"value": "countermeasure"},
                       "solutionSummary": {"value": "Switch to the hwameistor storage class"}}}""");
    assertThat(get(number).get("status").asText()).isEqualTo("solution-proposed");
    Api.Response accepted = post(number, "closure-response", "{\"accepted\": true, \"comment\": \"Works\"}");

    // Then it is closed as resolved, and a closed incident stays readable through the API (CLS-3)
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    JsonNode closed = get(number);
    assertThat(closed.get("status").asText()).isEqualTo("closed");
    assertThat(closed.get("closureCode").asText()).isEqualTo("resolved");
    assertThat(closed.get("resolution").get("type").asText()).isEqualTo("countermeasure");
    assertThat(closed.get("resolution").get("summary").asText()).isEqualTo("Switch to the hwameistor storage class");
    assertThat(closed.get("timeline").findValuesAsText("event")).containsSubsequence("reported", "contacted",
        "information-requested", "information-provided", "solution-proposed", "closed");
    assertThat(Api.as(port, "acme-user").get("/api/incidents?status=closed").json().findValuesAsText("number"))
        .contains(number);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isZero();
    assertThat(post(number, "closure-response", "{\"accepted\": true}").status()).isEqualTo(409);
  }

  @Test
  @DisplayName("CLS-4: the customer's answer and the wait's timer at the same moment: exactly one outcome, and the API says which")
  void answerAndTimerRace() throws Exception {
    int answerWon = 0;
    int timerWon = 0;
    for (int round = 0; round < 5; round++) {
      // Given an incident waiting for information
      String number = report();
      complete("service", awaitTask(number, Elements.TASK_CONTACT_CUSTOMER), "{}");
      complete("engineer", awaitTask(number, Elements.TASK_RESOLVE_INCIDENT), """
          {"variables": {"outcome": {"value": "need-information"}, "informationRequested": {"value": "Logs?"}}}""");
      Job timer = await().atMost(WAIT).until(() -> managementService.createJobQuery()
          .processInstanceId(processInstanceId(number)).activityId(Elements.TIMER_INFORMATION_WAIT).singleResult(),
          job -> job != null);

      // When the timer fires while the customer answers
      CyclicBarrier start = new CyclicBarrier(2);
      CompletableFuture<Boolean> fired = CompletableFuture.supplyAsync(() -> {
        meet(start);
        try {
          managementService.executeJob(timer.getId());
          return true;
        } catch (RuntimeException lost) {
          return false;
        }
      });
      CompletableFuture<Integer> answer = CompletableFuture.supplyAsync(() -> {
        meet(start);
        return post(number, "information", "{\"text\": \"here\"}").status();
      });
      int status = answer.get(60, TimeUnit.SECONDS);
      boolean timerFired = fired.get(60, TimeUnit.SECONDS);

      // Then exactly one of them happened: in the incident's state, its timeline and the process
      JsonNode incident = get(number);
      List<String> events = incident.get("timeline").findValuesAsText("event");
      String processInstanceId = historicProcessInstanceId(number);
      if (status == 200) {
        answerWon++;
        assertThat(timerFired).as("the timer fired although the answer won").isFalse();
        assertThat(incident.get("status").asText()).isEqualTo("open");
        assertThat(events).doesNotContain("closed")
            .filteredOn("information-provided"::equals).hasSize(1);
        assertThat(managementService.createJobQuery().jobId(timer.getId()).count()).isZero();
        assertThat(awaitTask(number, Elements.TASK_RESOLVE_INCIDENT)).isNotNull();
        assertThat(ended(processInstanceId, Elements.END_INCIDENT_CLOSED)).isZero();
      } else {
        timerWon++;
        assertThat(status).isEqualTo(409);
        assertThat(timerFired).as("the answer was refused although the timer did not fire").isTrue();
        assertThat(incident.get("closureCode").asText()).isEqualTo("cancelled-by-customer");
        assertThat(events).doesNotContain("information-provided")
            .filteredOn("closed"::equals).hasSize(1);
        assertThat(ended(processInstanceId, Elements.END_INCIDENT_CLOSED)).isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count())
            .isZero();
      }
      assertThat(ended(processInstanceId, Elements.MESSAGE_INFORMATION_PROVIDED)
          + ended(processInstanceId, Elements.TIMER_INFORMATION_WAIT)).as("one of the two, once").isEqualTo(1);
    }
    System.out.printf("reliability: %d answer-vs-timer races -> the answer won %d, the timer won %d, never both%n",
        answerWon + timerWon, answerWon, timerWon);
  }

  @Test
  @DisplayName("CLS-1: closure-response and information refuse bad input with a named field")
  void badAnswersAreRefused() {
    String number = report();
    Api.Response noText = post(number, "information", "{\"text\": \" \"}");
    assertThat(noText.status()).isEqualTo(400);
    assertThat(noText.json().get("errors").findValuesAsText("field")).containsExactly("text");
    Api.Response noAnswer = post(number, "closure-response", "{\"comment\": \"?\"}");
    assertThat(noAnswer.status()).isEqualTo(400);
    assertThat(noAnswer.json().get("errors").findValuesAsText("field")).containsExactly("accepted");
    assertThat(Api.as(port, "globex-user").post("/api/incidents/" + number + "/information", "{\"text\": \"x\"}")
        .status()).isEqualTo(404);
    assertThat(post(number, "closure-response", "{\"accepted\": false}").status()).isEqualTo(409);
  }

  @Test
  @DisplayName("CLS-1: customer service records the customer's acceptance taken by phone: the timeline names who answered, how, and who recorded it, and the incident closes as resolved")
  void acceptanceTakenByPhone() {
    // Given a proposed solution
    String number = proposedSolution();

    // When customer service records that Li Lei accepted it on the phone
    Api.Response accepted = Api.as(port, "service").post("/api/incidents/" + number + "/closure-response",
        "{\"accepted\": true, \"channel\": \"phone\", \"contactName\": \"Li Lei\"}");

    // Then the customer reads who agreed and how, before the closure
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    JsonNode closed = get(number);
    assertThat(closed.get("closureCode").asText()).isEqualTo("resolved");
    assertThat(closed.get("timeline").findValuesAsText("event")).containsSubsequence("solution-proposed",
        "solution-accepted", "closed");
    assertThat(entries(closed, "solution-accepted")).containsExactly(
        "The customer accepted the proposed solution (answered by Li Lei by phone, recorded by service).");

    // And a late second answer is refused and leaves no trace
    assertThat(Api.as(port, "service").post("/api/incidents/" + number + "/closure-response",
        "{\"accepted\": true, \"channel\": \"email\"}").status()).isEqualTo(409);
    assertThat(entries(get(number), "solution-accepted")).hasSize(1);
  }

  @Test
  @DisplayName("CLS-1: the customer's own answers are recorded as given online by its user: an objection names who objected, the next acceptance who agreed")
  void ownAnswersOnline() {
    // Given a proposed solution that the customer's user objects to
    String number = proposedSolution();
    Api.Response objected = post(number, "closure-response", "{\"accepted\": false, \"comment\": \"Still restarts\"}");
    assertThat(objected.status()).as(objected.body()).isEqualTo(200);
    assertThat(entries(objected.json(), "solution-rejected")).singleElement().asString()
        .startsWith("The customer does not accept the proposed solution (answered online by acme-user): Still restarts");

    // When a second solution is proposed and the same user accepts it
    complete("engineer", awaitTask(number, Elements.TASK_RESOLVE_INCIDENT), """
        {"variables": {"outcome": {"value": "solution"}, "resolutionType": {"value": "consultation"},
                       "solutionSummary": {"value": "Raise the memory limit"}}}""");
    Api.Response accepted = post(number, "closure-response", "{\"accepted\": true}");

    // Then the acceptance names the user, online
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(entries(accepted.json(), "solution-accepted")).containsExactly(
        "The customer accepted the proposed solution (answered online by acme-user).");
  }

  @Test
  @DisplayName("CLS-1: a customer's user may not give a channel and an unknown channel is a 400, nothing recorded; "
      + "staff who send the plain {accepted} are recorded as having recorded it")
  void whoAnsweredIsChecked() {
    String number = proposedSolution();
    String path = "/api/incidents/" + number + "/closure-response";

    Api.Response customerWithChannel = post(number, "closure-response", "{\"accepted\": true, \"channel\": \"phone\"}");
    Api.Response unknownChannel = Api.as(port, "service").post(path, "{\"accepted\": true, \"channel\": \"fax\"}");

    assertThat(customerWithChannel.status()).as(customerWithChannel.body()).isEqualTo(400);
    assertThat(customerWithChannel.json().get("errors").findValuesAsText("field")).containsExactly("channel");
    assertThat(unknownChannel.status()).as(unknownChannel.body()).isEqualTo(400);
    assertThat(unknownChannel.json().get("errors").get(0).get("message").asText()).contains("phone, email, in-person");
    JsonNode still = get(number);
    assertThat(still.get("status").asText()).isEqualTo("solution-proposed");
    assertThat(entries(still, "solution-accepted")).isEmpty();

    Api.Response staffWithoutChannel = Api.as(port, "engineer").post(path, "{\"accepted\": true}");
    assertThat(staffWithoutChannel.status()).as(staffWithoutChannel.body()).isEqualTo(200);
    assertThat(entries(get(number), "solution-accepted")).singleElement().asString().contains("recorded by engineer");
  }

  @Test
  @DisplayName("L12-7: the customer asks for e-mail updates; without a reachable mail server the incident still goes on and the mail waits in its own job")
  void subscriptionAndUnreachableMailServer() {
    String number = report();
    assertThat(Api.as(port, "globex-user").put("/api/incidents/" + number + "/subscription",
        "{\"email\": \"ops@globex.example\", \"enabled\": true}").status()).isEqualTo(404);
    Api.Response invalid = Api.as(port, "acme-user").put("/api/incidents/" + number + "/subscription",
        "{\"email\": \"not-an-address\", \"enabled\": true}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().get("errors").findValuesAsText("field")).containsExactly("email");

    Api.Response subscribed = Api.as(port, "acme-user").put("/api/incidents/" + number + "/subscription",
        "{\"email\": \"ops@acme.example\", \"enabled\": true}");
    assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(200);
    assertThat(get(number).get("emailUpdates").get("email").asText()).isEqualTo("ops@acme.example");

    complete("service", awaitTask(number, Elements.TASK_CONTACT_CUSTOMER), "{}");
    complete("engineer", awaitTask(number, Elements.TASK_RESOLVE_INCIDENT), """
        {"variables": {"outcome": {"value": "need-information"}, "informationRequested": {"value": "Logs?"}}}""");

    assertThat(get(number).get("status").asText()).isEqualTo("awaiting-customer");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(IncidentMailProcess.KEY)
        .processInstanceBusinessKey(number).count()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"g:attacker@evil.example,postmaster;", "ops@acme.example, attacker@evil.example",
      "Ops <attacker@evil.example>", "<ops@acme.example>", "postmaster", "ops@localhost", "ops@[127.0.0.1]",
      "opş@acme.example", "ops@acme.example\r\nBcc: attacker@evil.example"})
  @DisplayName("Finding 7 (L12-7): an update subscription names exactly one mailbox the mailer accepts; groups, lists, display names and addresses the mailer would refuse are 400 naming email")
  void subscriptionIsOneMailbox(String address) {
    String number = report();

    Api.Response refused = Api.as(port, "acme-user").put("/api/incidents/" + number + "/subscription",
        "{\"email\": " + com.fasterxml.jackson.databind.node.TextNode.valueOf(address).toString() + ", \"enabled\": true}");

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("email");
    assertThat(get(number).get("emailUpdates").get("email").isNull()).isTrue();
  }

  @Test
  @DisplayName("L12-6: through /engine-rest an engineer may not drop a Level 1 task; the duty supervisor may take it away")
  void levelOneTaskReassignmentNeedsASupervisor() {
    String number = Api.as(port, "acme-user").post("/api/incidents", body("outage")).json().get("number").asText();
    complete("service", awaitTask(number, Elements.TASK_CONTACT_CUSTOMER), "{}");
    Task resolve = awaitTask(number, Elements.TASK_RESOLVE_INCIDENT);
    assertThat(Api.as(port, "engineer").post("/engine-rest/task/" + resolve.getId() + "/claim",
        "{\"userId\": \"engineer\"}").status()).isEqualTo(204);

    Api.Response dropped = Api.as(port, "engineer").post("/engine-rest/task/" + resolve.getId() + "/unclaim", "{}");

    assertThat(dropped.status()).as(dropped.body()).isEqualTo(403);
    assertThat(dropped.body()).contains("L12-6");
    assertThat(taskService.createTaskQuery().taskId(resolve.getId()).singleResult().getAssignee()).isEqualTo("engineer");
    assertThat(Api.as(port, "supervisor").post("/engine-rest/task/" + resolve.getId() + "/unclaim", "{}").status())
        .isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(resolve.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  @DisplayName("CLS-3: the engine cleans history up after its time to live only in the nightly window 01:00-05:00")
  void historyCleanupWindow() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("incident-handling")
        .latestVersion().singleResult().getHistoryTimeToLive()).isEqualTo(730);
  }

  // ---------------------------------------------------------------- helpers

  /** An acme incident whose engineer proposed a countermeasure: it waits for the customer's response. */
  private String proposedSolution() {
    String number = report();
    complete("service", awaitTask(number, Elements.TASK_CONTACT_CUSTOMER), "{}");
    complete("engineer", awaitTask(number, Elements.TASK_RESOLVE_INCIDENT), """
        {"variables": {"outcome": {"value": "solution"}, "resolutionType": {"value": "countermeasure"},
                       "solutionSummary": {"value": "Switch to the hwameistor storage class"}}}""");
    assertThat(get(number).get("status").asText()).isEqualTo("solution-proposed");
    return number;
  }

  /** The details of the timeline's entries of one event, oldest first. */
  private static List<String> entries(JsonNode detail, String event) {
    List<String> details = new java.util.ArrayList<>();
    detail.get("timeline").forEach(entry -> {
      if (entry.get("event").asText().equals(event)) {
        details.add(entry.get("detail").asText());
      }
    });
    return details;
  }

  private String report() {
    Api.Response created = Api.as(port, "acme-user").post("/api/incidents", body("partial"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("number").asText();
  }

  private static String body(String impact) {
    return """
        {"customerId": "acme", "installation": "prod-1", "title": "Pods restart",
         "description": "Pods of one namespace restart.", "requestType": "fault", "productionImpact": "%s",
         "dataLoss": false, "workaroundAvailable": false,
         "contact": {"name": "Li Lei", "phone": "+86 10 1234 5678", "email": "li.lei@example.com"}}"""
        .formatted(impact);
  }

  private Api.Response post(String number, String action, String json) {
    return Api.as(port, "acme-user").post("/api/incidents/" + number + "/" + action, json);
  }

  private JsonNode get(String number) {
    Api.Response response = Api.as(port, "acme-user").get("/api/incidents/" + number);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static JsonNode last(JsonNode detail) {
    JsonNode timeline = detail.get("timeline");
    return timeline.get(timeline.size() - 1);
  }

  private void complete(String user, Task task, String json) {
    Api.Response completed = Api.as(port, user).post("/engine-rest/task/" + task.getId() + "/complete", json);
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
  }

  private String processInstanceId(String number) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey("incident-handling").singleResult().getId();
  }

  private String historicProcessInstanceId(String number) {
    return processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey("incident-handling").singleResult().getId();
  }

  /** How many times the process passed the element (finished activity instances). */
  private long ended(String processInstanceId, String activityId) {
    return processEngine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId).activityId(activityId).finished().count();
  }

  private Task awaitTask(String number, String taskKey) {
    return await().atMost(WAIT).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(taskKey).singleResult(), task -> task != null);
  }

  private static void meet(CyclicBarrier barrier) {
    try {
      barrier.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
