package com.daocloud.support.incident.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.daocloud.support.incident.TimelineEntry;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.process.IncidentProcess.Values;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import com.daocloud.support.incident.process.IncidentProcessFixture.Report;
import com.daocloud.support.incident.process.IncidentProcessFixture.Reported;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * "Handle response breach": the duty supervisor records what they did, and the complete listener
 * {@code breachActionListener} writes it to the staff timeline. The test deploys the model as it is with that
 * listener on the task (added here when the model does not carry it yet), so it holds before and after the
 * model names it; instances start on that deployment, not on the class's.
 */
class ResponseBreachProcessTest extends IncidentProcessTestCase {

  private static final String LISTENER = "${breachActionListener}";

  private RepositoryService repository;
  private TaskService tasks;
  private String deploymentId;
  private String definitionId;

  @BeforeEach
  void deployModelWithBreachListener() {
    repository = extension.getRepositoryService();
    tasks = extension.getTaskService();
    deploymentId = repository.createDeployment().name("breach-listener")
        .addModelInstance("incident-handling.bpmn", withBreachListener())
        .addClasspathResource("bpmn/form-handle-response-breach.form").deploy().getId();
    definitionId = repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getId();
  }

  @AfterEach
  void removeDeployment() {
    repository.deleteDeployment(deploymentId, true);
  }

  @Test
  @DisplayName("RSP-3: the supervisor's action and note go to the staff timeline, which the customer's view leaves out; the task ends")
  void actionIsRecordedForStaffOnly() {
    // Given a breached incident waiting for the duty supervisor
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED));
    ProcessInstance pi = waitingForSupervisor(reported);
    Task breach = task(Elements.TASK_HANDLE_RESPONSE_BREACH, pi);
    tasks.claim(breach.getId(), "sue");

    // When she records that she called the customer
    tasks.complete(breach.getId(), Map.of(Vars.BREACH_ACTION, Values.BREACH_CALLED_CUSTOMER,
        Vars.BREACH_NOTE, "Li Lei is called back by the on-call engineer within 10 minutes."));

    // Then the staff timeline says so in words, and the customer's view of the timeline leaves it out
    TimelineEntry entry = last(reported);
    assertThat(entry.event()).isEqualTo(TimelineEvent.RESPONSE_BREACH_HANDLED.code());
    assertThat(entry.detail()).isEqualTo("Response deadline missed; the duty supervisor sue called the customer:"
        + " Li Lei is called back by the on-call engineer within 10 minutes.");
    assertThat(entry.internal()).isTrue();
    assertThat(IncidentProcessFixture.store().timeline(reported.id(), false)).extracting(TimelineEntry::event)
        .doesNotContain(TimelineEvent.RESPONSE_BREACH_HANDLED.code());
    // and the breach path ends, leaving no outcome behind on the instance, which waits for the first contact
    assertThat(pi).hasPassed(Elements.TASK_HANDLE_RESPONSE_BREACH).isWaitingAtExactly(Elements.TASK_CONTACT_CUSTOMER);
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys(Vars.BREACH_ACTION, Vars.BREACH_NOTE);
  }

  @Test
  @DisplayName("RSP-3: an action without a note is recorded as the action alone")
  void actionWithoutNote() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(2));
    ProcessInstance pi = waitingForSupervisor(reported);
    Task breach = task(Elements.TASK_HANDLE_RESPONSE_BREACH, pi);
    tasks.claim(breach.getId(), "sue");

    tasks.complete(breach.getId(), Map.of(Vars.BREACH_ACTION, Values.BREACH_ESCALATED, Vars.BREACH_NOTE, " "));

    assertThat(last(reported).detail())
        .isEqualTo("Response deadline missed; the duty supervisor sue escalated it to a support manager.");
  }

  @Test
  @DisplayName("RSP-3: an unknown action, no action, or \"other\" without a note is refused; the task stays open and nothing is recorded")
  void unknownActionIsRefused() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED));
    ProcessInstance pi = waitingForSupervisor(reported);
    Task breach = task(Elements.TASK_HANDLE_RESPONSE_BREACH, pi);
    int before = timeline(reported).size();

    assertThatThrownBy(() -> tasks.complete(breach.getId(), Map.of(Vars.BREACH_ACTION, "prayed")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Task_HandleResponseBreach: breachAction must be one of called-customer, reassigned,"
            + " escalated, other");
    assertThatThrownBy(() -> tasks.complete(breach.getId()))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("breachAction must be one of");
    Map<String, Object> otherWithoutNote = new HashMap<>();
    otherWithoutNote.put(Vars.BREACH_ACTION, Values.BREACH_OTHER);
    otherWithoutNote.put(Vars.BREACH_NOTE, null);
    assertThatThrownBy(() -> tasks.complete(breach.getId(), otherWithoutNote))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("breachNote is required when breachAction is other");
    assertThatThrownBy(() -> tasks.complete(breach.getId(), Map.of(Vars.BREACH_ACTION, Values.BREACH_REASSIGNED,
        Vars.BREACH_NOTE, "x".repeat(BreachActionListener.MAX_NOTE + 1))))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("breachNote must be at most 2000 characters");

    assertThat(pi).isWaitingAt(Elements.TASK_HANDLE_RESPONSE_BREACH);
    assertThat(timeline(reported)).hasSize(before);
  }

  @Test
  @DisplayName("Every action the form offers is accepted and has its words in the timeline; the form's note fits")
  void everyActionHasWords() throws IOException {
    JsonNode form = new ObjectMapper().readTree(new File("bpmn/form-handle-response-breach.form"));
    for (JsonNode field : form.path("components")) {
      if (Vars.BREACH_ACTION.equals(field.path("key").asText())) {
        field.path("values").forEach(v -> {
          assertThat(BreachActionListener.problems(v.path("value").asText(), "note")).isEmpty();
          assertThat(TimelineEvent.RESPONSE_BREACH_HANDLED.variants()).contains(v.path("value").asText());
        });
      }
      if (Vars.BREACH_NOTE.equals(field.path("key").asText())) {
        assertThat(field.path("validate").path("maxLength").asInt()).isEqualTo(BreachActionListener.MAX_NOTE);
      }
    }
  }

  /**
   * An instance of this test's deployment as the deadline's timer leaves it: at the supervisor's task, with the
   * contact task still open.
   */
  private ProcessInstance waitingForSupervisor(Reported reported) {
    return runtime.createProcessInstanceById(definitionId).businessKey(reported.number())
        .setVariables(reported.variables()).startBeforeActivity(Elements.TASK_CONTACT_CUSTOMER)
        .startBeforeActivity(Elements.TASK_HANDLE_RESPONSE_BREACH).execute();
  }

  private static TimelineEntry last(Reported reported) {
    List<TimelineEntry> timeline = timeline(reported);
    return timeline.get(timeline.size() - 1);
  }

  /** The model file, with the complete listener on "Handle response breach" unless it already has it. */
  private static BpmnModelInstance withBreachListener() {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File(IncidentProcess.RESOURCE));
    UserTask task = model.getModelElementById(Elements.TASK_HANDLE_RESPONSE_BREACH);
    boolean named = task.getExtensionElements() != null && task.getExtensionElements()
        .getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
        .anyMatch(l -> LISTENER.equals(l.getCamundaDelegateExpression()));
    if (!named) {
      if (task.getExtensionElements() == null) {
        task.setExtensionElements(model.newInstance(ExtensionElements.class));
      }
      CamundaTaskListener listener = task.getExtensionElements().addExtensionElement(CamundaTaskListener.class);
      listener.setCamundaDelegateExpression(LISTENER);
      listener.setCamundaEvent(TaskListener.EVENTNAME_COMPLETE);
    }
    return model;
  }
}
