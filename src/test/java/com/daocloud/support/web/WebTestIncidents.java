package com.daocloud.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.testing.Api;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** Incidents reported the way customers do (POST /api/incidents), for the webapp and engine API tests. */
public final class WebTestIncidents {

  static final Duration WAIT = Duration.ofSeconds(30);

  private WebTestIncidents() {
  }

  /** acme-user reports an incident; returns its number. */
  public static String report(int port, String productionImpact, String title) {
    Api.Response created = Api.as(port, "acme-user").post("/api/incidents", """
        {"customerId": "acme", "installation": "prod-1", "title": "%s",
         "description": "The API server does not answer.", "requestType": "fault", "productionImpact": "%s",
         "dataLoss": false, "workaroundAvailable": false,
         "contact": {"name": "Li Lei", "phone": "+86 10 1234 5678", "email": "li.lei@example.com"}}"""
        .formatted(title, productionImpact));
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
}
