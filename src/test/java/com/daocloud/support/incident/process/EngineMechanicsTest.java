package com.daocloud.support.incident.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The engine behaviours the redesign of {@code incident-handling} relies on
 * (docs/design/incident-handling-redesign.md), each pinned on a tiny model under
 * {@code src/test/resources/mechanics/} before the real model depends on it. An engine upgrade that
 * changes one of them fails here, not somewhere in the incident process.
 */
class EngineMechanicsTest {

  @RegisterExtension
  ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .useProcessEngine(IncidentProcessFixture.engine()).build();

  /** Monday 2026-03-09 10:00 in Shanghai. */
  static final Instant REPORTED = OffsetDateTime.parse("2026-03-09T10:00:00+08:00").toInstant();

  RuntimeService runtime;
  TaskService tasks;
  ManagementService management;
  HistoryService history;

  @BeforeEach
  void startEngineClock() {
    BpmnAwareTests.init(extension.getProcessEngine());
    runtime = extension.getRuntimeService();
    tasks = extension.getTaskService();
    management = extension.getManagementService();
    history = extension.getHistoryService();
    ClockUtil.setCurrentTime(Date.from(REPORTED));
  }

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
    Mocks.reset();
  }

  // --- decisions in the starting transaction (plan 1.4) ---

  /** What the plan's {@code DecisionOutputs} bean does: one row of a result as a transient value. */
  public static class DecisionOutputs {
    public TypedValue transientRow(DmnDecisionResult result) {
      return Variables.objectValue(new HashMap<>(result.getSingleResult().getEntryMap()), true).create();
    }
  }

  /** Starts the decisions model as intake will: no save point, the facts transient. */
  private ProcessInstance startDecisions(Map<String, Object> seenByGlue) {
    Mocks.register("decisionOutputs", new DecisionOutputs());
    Mocks.register("recordIntakeDelegate", (JavaDelegate) execution -> {
      seenByGlue.put("responseTerms", execution.getVariable("responseTerms"));
      seenByGlue.put("responseTermsTyped", execution.getVariableTyped("responseTerms"));
    });
    return runtime.startProcessInstanceByKey("mechanics-decisions", "INC-M-1",
        Variables.createVariables().putValueTyped("productionImpact", Variables.booleanValue(true, true)));
  }

  @Test
  @Deployment(resources = {"mechanics/mechanics-decisions.bpmn", "mechanics/mechanics-level.dmn",
      "mechanics/mechanics-terms.dmn"})
  @DisplayName("A business rule task in the starting transaction (no asyncBefore on the start event) "
      + "evaluates synchronously, so the caller of startProcessInstanceByKey sees its result")
  void businessRuleTaskAnswersInTheStartingTransaction() {
    // When: the instance is started without a save point
    ProcessInstance pi = startDecisions(new HashMap<>());

    // Then: no job was created, the decided level is there when the call returns, the instance waits at
    // its first user task, and the transient fact that fed the decision was never stored
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(runtime.getVariable(pi.getId(), "level")).isEqualTo(1);
    assertThat(pi).isWaitingAt("Task_ContactCustomer");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("productionImpact").count()).isZero();
  }

  @Test
  @Deployment(resources = {"mechanics/mechanics-decisions.bpmn", "mechanics/mechanics-level.dmn",
      "mechanics/mechanics-terms.dmn"})
  @DisplayName("A business rule task's decisionResult can be mapped by an output parameter into a transient "
      + "variable that the next service task reads and that is neither at the wait state nor in the history")
  void decisionResultMapsIntoATransientVariable() {
    // Given: the glue records what it sees
    Map<String, Object> seenByGlue = new HashMap<>();

    // When
    ProcessInstance pi = startDecisions(seenByGlue);

    // Then: the glue saw the row of the matched rule, as a transient value
    assertThat(seenByGlue.get("responseTerms"))
        .isEqualTo(Map.of("responseTime", "PT30M", "channels", "phone,on-site"));
    assertThat(((TypedValue) seenByGlue.get("responseTermsTyped")).isTransient()).isTrue();
    // and neither it nor the engine's own decisionResult outlived the transaction
    assertThat(runtime.getVariables(pi.getId())).containsOnlyKeys("level");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableNameIn("responseTerms", "decisionResult").includeDeleted().count()).isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(pi.getId()).variableUpdates().list())
        .extracting(detail -> ((HistoricVariableUpdate) detail).getVariableName())
        .containsOnly("level");
  }

  @Test
  @Deployment(resources = {"mechanics/mechanics-decisions.bpmn", "mechanics/mechanics-level.dmn",
      "mechanics/mechanics-terms.dmn"})
  @DisplayName("A decision evaluated by a business rule task is a historic decision instance with the process "
      + "instance id, the activity id, its inputs and the matched rule when the history level is full")
  void decisionInstanceLinksToTheProcessInstance() {
    // When
    ProcessInstance pi = startDecisions(new HashMap<>());

    // Then: both evaluations are listed under the process instance, as Cockpit and the REST filter read them
    List<HistoricDecisionInstance> decisions = history.createHistoricDecisionInstanceQuery()
        .processInstanceId(pi.getId()).includeInputs().includeOutputs()
        .orderByEvaluationTime().asc().list();
    assertThat(decisions).extracting(HistoricDecisionInstance::getDecisionDefinitionKey,
            HistoricDecisionInstance::getActivityId, HistoricDecisionInstance::getRootProcessInstanceId)
        .containsExactlyInAnyOrder(
            tuple("mechanics-level", "Task_DecideLevel", pi.getId()),
            tuple("mechanics-terms", "Task_DecideResponseTerms", pi.getId()));
    HistoricDecisionInstance level = decisions.stream()
        .filter(d -> d.getDecisionDefinitionKey().equals("mechanics-level")).findFirst().orElseThrow();
    // the transient start fact is recorded as the decision's input, though never as a process variable
    assertThat(level.getInputs()).singleElement().satisfies(in -> assertThat(in.getValue()).isEqualTo(true));
    assertThat(level.getOutputs()).extracting(HistoricDecisionOutputInstance::getRuleId)
        .containsExactly("Rule_Level1ProductionDown");
  }

  @Test
  @DisplayName("Of the built-in history levels only full records decision evaluations and the user operation "
      + "log; audit records neither")
  void onlyFullHistoryRecordsDecisionsAndOperations() {
    for (HistoryEventTypes type
        : List.of(HistoryEventTypes.DMN_DECISION_EVALUATE, HistoryEventTypes.USER_OPERATION_LOG)) {
      assertThat(HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(type, null)).as("full, %s", type).isTrue();
      assertThat(HistoryLevel.HISTORY_LEVEL_AUDIT.isHistoryEventProduced(type, null)).as("audit, %s", type).isFalse();
    }
  }

  // --- consuming completion variables (plan 2.3) ---

  @Test
  @Deployment(resources = "mechanics/mechanics-completion.bpmn")
  @DisplayName("A complete listener sees the task's completion variables on the execution and can remove them, "
      + "so only the routing outcome is alive at the next wait state; history keeps them as deleted")
  void completeListenerConsumesCompletionVariables() {
    // Given: the listener records what it sees and removes all but the outcome
    Map<String, Object> seen = new HashMap<>();
    Mocks.register("resolutionOutcome", (TaskListener) task -> {
      seen.putAll(task.getExecution().getVariables());
      task.getExecution().removeVariables(List.of("solutionSummary", "resolutionType"));
    });
    ProcessInstance pi = runtime.startProcessInstanceByKey("mechanics-completion");

    // When: the task is completed as Tasklist or the REST API completes it
    tasks.complete(task("Task_ResolveIncident", pi).getId(), Map.of("outcome", "solution",
        "solutionSummary", "Restarted the node", "resolutionType", "workaround"));

    // Then
    assertThat(seen).containsEntry("solutionSummary", "Restarted the node").containsEntry("outcome", "solution");
    assertThat(pi).isWaitingAt("Task_ConfirmSolution");
    assertThat(runtime.getVariables(pi.getId())).containsOnlyKeys("outcome");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("solutionSummary").includeDeleted().singleResult().getState())
        .isEqualTo(HistoricVariableInstance.STATE_DELETED);
  }

  // --- re-arming the response timers (plan 2.4) ---

  @Test
  @Deployment(resources = "mechanics/mechanics-response-timer.bpmn")
  @DisplayName("recalculateJobDuedate re-reads a timeDate expression after the variable changed, "
      + "and the timer fires at the new date")
  void recalculateJobDuedateReReadsTheTimeDate() {
    // Given: the response is due in four hours
    Date fourHours = Date.from(REPORTED.plus(Duration.ofHours(4)));
    Date halfAnHour = Date.from(REPORTED.plus(Duration.ofMinutes(30)));
    ProcessInstance pi = runtime.startProcessInstanceByKey("mechanics-response-timer",
        Map.of("responseDueAt", fourHours));
    Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(fourHours);

    // When: reclassification moves the deadline and re-arms the timer from the model's expression
    runtime.setVariable(pi.getId(), "responseDueAt", halfAnHour);
    management.recalculateJobDuedate(timer.getId(), false);

    // Then: the same job is due at the new date and fires then, the contact task untouched
    assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getDuedate()).isEqualTo(halfAnHour);
    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofMinutes(31))));
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).executable().count()).isOne();
    execute(management.createJobQuery().jobId(timer.getId()).singleResult());
    assertThat(pi).isWaitingAt("Task_ContactCustomer", "Task_HandleResponseBreach");
  }

  // --- the event sub-processes (plan 1.2.1, 1.2.4) ---

  @Test
  @Deployment(resources = "mechanics/mechanics-escalation.bpmn")
  @DisplayName("An escalation thrown inside an embedded sub-process starts a non-interrupting event "
      + "sub-process of the process, and the thrower goes on")
  void escalationFromEmbeddedSubProcessStartsEventSubProcess() {
    // When
    ProcessInstance pi = runtime.startProcessInstanceByKey("mechanics-escalation");

    // Then
    assertThat(pi).isWaitingAt("Task_ResolveIncident", "Task_ConfirmOnSiteArrival");
    assertThat(pi).hasPassed("EscalationThrow_OnSite", "StartEvent_OnSiteDispatched");

    // and the on-site duty ends on its own, leaving the resolution running
    complete(task("Task_ConfirmOnSiteArrival", pi));
    assertThat(pi).isWaitingAt("Task_ResolveIncident");
  }

  @Test
  @Deployment(resources = "mechanics/mechanics-status-cycle.bpmn")
  @DisplayName("A non-interrupting R/PT1H cycle on a receive task fires hourly from the time the task began, "
      + "an unposted hour leaves a second task open, and the message ends the cycle")
  void cycleBoundaryOnReceiveTask() {
    // Given: Level 1 opened at the report time
    ProcessInstance pi = runtime.startProcessInstanceByKey("mechanics-status-cycle");
    assertThat(timerDue(pi)).isEqualTo(Date.from(REPORTED.plus(Duration.ofHours(1))));

    // When: two hours pass, nobody posts the first update, and the second hour fires a quarter late
    // (job executor lag)
    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofHours(1))));
    execute(management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult());
    assertThat(timerDue(pi)).isEqualTo(Date.from(REPORTED.plus(Duration.ofHours(2))));
    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofMinutes(135))));
    execute(management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult());

    // Then: two update tasks are open, and the lag does not shift the grid off the report time
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_PostStatusUpdate")
        .count()).isEqualTo(2);
    assertThat(timerDue(pi)).isEqualTo(Date.from(REPORTED.plus(Duration.ofHours(3))));

    // When: Level 1 ends
    runtime.createMessageCorrelation("Message_Level1Ended").processInstanceId(pi.getId()).correlate();

    // Then: no further hour is scheduled; the open update tasks stay
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).timers().count()).isZero();
    assertThat(pi).isWaitingAt("Task_PostStatusUpdate");
  }

  private Date timerDue(ProcessInstance pi) {
    return management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getDuedate();
  }

  // --- the closing step (plan 1.3) ---

  @Test
  @Deployment(resources = "mechanics/mechanics-closure-code.bpmn")
  @DisplayName("A take listener on a sequence flow sets a process variable that the next gateway routes on; "
      + "a flow without one leaves it unset")
  void takeListenerSetsTheClosureCode() {
    // Given: one incident whose fees are not agreed, one whose fees are
    ProcessInstance declined = runtime.startProcessInstanceByKey("mechanics-closure-code");
    ProcessInstance agreed = runtime.startProcessInstanceByKey("mechanics-closure-code");

    // When
    complete(task("Task_AgreeOutOfScopeFees", declined), Map.of("feesAgreed", false));
    complete(task("Task_AgreeOutOfScopeFees", agreed), Map.of("feesAgreed", true));

    // Then: the closing flow's listener set the code on the process instance and the work stopped
    assertThat(declined).isWaitingAt("Task_InformCustomer");
    assertThat(declined).variables().containsEntry("closureCode", "out-of-scope");
    assertThat(agreed).isWaitingAt("Task_ResolveIncident");
    assertThat(agreed).variables().doesNotContainKey("closureCode");
  }

  // --- terminate end events (plan 1.1 #28, 1.2.1) ---

  @Test
  @Deployment(resources = "mechanics/mechanics-level1-duties.bpmn")
  @DisplayName("A terminate end event inside an event sub-process ends only that sub-process: its other "
      + "branches and the hourly cycle stop, the main path goes on")
  void terminateInsideEventSubProcessEndsOnlyIt() {
    // Given: a Level 1 incident with its duties running
    ProcessInstance pi = runtime.startProcessInstanceByKey("mechanics-level1-duties");
    assertThat(pi).isWaitingAt("Task_ContactCustomer", "ReceiveTask_Level1Open", "Task_NoteRemoteAccessRefused");

    // When: the reclassification path reaches its terminate end event
    complete(task("Task_NoteRemoteAccessRefused", pi));

    // Then
    assertThat(pi).isActive();
    assertThat(pi).isWaitingAt("Task_ContactCustomer");
    assertThat(pi).isNotWaitingAt("ReceiveTask_Level1Open");
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  @Deployment(resources = "mechanics/mechanics-level1-duties.bpmn")
  @DisplayName("A terminate end event on the process level ends the running non-interrupting event "
      + "sub-processes with the instance")
  void terminateOnProcessLevelEndsEventSubProcesses() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("mechanics-level1-duties");

    complete(task("Task_ContactCustomer", pi));

    assertThat(pi).isEnded();
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  private static Task task(String key, ProcessInstance pi) {
    return BpmnAwareTests.taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }
}
