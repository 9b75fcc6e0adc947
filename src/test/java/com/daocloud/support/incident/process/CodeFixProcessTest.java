package com.daocloud.support.incident.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.daocloud.support.incident.CustomerLoop;
import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.incident.TimelineEntry;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import com.daocloud.support.incident.process.IncidentProcessFixture.Report;
import com.daocloud.support.incident.process.IncidentProcessFixture.Reported;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code Task_ResolveIncident}'s optional {@code codeFix}: a solution with a code-level fix, refused on
 * completion where the incident's entitlement allows none, started at the task.
 */
class CodeFixProcessTest extends IncidentProcessTestCase {

  private TaskService tasks;

  @BeforeEach
  void setUp() {
    tasks = extension.getTaskService();
  }

  @ParameterizedTest(name = "Level {0}")
  @ValueSource(ints = {3, 4})
  @DisplayName("EAM-2: under extended maintenance a code fix for a Level 3 or 4 incident is refused with a form error naming the rule, and the task stays open")
  void extendedMaintenanceRefusesCodeFixAboveLevel2(int level) {
    // Given an incident entitled only under an EAM contract, waiting for the engineer
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(level).extendedMaintenance());
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);
    String task = task(Elements.TASK_RESOLVE_INCIDENT, pi).getId();

    // When the engineer proposes a solution with a code-level fix
    // Then the completion is refused, and the incident still waits for a solution
    assertThatThrownBy(() -> tasks.complete(task, solution(true)))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("codeFix").hasMessageContaining("Level 1 and Level 2 incidents only")
        .hasMessageContaining("EAM-2");
    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_RESOLUTION, Elements.TASK_RESOLVE_INCIDENT);
    assertThat(incident(reported).status()).isEqualTo(IncidentStatus.OPEN);

    // And the same solution without a code fix is proposed
    tasks.complete(task, solution(false));
    assertThat(incident(reported).status()).isEqualTo(IncidentStatus.SOLUTION_PROPOSED);
    assertThat(proposal(reported)).doesNotContain("code-level fix");
  }

  @ParameterizedTest(name = "Level {0}")
  @ValueSource(ints = {1, 2})
  @DisplayName("EAM-2: under extended maintenance a Level 1 or 2 incident gets its code fix, and the proposal in the timeline says so")
  void extendedMaintenanceAllowsCodeFixForLevels1And2(int level) {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(level).extendedMaintenance());
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);

    tasks.complete(task(Elements.TASK_RESOLVE_INCIDENT, pi).getId(), solution(true));

    assertThat(incident(reported).status()).isEqualTo(IncidentStatus.SOLUTION_PROPOSED);
    assertThat(proposal(reported)).startsWith("Proposed resolution (countermeasure, a permanent solution, with a "
        + "code-level fix, CLS-5): Patched the scheduler");
  }

  @ParameterizedTest(name = "Level {0}")
  @ValueSource(ints = {1, 3})
  @DisplayName("LC-4: best-effort support of a deprecated version gets no code fix at any level; the form error names the rule")
  void bestEffortRefusesEveryCodeFix(int level) {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(level).entitlement("best-effort"));
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);
    String task = task(Elements.TASK_RESOLVE_INCIDENT, pi).getId();

    assertThatThrownBy(() -> tasks.complete(task, solution(true)))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("codeFix").hasMessageContaining("deprecated").hasMessageContaining("LC-4");
    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_RESOLUTION, Elements.TASK_RESOLVE_INCIDENT);
  }

  @Test
  @DisplayName("EAM-2, LC-4: with full support a Level 4 code fix is proposed; codeFix must be a boolean")
  void fullSupportAllowsCodeFix() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(4));
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);
    String task = task(Elements.TASK_RESOLVE_INCIDENT, pi).getId();
    Map<String, Object> notBoolean = withVariables(Vars.OUTCOME, "solution", Vars.RESOLUTION_TYPE, "countermeasure",
        Vars.SOLUTION_SUMMARY, "Patched the scheduler", Vars.CODE_FIX, "yes");

    assertThatThrownBy(() -> tasks.complete(task, notBoolean))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("codeFix must be true or false");
    tasks.complete(task, solution(true));

    assertThat(proposal(reported)).contains("with a code-level fix");
  }

  @Test
  @DisplayName("EAM-2: a code fix goes with its own solution only: after an objection, the next solution without one is not shown as a code fix, nor is one after a question")
  void codeFixDoesNotRideAlong() {
    // Given a Level 2 incident under extended maintenance whose code fix the customer objects to
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(2).extendedMaintenance());
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);
    tasks.complete(task(Elements.TASK_RESOLVE_INCIDENT, pi).getId(), solution(true));
    assertThat(new CustomerLoop(runtime).respondToSolution(incident(reported), false, "Still slow")).isTrue();

    // When the engineer asks a question (the form still holding the box ticked), then proposes a workaround
    tasks.complete(task(Elements.TASK_RESOLVE_INCIDENT, pi).getId(), withVariables(Vars.OUTCOME, "need-information",
        Vars.INFORMATION_REQUESTED, "Which scheduler profile?", Vars.CODE_FIX, true));
    assertThat(new CustomerLoop(runtime).provideInformation(incident(reported), "default")).isTrue();
    tasks.complete(task(Elements.TASK_RESOLVE_INCIDENT, pi).getId(), withVariables(Vars.OUTCOME, "solution",
        Vars.RESOLUTION_TYPE, "consultation", Vars.SOLUTION_SUMMARY, "Use the default profile"));

    // Then only the first proposal names a code fix
    List<String> proposals = timeline(reported).stream()
        .filter(entry -> entry.event().equals(TimelineEvent.SOLUTION_PROPOSED.code())).map(TimelineEntry::detail)
        .toList();
    assertThat(proposals).hasSize(2);
    assertThat(proposals.get(0)).contains("with a code-level fix");
    assertThat(proposals.get(1)).doesNotContain("code-level fix");
  }

  private static Map<String, Object> solution(boolean codeFix) {
    return withVariables(Vars.OUTCOME, "solution", Vars.RESOLUTION_TYPE, "countermeasure",
        Vars.SOLUTION_SUMMARY, "Patched the scheduler", Vars.CODE_FIX, codeFix);
  }

  /** The detail of the latest solution proposed. */
  private static String proposal(Reported reported) {
    return timeline(reported).stream().filter(entry -> entry.event().equals(TimelineEvent.SOLUTION_PROPOSED.code()))
        .reduce((first, second) -> second).orElseThrow().detail();
  }
}
