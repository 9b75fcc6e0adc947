package com.daocloud.support.s360.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.s360.S360TestCustomers;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Incidents reported during a customer's critical phase, on the whole application. */
@IntegrationTest
class CriticalEventIncidentIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  CustomerService customers;

  @Autowired
  TaskService taskService;

  @Test
  @DisplayName("SVC-2, L12-3: a Level 1 incident on a cluster inside the customer's critical window is flagged critical-event"
      + " and its Level 1 notice also goes to the dedicated team; an incident on another cluster is not")
  void incidentInsideTheWindow() {
    // Given an S360 customer under extended maintenance whose dedicated team is 'success', with a peak on prod-1
    // that opened an hour ago and lasts a day
    String customer = S360TestCustomers.createUnderEam(port, identityService, customers, "cri", "premium",
        "\"SNS\", \"S360\"", "dce", "prod-1:5.0.7", "prod-2:5.0.7");
    Api.Response team = Api.as(port, "demo").put("/api/customers/" + customer + "/s360-team",
        "{\"members\": [\"success\"]}");
    assertThat(team.status()).as(team.body()).isEqualTo(200);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Api own = Api.as(port, customer + "-user");
    Api.Response window = own.post("/api/critical-events", """
        {"customerId": "%s", "installations": ["prod-1"], "kind": "peak", "from": "%s", "to": "%s",
         "description": "Year-end sales peak"}""".formatted(customer, now.minus(1, ChronoUnit.HOURS),
        now.plus(1, ChronoUnit.DAYS)));
    assertThat(window.status()).as(window.body()).isEqualTo(201);

    // When the customer reports a production outage without a workaround on prod-1, and one on prod-2
    String inside = report(own, customer, "prod-1");
    String outside = report(own, customer, "prod-2");

    // Then the customer reads the first as a critical-event incident, with the timeline saying why
    JsonNode flagged = own.get("/api/incidents/" + inside).json();
    assertThat(flagged.get("level").asInt()).isEqualTo(1);
    assertThat(flagged.get("criticalEvent").asBoolean()).isTrue();
    assertThat(StreamSupport.stream(flagged.get("timeline").spliterator(), false))
        .filteredOn(entry -> entry.get("event").asText().equals("critical-event"))
        .singleElement().satisfies(entry -> assertThat(entry.get("detail").asText())
            .startsWith("Reported during the peak period registered for this cluster (Year-end sales peak, "));
    // And the dedicated team member is a candidate of its Level 1 notice
    assertThat(candidateUsers(awaitTask(inside, Elements.TASK_NOTE_LEVEL1))).contains("success");

    // And the incident on prod-2, outside every window, is an ordinary one
    JsonNode ordinary = own.get("/api/incidents/" + outside).json();
    assertThat(ordinary.get("criticalEvent").asBoolean()).isFalse();
    assertThat(ordinary.get("timeline").findValuesAsText("event")).doesNotContain("critical-event");
    assertThat(candidateUsers(awaitTask(outside, Elements.TASK_NOTE_LEVEL1))).doesNotContain("success");
  }

  private static String report(Api api, String customer, String cluster) {
    Api.Response created = api.post("/api/incidents", """
        {"customerId": "%s", "installation": "%s", "title": "Checkout down during the peak",
         "description": "The API server does not answer.", "requestType": "fault", "productionImpact": "outage",
         "dataLoss": false, "workaroundAvailable": false,
         "contact": {"name": "Li Lei", "phone": "+86 10 1234 5678", "email": "li.lei@example.com"}}"""
        .formatted(customer, cluster));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("number").asText();
  }

  private Task awaitTask(String number, String taskKey) {
    return await().atMost(WAIT).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(taskKey).singleResult(), task -> task != null);
  }

  private List<String> candidateUsers(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getUserId)
        .filter(user -> user != null).toList();
  }
}
