package com.daocloud.support.incident.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.BreachActionListener;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.process.IncidentProcess.Values;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.web.WebTestIncidents;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the duty supervisor did about a missed response deadline is a note between staff: the staff read it in
 * the incident's timeline, the customer's timeline leaves it out.
 */
@IntegrationTest
class ResponseBreachActionIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @LocalServerPort
  int port;

  @Autowired
  BreachActionListener breachActionListener;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  ManagementService managementService;

  @Autowired
  RepositoryService repositoryService;

  @Test
  @DisplayName("RSP-3: the supervisor's action is in the staff's GET /api/incidents/{number}, not in the customer's")
  void staffSeeTheActionTheCustomerDoesNot() {
    // Given a reported incident
    String number = report();
    // When the application's listener records the supervisor's action (as on completing "Handle response breach")
    DelegateTask completed = mock(DelegateTask.class);
    when(completed.getVariable(Vars.INCIDENT_NUMBER)).thenReturn(number);
    when(completed.getVariable(Vars.BREACH_ACTION)).thenReturn(Values.BREACH_REASSIGNED);
    when(completed.getVariable(Vars.BREACH_NOTE)).thenReturn("Moved to Wang Wei, who is on call tonight.");
    when(completed.getAssignee()).thenReturn("supervisor");
    breachActionListener.notify(completed);

    // Then the staff read it, and the customer does not
    assertThat(details(get("supervisor", number))).contains("Response deadline missed; the duty supervisor"
        + " supervisor reassigned the incident: Moved to Wang Wei, who is on call tonight.");
    assertThat(events(get("acme-user", number))).isNotEmpty()
        .doesNotContain(TimelineEvent.RESPONSE_BREACH_HANDLED.code());
  }

  @Test
  @DisplayName("RSP-3: completing \"Handle response breach\" in Tasklist records the action; an unknown one is a 400 and the task stays")
  void completingTheBreachTaskRecordsTheAction() {
    // Runs once the model names the listener on the task; until then the test above covers the listener.
    assertThat(modelNamesBreachListener()).as("Task_HandleResponseBreach names breachActionListener").isTrue();

    // Given a breached incident whose supervisor task is claimed
    String number = report();
    Task breach = breach(number);
    Api supervisor = Api.as(port, "supervisor");
    assertThat(supervisor.post("/engine-rest/task/" + breach.getId() + "/claim", "{\"userId\": \"supervisor\"}")
        .status()).isEqualTo(204);

    // When the supervisor names an action the form does not offer, then one it does
    Api.Response unknown = supervisor.post("/engine-rest/task/" + breach.getId() + "/complete",
        "{\"variables\": {\"breachAction\": {\"value\": \"waited\"}}}");
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
    assertThat(unknown.body()).contains("breachAction must be one of called-customer, reassigned, escalated, other");
    Api.Response done = supervisor.post("/engine-rest/task/" + breach.getId() + "/complete",
        "{\"variables\": {\"breachAction\": {\"value\": \"called-customer\"},"
            + " \"breachNote\": {\"value\": \"Li Lei is called back now.\"}}}");
    assertThat(done.status()).as(done.body()).isEqualTo(204);

    // Then the staff timeline holds the action, the customer's does not
    assertThat(details(get("supervisor", number))).contains(
        "Response deadline missed; the duty supervisor supervisor called the customer: Li Lei is called back now.");
    assertThat(events(get("acme-user", number))).doesNotContain(TimelineEvent.RESPONSE_BREACH_HANDLED.code());
  }

  private boolean modelNamesBreachListener() {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("incident-handling")
        .latestVersion().singleResult().getId();
    UserTask task = repositoryService.getBpmnModelInstance(definitionId)
        .getModelElementById(Elements.TASK_HANDLE_RESPONSE_BREACH);
    return task.getExtensionElements() != null && task.getExtensionElements().getElementsQuery()
        .filterByType(CamundaTaskListener.class).list().stream()
        .anyMatch(listener -> "${breachActionListener}".equals(listener.getCamundaDelegateExpression()));
  }

  /** Lets the response deadline pass (its timer's job) and waits for the duty supervisor's task. */
  private Task breach(String number) {
    await().atMost(WAIT).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(Elements.TASK_CONTACT_CUSTOMER).singleResult(), task -> task != null);
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey("incident-handling").singleResult();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(Elements.TIMER_RESPONSE_DUE).singleResult().getId());
    return await().atMost(WAIT).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(Elements.TASK_HANDLE_RESPONSE_BREACH).singleResult(), task -> task != null);
  }

  private String report() {
    return WebTestIncidents.report(port, "outage", "Nobody called back");
  }

  private JsonNode get(String user, String number) {
    Api.Response response = Api.as(port, user).get("/api/incidents/" + number);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static List<String> details(JsonNode incident) {
    List<String> details = new ArrayList<>();
    incident.get("timeline").forEach(entry -> details.add(entry.path("detail").asText()));
    return details;
  }

  private static List<String> events(JsonNode incident) {
    List<String> events = new ArrayList<>();
    incident.get("timeline").forEach(entry -> events.add(entry.path("event").asText()));
    return events;
  }
}
