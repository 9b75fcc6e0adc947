package com.daocloud.support.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import java.time.Duration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The people who work tasks change an incident's process only through a task's outcome: the customer's
 * name on the SLA board, the level and the other process data stay what the application recorded.
 */
@IntegrationTest
class TaskOutcomeGuardIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  @Test
  @DisplayName("Finding 14: an engineer cannot overwrite the customer's name (or any process variable) through a task's variables")
  void taskVariablesAreNotWritable() {
    String number = report();
    Task contact = awaitTask(number, Elements.TASK_CONTACT_CUSTOMER);
    Object name = runtimeService.getVariable(contact.getProcessInstanceId(), Vars.CUSTOMER_NAME);
    Object level = runtimeService.getVariable(contact.getProcessInstanceId(), Vars.LEVEL);
    Api engineer = Api.as(port, "engineer");
    assertThat(engineer.post("/engine-rest/task/" + contact.getId() + "/claim", "{\"userId\": \"engineer\"}").status())
        .isEqualTo(204);

    Api.Response put = engineer.put("/engine-rest/task/" + contact.getId() + "/variables/" + Vars.CUSTOMER_NAME,
        "{\"value\": \"Evil Corp.\", \"type\": \"String\"}");
    Api.Response modify = engineer.post("/engine-rest/task/" + contact.getId() + "/variables",
        "{\"modifications\": {\"" + Vars.LEVEL + "\": {\"value\": 4, \"type\": \"Integer\"}}}");
    Api.Response local = engineer.put("/engine-rest/task/" + contact.getId() + "/localVariables/" + Vars.LEVEL,
        "{\"value\": 2, \"type\": \"Integer\"}");

    assertThat(put.status()).as(put.body()).isEqualTo(403);
    assertThat(modify.status()).as(modify.body()).isEqualTo(403);
    assertThat(local.status()).as(local.body()).isEqualTo(403);
    assertThat(runtimeService.getVariable(contact.getProcessInstanceId(), Vars.CUSTOMER_NAME)).isEqualTo(name);
    assertThat(runtimeService.getVariable(contact.getProcessInstanceId(), Vars.LEVEL)).isEqualTo(level);
    assertThat(taskService.getVariableLocal(contact.getId(), Vars.LEVEL)).isNull();
  }

  @Test
  @DisplayName("Finding 14: completing a task carries only its outcome variables; extra ones are refused and the task stays open")
  void completionCarriesOnlyTheOutcome() {
    String number = report();
    Task contact = awaitTask(number, Elements.TASK_CONTACT_CUSTOMER);
    Api service = Api.as(port, "service");

    Api.Response extra = service.post("/engine-rest/task/" + contact.getId() + "/complete",
        "{\"variables\": {\"" + Vars.CUSTOMER_NAME + "\": {\"value\": \"Evil Corp.\"}}}");
    Api.Response viaForm = service.post("/engine-rest/task/" + contact.getId() + "/submit-form",
        "{\"variables\": {\"" + Vars.ENTITLEMENT_STATUS + "\": {\"value\": \"entitled\"}}}");

    assertThat(extra.status()).as(extra.body()).isEqualTo(403);
    assertThat(viaForm.status()).as(viaForm.body()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(contact.getId()).count()).isOne();
    assertThat(runtimeService.getVariable(contact.getProcessInstanceId(), Vars.CUSTOMER_NAME))
        .isNotEqualTo("Evil Corp.");

    // The outcome itself still completes the task (its outcome: optional support-scope booleans,
    // docs/processes.md)
    Api.Response outcome = service.post("/engine-rest/task/" + contact.getId() + "/complete",
        "{\"variables\": {\"securityRisk\": {\"value\": false}}}");
    assertThat(outcome.status()).as(outcome.body()).isEqualTo(204);
  }

  @Test
  @DisplayName("Finding 14: an administrator may still correct a task's variables")
  void administratorsMayCorrect() {
    String number = report();
    Task contact = awaitTask(number, Elements.TASK_CONTACT_CUSTOMER);

    Api.Response put = Api.as(port, "demo").put("/engine-rest/task/" + contact.getId() + "/localVariables/note",
        "{\"value\": \"checked\", \"type\": \"String\"}");

    assertThat(put.status()).as(put.body()).isEqualTo(204);
  }

  private String report() {
    Api.Response created = Api.as(port, "acme-user").post("/api/incidents", """
        {"customerId": "acme", "installation": "prod-1", "title": "Outcome guard",
         "description": "Pods restart.", "requestType": "fault", "productionImpact": "partial",
         "dataLoss": false, "workaroundAvailable": true,
         "contact": {"name": "Li Lei", "phone": "+86 10 1234 5678"}}""");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("number").asText();
  }

  private Task awaitTask(String number, String taskKey) {
    return await().atMost(WAIT).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(taskKey).singleResult(), task -> task != null);
  }
}
