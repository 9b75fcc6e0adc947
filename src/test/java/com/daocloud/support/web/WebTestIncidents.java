package com.daocloud.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.change.process.ChangeControlProcess;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.testing.Api;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/** Incidents reported the way customers do (POST /api/incidents), for the webapp and engine API tests. */
public final class WebTestIncidents {

  static final Duration WAIT = Duration.ofSeconds(30);

  private WebTestIncidents() {
  }

  /** acme-user reports an incident; returns its number. */
  public static String report(int port, String productionImpact, String title) {
    return report(port, "acme-user", "acme", productionImpact, title);
  }

  /** {@code user} reports an incident of {@code customer}'s cluster prod-1, a fault; returns its number. */
  public static String report(int port, String user, String customer, String productionImpact, String title) {
    Api.Response created = Api.as(port, user).post("/api/incidents", """
        {"customerId": "%s", "installation": "prod-1", "title": "%s",
         "description": "The API server does not answer.", "requestType": "fault", "productionImpact": "%s",
         "dataLoss": false, "workaroundAvailable": false,
         "contact": {"name": "Li Lei", "phone": "+86 10 1234 5678", "email": "li.lei@example.com"}}"""
        .formatted(customer, title, productionImpact));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("number").asText();
  }

  static JsonNode incident(int port, String number) {
    Api.Response response = Api.as(port, "acme-user").get("/api/incidents/" + number);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  public static Task awaitTask(TaskService tasks, String number, String taskKey) {
    return await().atMost(WAIT).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(taskKey).singleResult(), task -> task != null);
  }

  static String processInstanceId(RuntimeService runtime, String number) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
  }

  /** Fires the incident's response deadline timer now, as if the deadline had passed unanswered. */
  static void fireResponseDeadline(ManagementService jobs, RuntimeService runtime, String number) {
    Job deadline = jobs.createJobQuery().processInstanceId(processInstanceId(runtime, number))
        .activityId(Elements.TIMER_RESPONSE_DUE).singleResult();
    jobs.executeJob(deadline.getId());
  }

  /** acme-user asks for a production change 40 days out; returns the engineers' task to write its plan. */
  static Task changePlanTask(int port, TaskService tasks) {
    String plannedAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(40).withNano(0).toString();
    Api.Response created = Api.as(port, "acme-user").post("/api/change-requests", """
        {"customerId": "acme", "changeType": "production-change", "plannedAt": "%s", "description": "Upgrade"}"""
        .formatted(plannedAt));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String change = created.json().get("number").asText();
    return await().atMost(WAIT).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(change)
        .processDefinitionKey(ChangeControlProcess.KEY).singleResult(), task -> task != null);
  }
}
