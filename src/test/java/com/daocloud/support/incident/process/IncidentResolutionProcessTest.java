package com.daocloud.support.incident.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.daocloud.support.incident.CustomerLoop;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.TimelineEntry;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import com.daocloud.support.incident.process.IncidentProcessFixture.Report;
import com.daocloud.support.incident.process.IncidentProcessFixture.Reported;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The second half of {@code incident-handling}: scope after the first contact, the customer
 * loop of the resolution, every closure, Level 5 and who may reassign tasks. Each path starts where it
 * begins, against the in-memory engine with the real delegates, store and decisions.
 */
class IncidentResolutionProcessTest extends IncidentProcessTestCase {

  private TaskService tasks;
  private IdentityService identity;

  @BeforeEach
  void setUp() {
    tasks = extension.getTaskService();
    identity = extension.getIdentityService();
  }

  // ---------------------------------------------------------------- need information (CUS-2, CLS-4)

  @ParameterizedTest(name = "Level {0}: {1} days")
  @CsvSource({"3, 7", "4, 14"})
  @DisplayName("CLS-4: requested information that never comes closes the incident as cancelled-by-customer after the level's wait")
  void noInformationInTimeCancels(int level, int days) {
    // Given an engineer working the incident
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(level));
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);

    // When the engineer asks the customer for information
    complete(task(Elements.TASK_RESOLVE_INCIDENT, pi), needInformation("Please send the kubelet logs"));

    // Then the incident waits for the customer, who sees the question, for the decision's wait
    assertThat(incident(reported).status()).isEqualTo(IncidentStatus.AWAITING_CUSTOMER);
    assertThat(pi).isWaitingAt(Elements.EVENT_GATEWAY_INFORMATION_ANSWER);
    TimelineEntry question = last(reported);
    assertThat(question.event()).isEqualTo(TimelineEvent.INFORMATION_REQUESTED.code());
    assertThat(question.detail()).contains("Please send the kubelet logs", days + " days").doesNotContain("null");
    assertThat(timerDue(pi, Elements.TIMER_INFORMATION_WAIT)).isEqualTo(REPORTED.plus(Duration.ofDays(days)));

    // When the wait passes without an answer
    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofDays(days))));
    execute(timerJob(pi, Elements.TIMER_INFORMATION_WAIT));

    // Then it is closed as cancelled by customer
    assertThat(pi).isEnded().hasPassed(Elements.END_INCIDENT_CLOSED);
    assertThat(incident(reported).status()).isEqualTo(IncidentStatus.CLOSED);
    assertThat(incident(reported).closureCode()).isEqualTo(IncidentStatus.CLOSED_CANCELLED);
    assertThat(last(reported).detail()).contains("cancelled-by-customer", "within " + days + " days", "CLS-4");
  }

  @Test
  @DisplayName("CUS-2: the customer's answer brings the incident back to the engineer, with the answer in the timeline")
  void answerReturnsToTheEngineer() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);
    complete(task(Elements.TASK_RESOLVE_INCIDENT, pi), needInformation("Which version?"));

    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofDays(2))));
    assertThat(loop().provideInformation(incident(reported), "DCE 5.0.7")).isTrue();

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_RESOLUTION, Elements.TASK_RESOLVE_INCIDENT);
    assertThat(incident(reported).status()).isEqualTo(IncidentStatus.OPEN);
    assertThat(last(reported).event()).isEqualTo(TimelineEvent.INFORMATION_PROVIDED.code());
    assertThat(last(reported).detail()).contains("DCE 5.0.7");
    assertThat(runtime.getVariable(pi.getId(), Vars.INFORMATION_PROVIDED)).as("in the timeline, not the instance")
        .isNull();
    assertThat(runtime.getVariable(pi.getId(), Vars.OUTCOME)).as("the next pass decides afresh").isNull();
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  @DisplayName("CLS-4: once the wait's timer has closed the incident a late answer is refused and changes nothing (one outcome)")
  void timerFirstThenAnswerIsRefused() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);
    complete(task(Elements.TASK_RESOLVE_INCIDENT, pi), needInformation("Which version?"));
    Incident waiting = incident(reported);

    // Both at the same instant: the timer's job runs first
    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofDays(7))));
    execute(timerJob(pi, Elements.TIMER_INFORMATION_WAIT));
    boolean delivered = loop().provideInformation(waiting, "DCE 5.0.7");

    assertThat(delivered).isFalse();
    assertThat(incident(reported).closureCode()).isEqualTo(IncidentStatus.CLOSED_CANCELLED);
    assertThat(events(reported)).doesNotContain(TimelineEvent.INFORMATION_PROVIDED.code());
  }

  @Test
  @DisplayName("CUS-2: once the answer arrived the wait's timer is gone: the incident cannot also be cancelled (one outcome)")
  void answerFirstRemovesTheTimer() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);
    complete(task(Elements.TASK_RESOLVE_INCIDENT, pi), needInformation("Which version?"));
    Job timer = timerJob(pi, Elements.TIMER_INFORMATION_WAIT);

    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofDays(7))));
    assertThat(loop().provideInformation(incident(reported), "DCE 5.0.7")).isTrue();

    assertThat(extension.getManagementService().createJobQuery().jobId(timer.getId()).count()).isZero();
    assertThat(incident(reported).status()).isEqualTo(IncidentStatus.OPEN);
    assertThat(incident(reported).closureCode()).isNull();
  }

  @Test
  @DisplayName("CLS-4: the wait comes from the deployed customer-wait-limits when the wait starts: an analyst's new version applies to new waits only")
  void analystsNewWaitAppliesToNewWaits() throws Exception {
    // Given a Level 3 incident already waiting 7 days for information
    Reported first = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    ProcessInstance running = startBefore(first, Elements.TASK_RESOLVE_INCIDENT);
    complete(task(Elements.TASK_RESOLVE_INCIDENT, running), needInformation("Logs?"));

    // When an analyst deploys a version that gives Level 3 two days
    String dmn = Files.readString(Path.of("dmn", "customer-wait-limits.dmn"), StandardCharsets.UTF_8)
        .replaceFirst("(<outputEntry id=\"Rule_WaitLevel3_InformationWait\">\\s*<text>)\"P7D\"", "$1\"P2D\"");
    assertThat(dmn).contains("\"P2D\"");
    String deployment = extension.getRepositoryService().createDeployment()
        .addString("customer-wait-limits.dmn", dmn).deploy().getId();
    try {
      Reported second = IncidentProcessFixture.report(new Report(REPORTED).level(3));
      ProcessInstance next = startBefore(second, Elements.TASK_RESOLVE_INCIDENT);
      complete(task(Elements.TASK_RESOLVE_INCIDENT, next), needInformation("Logs?"));

      // Then the new wait is two days and the running one keeps its seven
      assertThat(timerDue(next, Elements.TIMER_INFORMATION_WAIT)).isEqualTo(REPORTED.plus(Duration.ofDays(2)));
      assertThat(timerDue(running, Elements.TIMER_INFORMATION_WAIT)).isEqualTo(REPORTED.plus(Duration.ofDays(7)));
    } finally {
      extension.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  // ---------------------------------------------------------------- solution (CLS-1, CLS-2, CLS-5)

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"consultation", "countermeasure", "change-request"})
  @DisplayName("CLS-5, CLS-1: a solution of each resolution type is proposed to the customer; accepting it closes the incident as resolved")
  void acceptedSolutionResolves(String resolutionType) {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);

    complete(task(Elements.TASK_RESOLVE_INCIDENT, pi), solution(resolutionType, "Raise the etcd quota"));

    assertThat(incident(reported).status()).isEqualTo(IncidentStatus.SOLUTION_PROPOSED);
    IncidentStore.Resolution resolution = IncidentProcessFixture.store().resolution(reported.id());
    assertThat(resolution.type()).isEqualTo(resolutionType);
    assertThat(resolution.summary()).isEqualTo("Raise the etcd quota");
    assertThat(resolution.changeRequestNumber()).isNull();
    assertThat(events(reported)).contains(TimelineEvent.SOLUTION_PROPOSED.code());
    assertThat(events(reported).contains(TimelineEvent.CHANGE_REQUEST.code())).isEqualTo("change-request".equals(resolutionType));
    assertThat(timeline(reported).stream().filter(e -> e.event().equals(TimelineEvent.SOLUTION_PROPOSED.code())).findFirst()
        .orElseThrow().detail()).contains("Raise the etcd quota", "7 days");

    assertThat(loop().respondToSolution(incident(reported), true, "Works, thanks")).isTrue();

    assertThat(pi).isEnded().hasPassed(Elements.END_INCIDENT_CLOSED);
    assertThat(incident(reported).status()).isEqualTo(IncidentStatus.CLOSED);
    assertThat(incident(reported).closureCode()).isEqualTo(IncidentStatus.CLOSED_RESOLVED);
  }

  @Test
  @DisplayName("CLS-2: a customer who does not object within confirmationWait (7 days) has the incident closed as transferred-to-customer")
  void silenceTransfers() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(2));
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);
    complete(task(Elements.TASK_RESOLVE_INCIDENT, pi), solution("countermeasure", "Patched"));
    assertThat(timerDue(pi, Elements.TIMER_CONFIRMATION_WAIT)).isEqualTo(REPORTED.plus(Duration.ofDays(7)));

    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofDays(7))));
    execute(timerJob(pi, Elements.TIMER_CONFIRMATION_WAIT));

    assertThat(pi).isEnded().hasPassed(Elements.END_INCIDENT_CLOSED);
    assertThat(incident(reported).closureCode()).isEqualTo(IncidentStatus.CLOSED_TRANSFERRED);
    assertThat(last(reported).detail()).contains("transferred-to-customer", "within 7 days", "CLS-2");
  }

  @Test
  @DisplayName("CLS-2: an objection reopens the incident for the engineer with the objection in the timeline; the next solution can still be accepted")
  void objectionReopens() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);
    complete(task(Elements.TASK_RESOLVE_INCIDENT, pi), solution("consultation", "Restart the pod"));

    assertThat(loop().respondToSolution(incident(reported), false, "Still crashing after restart")).isTrue();

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_RESOLUTION, Elements.TASK_RESOLVE_INCIDENT);
    assertThat(incident(reported).status()).isEqualTo(IncidentStatus.OPEN);
    assertThat(last(reported).event()).isEqualTo(TimelineEvent.SOLUTION_REJECTED.code());
    assertThat(last(reported).detail()).contains("Still crashing after restart");
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();

    complete(task(Elements.TASK_RESOLVE_INCIDENT, pi), solution("countermeasure", "Fixed memory limit"));
    assertThat(IncidentProcessFixture.store().resolution(reported.id()).summary()).isEqualTo("Fixed memory limit");
    assertThat(loop().respondToSolution(incident(reported), true, null)).isTrue();
    assertThat(incident(reported).closureCode()).isEqualTo(IncidentStatus.CLOSED_RESOLVED);
  }

  @Test
  @DisplayName("CLS-1: with no solution proposed a closure response is not delivered")
  void closureResponseNeedsAProposedSolution() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);

    assertThat(loop().respondToSolution(incident(reported), true, null)).isFalse();
    assertThat(incident(reported).status()).isEqualTo(IncidentStatus.OPEN);
  }

  @Test
  @DisplayName("CLS-5: Resolve incident completes only with a contract outcome: an unknown resolution type or a missing summary is refused and the task stays")
  void invalidOutcomeIsRefused() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);
    Task resolve = task(Elements.TASK_RESOLVE_INCIDENT, pi);

    assertThatThrownBy(() -> tasks.complete(resolve.getId(), Map.of(Vars.OUTCOME, "solution",
        Vars.RESOLUTION_TYPE, "workaround", Vars.SOLUTION_SUMMARY, "x")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("resolutionType");
    assertThatThrownBy(() -> tasks.complete(resolve.getId(), Map.of(Vars.OUTCOME, "need-information")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("informationRequested");
    assertThatThrownBy(() -> tasks.complete(resolve.getId(), Map.of(Vars.OUTCOME, "done")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("outcome");
    assertThatThrownBy(() -> tasks.complete(resolve.getId()))
        .as("no outcome at all").hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("outcome");
    assertThatThrownBy(() -> tasks.complete(resolve.getId(), Map.of(Vars.OUTCOME, "solution")))
        .as("a solution without its type").hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("resolutionType");

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_RESOLUTION, Elements.TASK_RESOLVE_INCIDENT);
    assertThat(incident(reported).status()).isEqualTo(IncidentStatus.OPEN);
  }

  @Test
  @DisplayName("L12-4: closing a Level 1 incident ends its duties, including the hourly status updates")
  void closingEndsLevelOneDuties() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED));
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT, Elements.RECEIVE_TASK_LEVEL1_OPEN);

    complete(task(Elements.TASK_RESOLVE_INCIDENT, pi), solution("countermeasure", "Node replaced"));
    assertThat(pi).isWaitingAt(Elements.RECEIVE_TASK_LEVEL1_OPEN, Elements.EVENT_GATEWAY_CLOSURE_RESPONSE);
    loop().respondToSolution(incident(reported), true, null);

    assertThat(pi).isEnded();
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  // ---------------------------------------------------------------- scope (SCP-1..5)

  @Test
  @DisplayName("SCP-1: without any scope fact the request is in scope and goes straight to the engineer")
  void inScopeByDefault() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    ProcessInstance pi = startBefore(reported, Elements.TASK_CONTACT_CUSTOMER);

    complete(task(Elements.TASK_CONTACT_CUSTOMER, pi));

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_RESOLUTION, Elements.TASK_RESOLVE_INCIDENT);
    assertThat(pi).hasPassed("EndEvent_InScope");
  }

  @Test
  @DisplayName("SCP-1, SCP-2: modified software is out of scope: the customer is told why before work starts, and work starts once customer service records the fees as agreed")
  void outOfScopeWorkStartsAfterFeesAgreed() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    ProcessInstance pi = startBefore(reported, Elements.TASK_CONTACT_CUSTOMER);

    complete(task(Elements.TASK_CONTACT_CUSTOMER, pi), withVariables("unauthorizedModification", true));

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_SCOPE_AND_FEES, Elements.TASK_AGREE_OUT_OF_SCOPE_FEES);
    assertThat(task(Elements.TASK_AGREE_OUT_OF_SCOPE_FEES, pi)).hasCandidateGroup("customer-service");
    assertThat(last(reported).event()).isEqualTo(TimelineEvent.OUT_OF_SCOPE.code());
    assertThat(last(reported).detail()).contains("modified without authorisation", "fees", "SCP-2");
    assertThat(last(reported).internal()).isFalse();

    complete(task(Elements.TASK_AGREE_OUT_OF_SCOPE_FEES, pi), withVariables(Vars.FEES_AGREED, true));

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_RESOLUTION, Elements.TASK_RESOLVE_INCIDENT);
    assertThat(last(reported).event()).isEqualTo(TimelineEvent.FEES_AGREED.code());
  }

  @Test
  @DisplayName("EAM-5: the scope exclusions apply under extended maintenance too: modified software is out of scope")
  void scopeExclusionsApplyUnderExtendedMaintenance() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(2).extendedMaintenance());
    ProcessInstance pi = startBefore(reported, Elements.TASK_CONTACT_CUSTOMER);

    complete(task(Elements.TASK_CONTACT_CUSTOMER, pi), withVariables("unauthorizedModification", true));

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_SCOPE_AND_FEES, Elements.TASK_AGREE_OUT_OF_SCOPE_FEES);
    assertThat(pi).isWaitingAt(Elements.TASK_AGREE_OUT_OF_SCOPE_FEES);
    assertThat(last(reported).event()).isEqualTo(TimelineEvent.OUT_OF_SCOPE.code());
  }

  @Test
  @DisplayName("SCP-2: out-of-scope work whose fees are not agreed never starts: the incident closes as out-of-scope")
  void feesNotAgreedCloses() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED));
    ProcessInstance pi = startBefore(reported, Elements.TASK_CONTACT_CUSTOMER, Elements.RECEIVE_TASK_LEVEL1_OPEN);
    complete(task(Elements.TASK_CONTACT_CUSTOMER, pi), withVariables("majorCustomerChange", true));

    complete(task(Elements.TASK_AGREE_OUT_OF_SCOPE_FEES, pi));

    assertThat(pi).isEnded().hasPassed(Elements.END_INCIDENT_CLOSED).hasNotPassed(Elements.TASK_RESOLVE_INCIDENT);
    assertThat(incident(reported).closureCode()).isEqualTo(IncidentStatus.CLOSED_OUT_OF_SCOPE);
    assertThat(events(reported)).contains(TimelineEvent.OUT_OF_SCOPE.code(), TimelineEvent.FEES_NOT_AGREED.code(), TimelineEvent.CLOSED.code());
    assertThat(last(reported).detail()).contains("SCP-2");
  }

  @Test
  @DisplayName("SCP-2: an engineer who finds on day 3 that a third-party driver causes the fault marks the work out of "
      + "scope from the resolve task: the customer is told before work goes on, and the work goes on once the fees "
      + "are agreed")
  void outOfScopeFoundDuringTheWork() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);

    complete(task(Elements.TASK_RESOLVE_INCIDENT, pi), withVariables(Vars.OUTCOME, "out-of-scope",
        Vars.SCOPE_REASON, "third-party"));

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_RESOLUTION, Elements.TASK_AGREE_LATE_SCOPE_FEES);
    assertThat(task(Elements.TASK_AGREE_LATE_SCOPE_FEES, pi)).hasCandidateGroup("customer-service");
    assertThat(last(reported).event()).isEqualTo(TimelineEvent.OUT_OF_SCOPE.code());
    assertThat(last(reported).detail()).startsWith("While working on this incident, support found that it is "
        + "outside the scope of support: it is caused by third-party software or hardware").contains("SCP-2");

    complete(task(Elements.TASK_AGREE_LATE_SCOPE_FEES, pi), withVariables(Vars.FEES_AGREED, true));

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_RESOLUTION, Elements.TASK_RESOLVE_INCIDENT);
    assertThat(last(reported).event()).isEqualTo(TimelineEvent.FEES_AGREED.code());
  }

  @Test
  @DisplayName("SCP-2: out of scope found during the work, fees not agreed: the incident closes as out-of-scope")
  void outOfScopeFoundLateWithoutFeesCloses() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);

    complete(task(Elements.TASK_RESOLVE_INCIDENT, pi), withVariables(Vars.OUTCOME, "out-of-scope",
        Vars.SCOPE_REASON, "modified-software"));
    complete(task(Elements.TASK_AGREE_LATE_SCOPE_FEES, pi), withVariables(Vars.FEES_AGREED, false));

    assertThat(pi).isEnded().hasPassed(Elements.END_INCIDENT_CLOSED);
    assertThat(incident(reported).closureCode()).isEqualTo(IncidentStatus.CLOSED_OUT_OF_SCOPE);
  }

  @Test
  @DisplayName("SCP-2: marking the work out of scope needs a reason the policy names; otherwise the task stays open")
  void outOfScopeNeedsAReason() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task(Elements.TASK_RESOLVE_INCIDENT, pi),
        withVariables(Vars.OUTCOME, "out-of-scope", Vars.SCOPE_REASON, "customer-is-rude")))
        .hasMessageContaining("scopeReason must be one of unauthorized-maintenance");
    assertThat(pi).isWaitingAt(Elements.TASK_RESOLVE_INCIDENT);
  }

  @Test
  @DisplayName("SCP-3: a service that would pose a security risk is declined: the customer is told and the incident closes as declined")
  void securityRiskIsDeclined() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(2));
    ProcessInstance pi = startBefore(reported, Elements.TASK_CONTACT_CUSTOMER);

    complete(task(Elements.TASK_CONTACT_CUSTOMER, pi), withVariables("securityRisk", true, "thirdPartyCause", true));

    assertThat(pi).isEnded().hasPassed(Elements.END_INCIDENT_CLOSED).hasNotPassed(Elements.TASK_RESOLVE_INCIDENT);
    assertThat(incident(reported).closureCode()).isEqualTo(IncidentStatus.CLOSED_DECLINED);
    assertThat(timeline(reported)).anySatisfy(e -> {
      assertThat(e.event()).isEqualTo(TimelineEvent.SERVICE_DECLINED.code());
      assertThat(e.detail()).contains("security risk", "SCP-3");
    });
  }

  @Test
  @DisplayName("SCP-1, SCP-4: a third-party cause names the supplier to contact and, where the product harms DCE, recommends removing it")
  void thirdPartyCauseNamesSupplierAndRemoval() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    ProcessInstance pi = startBefore(reported, Elements.TASK_CONTACT_CUSTOMER);

    complete(task(Elements.TASK_CONTACT_CUSTOMER, pi), withVariables("thirdPartyCause", true,
        Vars.THIRD_PARTY_SUPPLIER, "Acme Storage Inc.", Vars.THIRD_PARTY_HARMS_PRODUCT, true));

    assertThat(events(reported)).contains(TimelineEvent.OUT_OF_SCOPE.code(), TimelineEvent.THIRD_PARTY.code());
    assertThat(timeline(reported)).anySatisfy(e -> {
      assertThat(e.event()).isEqualTo(TimelineEvent.THIRD_PARTY.code());
      assertThat(e.detail()).contains("Acme Storage Inc.", "SCP-1", "recommend removing it", "SCP-4");
    });
    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_SCOPE_AND_FEES, Elements.TASK_AGREE_OUT_OF_SCOPE_FEES);
  }

  @Test
  @DisplayName("SCP-4: the customer's answer to removing a harmful product is recorded; keeping it goes to a support "
      + "manager, who may lower the support level (shown to the customer) while the engineers go on working")
  void keepingAHarmfulProductGoesToAManager() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    ProcessInstance pi = startBefore(reported, Elements.TASK_CONTACT_CUSTOMER);

    complete(task(Elements.TASK_CONTACT_CUSTOMER, pi), withVariables("thirdPartyCause", true,
        Vars.THIRD_PARTY_HARMS_PRODUCT, true, Vars.THIRD_PARTY_REMOVAL, "refused"));

    assertThat(timeline(reported)).extracting(TimelineEntry::event).contains(
        TimelineEvent.THIRD_PARTY_REMOVAL.code());
    assertThat(timeline(reported)).anySatisfy(e -> assertThat(e.detail())
        .isEqualTo("You decided to keep the third-party product; a support manager decides whether the support level "
            + "is lowered (SCP-4)."));
    assertThat(task(Elements.TASK_DECIDE_SUPPORT_LEVEL, pi)).hasCandidateGroup("support-managers");
    // the third-party cause is out of scope (SCP-1) and its fees are asked for meanwhile
    assertThat(pi).isWaitingAt(Elements.TASK_AGREE_OUT_OF_SCOPE_FEES, Elements.TASK_DECIDE_SUPPORT_LEVEL);

    complete(task(Elements.TASK_DECIDE_SUPPORT_LEVEL, pi), withVariables(Vars.LOWER_SUPPORT_LEVEL, true,
        Vars.SUPPORT_LEVEL_NOTE, "The storage driver keeps corrupting etcd; best effort from now on"));

    assertThat(last(reported).event()).isEqualTo(TimelineEvent.SUPPORT_LEVEL.code());
    assertThat(last(reported).detail()).isEqualTo("A support manager lowered the support level because the harmful "
        + "third-party product stays (SCP-4): The storage driver keeps corrupting etcd; best effort from now on");
    assertThat(last(reported).internal()).isFalse();
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys(Vars.LOWER_SUPPORT_LEVEL,
        Vars.SUPPORT_LEVEL_NOTE, Vars.THIRD_PARTY_REMOVAL);
  }

  @Test
  @DisplayName("SCP-4: a customer who agrees to remove the harmful product needs no manager")
  void agreeingToRemoveNeedsNoManager() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    ProcessInstance pi = startBefore(reported, Elements.TASK_CONTACT_CUSTOMER);

    complete(task(Elements.TASK_CONTACT_CUSTOMER, pi), withVariables("thirdPartyCause", true,
        Vars.THIRD_PARTY_HARMS_PRODUCT, true, Vars.THIRD_PARTY_REMOVAL, "agreed"));

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_SCOPE_AND_FEES, Elements.TASK_AGREE_OUT_OF_SCOPE_FEES);
    assertThat(timeline(reported)).extracting(TimelineEntry::detail)
        .contains("You agreed to remove the third-party product (SCP-4).");
  }

  @Test
  @DisplayName("SCP-5: virus damage is assisted on request without a fee gate, and the customer is told support is "
      + "not liable for data lost to viruses")
  void virusDamageIsAssistedWithADisclaimer() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    ProcessInstance pi = startBefore(reported, Elements.TASK_CONTACT_CUSTOMER);

    complete(task(Elements.TASK_CONTACT_CUSTOMER, pi), withVariables(Vars.VIRUS_DAMAGE, true));

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_RESOLUTION, Elements.TASK_RESOLVE_INCIDENT);
    assertThat(timeline(reported)).anySatisfy(e -> {
      assertThat(e.event()).isEqualTo(TimelineEvent.VIRUS_ASSISTANCE.code());
      assertThat(e.detail()).contains("commercially reasonable efforts", "without liability for data lost", "SCP-5");
    });
    assertThat(events(reported)).doesNotContain(TimelineEvent.OUT_OF_SCOPE.code());
  }

  @Test
  @DisplayName("SCP-5: antivirus advice or a bundled antivirus solution is declined: the incident closes as declined")
  void antivirusConsultingIsDeclined() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(4));
    ProcessInstance pi = startBefore(reported, Elements.TASK_CONTACT_CUSTOMER);

    complete(task(Elements.TASK_CONTACT_CUSTOMER, pi), withVariables(Vars.ANTIVIRUS_CONSULTING, true));

    assertThat(pi).isEnded().hasNotPassed(Elements.TASK_RESOLVE_INCIDENT);
    assertThat(incident(reported).closureCode()).isEqualTo(IncidentStatus.CLOSED_DECLINED);
    assertThat(timeline(reported)).anySatisfy(e -> {
      assertThat(e.event()).isEqualTo(TimelineEvent.SERVICE_DECLINED.code());
      assertThat(e.detail()).contains("no advice on antivirus software", "SCP-5");
    });
  }

  // ---------------------------------------------------------------- Level 5 (LVL-5)

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"premium, regular", "professional, monthly"})
  @DisplayName("LVL-5: the review task shows the tier's discussion cadence; the answer reaches the customer and the suggestion closes as resolved")
  void suggestionShowsCadence(String tier, String cadence) throws Exception {
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED).level(5).tier(tier));
    ProcessInstance pi = start(reported);

    assertThat(pi).isWaitingAtExactly(Elements.TASK_REVIEW_SUGGESTION);
    assertThat(runtime.getVariable(pi.getId(), Vars.DISCUSSION_CADENCE)).isEqualTo(cadence);
    assertThat(Files.readString(Path.of("bpmn", "form-review-suggestion.form"))).contains("{{discussionCadence}}");

    complete(task(Elements.TASK_REVIEW_SUGGESTION, pi),
        withVariables(Vars.SUGGESTION_ACCEPTED, false, Vars.SUGGESTION_ANSWER, "Not on the roadmap"));

    assertThat(timeline(reported)).anySatisfy(e -> {
      assertThat(e.event()).isEqualTo(TimelineEvent.SUGGESTION_ANSWERED.code());
      assertThat(e.detail()).isEqualTo("Suggestion not accepted: Not on the roadmap");
      assertThat(e.internal()).isFalse();
    });
    assertThat(incident(reported).closureCode()).isEqualTo(IncidentStatus.CLOSED_RESOLVED);
  }

  // ---------------------------------------------------------------- reassignment (L12-6)

  private record ClaimedTask(ProcessInstance processInstance, String taskId) {
  }

  /** A Level 1 incident's resolution task, claimed by engineer l12-engineer-1. */
  private ClaimedTask levelOneResolveTaskClaimedByFirstEngineer() {
    users();
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED));
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);
    String taskId = task(Elements.TASK_RESOLVE_INCIDENT, pi).getId();
    as("l12-engineer-1", "support-engineers");
    tasks.claim(taskId, "l12-engineer-1");
    return new ClaimedTask(pi, taskId);
  }

  @Test
  @DisplayName("L12-6: a Level 1 task stays with its engineer: another engineer may not take it, the engineer may not drop it; a duty supervisor reassigns it")
  void levelOneTaskStaysWithItsEngineer() {
    String taskId = levelOneResolveTaskClaimedByFirstEngineer().taskId();

    as("l12-engineer-2", "support-engineers");
    assertThatThrownBy(() -> tasks.setAssignee(taskId, "l12-engineer-2"))
        .hasRootCauseInstanceOf(AuthorizationException.class).hasMessageContaining("L12-6");
    as("l12-engineer-1", "support-engineers");
    assertThatThrownBy(() -> tasks.setAssignee(taskId, null)).hasRootCauseInstanceOf(AuthorizationException.class);
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("l12-engineer-1");

    as("l12-supervisor", "duty-supervisors");
    tasks.setAssignee(taskId, "l12-engineer-2");
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("l12-engineer-2");
  }

  @Test
  @DisplayName("Finding 6 (L12-6): an engineer who declares the Level 1 task Level 2 through a task or process variable still may not take it")
  void levelOneGuardIgnoresLevelVariablesSetByTheCaller() {
    ClaimedTask claimed = levelOneResolveTaskClaimedByFirstEngineer();
    String taskId = claimed.taskId();
    ProcessInstance pi = claimed.processInstance();

    // Given the second engineer has written level = 2 on the task and on the process instance
    as("l12-engineer-2", "support-engineers");
    tasks.setVariableLocal(taskId, Vars.LEVEL, 2);
    runtime.setVariable(pi.getId(), Vars.LEVEL, 2);

    // When they take the task, Then the guard still sees the incident's Level 1 and refuses
    assertThatThrownBy(() -> tasks.setAssignee(taskId, "l12-engineer-2"))
        .hasRootCauseInstanceOf(AuthorizationException.class).hasMessageContaining("L12-6");
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("l12-engineer-1");
  }

  @ParameterizedTest(name = "Level {0}")
  @ValueSource(ints = {2, 3})
  @DisplayName("L12-6: a Level 2 or 3 task may be unclaimed and reassigned within its group, but not to someone outside it")
  void otherLevelsMayBeReassignedWithinTheGroup(int level) {
    users();
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(level));
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);
    String taskId = task(Elements.TASK_RESOLVE_INCIDENT, pi).getId();
    as("l12-engineer-1", "support-engineers");
    tasks.claim(taskId, "l12-engineer-1");

    tasks.setAssignee(taskId, null);
    as("l12-engineer-2", "support-engineers");
    tasks.claim(taskId, "l12-engineer-2");
    tasks.setAssignee(taskId, "l12-engineer-1");
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("l12-engineer-1");

    assertThatThrownBy(() -> tasks.setAssignee(taskId, "l12-outsider")).hasRootCauseInstanceOf(AuthorizationException.class);
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("l12-engineer-1");
  }

  // ---------------------------------------------------------------- helpers

  private void users() {
    for (String[] user : new String[][] {{"l12-engineer-1", "support-engineers"}, {"l12-engineer-2", "support-engineers"},
        {"l12-supervisor", "duty-supervisors"}, {"l12-outsider", "customers"}}) {
      if (identity.createGroupQuery().groupId(user[1]).count() == 0) {
        identity.saveGroup(identity.newGroup(user[1]));
      }
      if (identity.createUserQuery().userId(user[0]).count() == 0) {
        identity.saveUser(identity.newUser(user[0]));
        identity.createMembership(user[0], user[1]);
      }
    }
  }

  private void as(String user, String group) {
    identity.setAuthentication(user, List.of(group));
  }

  private CustomerLoop loop() {
    return new CustomerLoop(runtime);
  }

  private static Map<String, Object> needInformation(String question) {
    return withVariables(Vars.OUTCOME, "need-information", Vars.INFORMATION_REQUESTED, question);
  }

  private static Map<String, Object> solution(String type, String summary) {
    return withVariables(Vars.OUTCOME, "solution", Vars.RESOLUTION_TYPE, type, Vars.SOLUTION_SUMMARY, summary);
  }

  private static Instant timerDue(ProcessInstance pi, String activityId) {
    return timerJob(pi, activityId).getDuedate().toInstant();
  }

  private static Job timerJob(ProcessInstance pi, String activityId) {
    return jobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  private static TimelineEntry last(Reported reported) {
    List<TimelineEntry> entries = timeline(reported);
    return entries.get(entries.size() - 1);
  }
}
