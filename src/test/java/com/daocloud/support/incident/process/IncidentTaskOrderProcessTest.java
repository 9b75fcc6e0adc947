package com.daocloud.support.incident.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.daocloud.support.incident.CustomerLoop;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import com.daocloud.support.incident.process.IncidentProcessFixture.Report;
import com.daocloud.support.incident.process.IncidentProcessFixture.Reported;
import com.daocloud.support.incident.process.IncidentTasks.Stage;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How an incident's tasks line up in Tasklist (docs/tasklist.md): every task has a due date and its level's
 * priority, raised for all of the incident's open tasks at the 75 % warning and at the breach, and the
 * engineer who proposed a solution gets the incident back when the customer objects.
 */
class IncidentTaskOrderProcessTest extends IncidentProcessTestCase {

  @Test
  @DisplayName("RSP-1, L12-3: a Level 1 report's tasks are all due by the response deadline and carry Level 1's priority")
  void levelOneTasksAreDueByTheDeadline() {
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED));

    ProcessInstance pi = start(reported);

    Date deadline = Date.from(REPORTED.plus(Duration.ofHours(1)));
    for (String key : List.of(Elements.TASK_CONTACT_CUSTOMER, Elements.TASK_ACKNOWLEDGE_LEVEL1,
        Elements.TASK_NOTE_LEVEL1, Elements.TASK_ASK_FOR_ACCESS)) {
      assertThat(task(key, pi)).as(key).hasDueDate(deadline);
      assertThat(task(key, pi).getPriority()).as(key).isEqualTo(IncidentTasks.priority(1, Stage.ON_TRACK));
    }
  }

  @Test
  @DisplayName("RSP-1: a Level 3 contact task ranks below a Level 1 one and above the engine's default for other processes")
  void levelsRankInOrder() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));

    ProcessInstance pi = startBefore(reported, Elements.TASK_CONTACT_CUSTOMER);

    int levelThree = task(Elements.TASK_CONTACT_CUSTOMER, pi).getPriority();
    assertThat(levelThree).isEqualTo(IncidentTasks.priority(3, Stage.ON_TRACK))
        .isLessThan(IncidentTasks.priority(1, Stage.ON_TRACK))
        .isGreaterThan(Task.PRIORITY_NORMAL);
  }

  @Test
  @DisplayName("RSP-3: at the 75 % warning every open task of the incident rises to 'at risk', at the breach to 'breached',"
      + " and the breach task is due at the missed deadline")
  void warningAndBreachRaiseEveryOpenTask() {
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED));
    ProcessInstance pi = start(reported);

    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofMinutes(45))));
    execute(timerJob(pi, Elements.TIMER_RESPONSE_WARNING));
    assertThat(openPriorities(pi)).containsOnly(IncidentTasks.priority(1, Stage.AT_RISK));

    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofHours(1))));
    execute(timerJob(pi, Elements.TIMER_RESPONSE_DUE));
    assertThat(openPriorities(pi)).containsOnly(IncidentTasks.priority(1, Stage.BREACHED));
    assertThat(task(Elements.TASK_HANDLE_RESPONSE_BREACH, pi))
        .hasDueDate(Date.from(REPORTED.plus(Duration.ofHours(1))));
    assertThat(IncidentTasks.priority(5, Stage.AT_RISK))
        .as("'Breached or at risk' is priority AT_RISK or more, whatever the level")
        .isGreaterThanOrEqualTo(IncidentTasks.AT_RISK).isGreaterThan(IncidentTasks.priority(1, Stage.ON_TRACK));
  }

  @Test
  @DisplayName("L12-4: a Level 1 resolve task is due at the next hourly update, and an hourly update task an hour after it is due")
  void levelOneResolutionIsDueAtTheNextUpdate() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED));
    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofMinutes(20))));

    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT, Elements.TASK_POST_STATUS_UPDATE);

    assertThat(task(Elements.TASK_RESOLVE_INCIDENT, pi)).hasDueDate(Date.from(REPORTED.plus(Duration.ofHours(1))));
    assertThat(task(Elements.TASK_POST_STATUS_UPDATE, pi))
        .hasDueDate(Date.from(REPORTED.plus(Duration.ofMinutes(80))));
  }

  @Test
  @DisplayName("RSP-1: the policy sets no resolution time for Levels 2-5, so their resolve task has no due date")
  void otherLevelsHaveNoResolutionDeadline() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));

    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);

    assertThat(task(Elements.TASK_RESOLVE_INCIDENT, pi).getDueDate()).isNull();
    assertThat(task(Elements.TASK_RESOLVE_INCIDENT, pi).getPriority()).isEqualTo(IncidentTasks.priority(3, Stage.ON_TRACK));
  }

  @Test
  @DisplayName("L12-6, CLS-2: after the customer objects, the resolve task goes back to the engineer who proposed the solution")
  void objectionReturnsTheTaskToItsEngineer() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED));
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);
    Task resolve = task(Elements.TASK_RESOLVE_INCIDENT, pi);
    taskService().claim(resolve.getId(), "engineer");
    complete(task(Elements.TASK_RESOLVE_INCIDENT, pi), withVariables(Vars.OUTCOME, "solution",
        Vars.RESOLUTION_TYPE, "consultation", Vars.SOLUTION_SUMMARY, "Restart the pod"));

    assertThat(new CustomerLoop(runtime).respondToSolution(incident(reported), false, "Still crashing")).isTrue();

    assertThat(task(Elements.TASK_RESOLVE_INCIDENT, pi)).isAssignedTo("engineer");
  }

  private static List<Integer> openPriorities(ProcessInstance pi) {
    return taskQuery().processInstanceId(pi.getId()).list().stream().map(Task::getPriority).toList();
  }

  private static org.camunda.bpm.engine.TaskService taskService() {
    return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService();
  }

  private static Job timerJob(ProcessInstance pi, String activityId) {
    return jobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }
}
