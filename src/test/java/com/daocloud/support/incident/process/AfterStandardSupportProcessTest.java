package com.daocloud.support.incident.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.daocloud.support.customer.ExtendedMaintenanceContracts;
import com.daocloud.support.incident.ExtendedMaintenanceResumption;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.incident.TimelineEntry;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import com.daocloud.support.incident.process.IncidentProcessFixture.Report;
import com.daocloud.support.incident.process.IncidentProcessFixture.Reported;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A version past its end of standard support: the wait for an extended-maintenance contract (EAM-4) and best
 * effort for deprecated software (LC-4), in the collapsed sub-process "Support after standard support".
 */
class AfterStandardSupportProcessTest extends IncidentProcessTestCase {

  /** Two days after the report (Monday 2026-03-09 10:00 Shanghai): Wednesday 10:00. */
  static final Instant CONTRACT_RECORDED = REPORTED.plus(Duration.ofDays(2));

  @Test
  @DisplayName("EAM-4: without an EAM contract the incident is recorded and waits for the customer, with no response "
      + "clock, while customer service offers extended maintenance")
  void eamRequiredWaitsWithoutClock() {
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED).level(3).entitlement("eam-required"));

    ProcessInstance pi = start(reported);

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_AFTER_STANDARD_SUPPORT,
        Elements.TASK_OFFER_EXTENDED_MAINTENANCE);
    assertThat(task(Elements.TASK_OFFER_EXTENDED_MAINTENANCE, pi)).hasCandidateGroup("customer-service");
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).as("no response timer runs").isZero();
    Incident incident = incident(reported);
    assertThat(incident.status()).isEqualTo(IncidentStatus.AWAITING_CUSTOMER);
    assertThat(incident.responseDue()).isNull();
    assertThat(events(reported)).containsExactly(TimelineEvent.REPORTED.code(), TimelineEvent.CLASSIFIED.code(),
        TimelineEvent.ENTITLEMENT.code());
  }

  @Test
  @DisplayName("EAM-4: a contract recorded while customer service still offers EAM resumes the incident: entitled under "
      + "extended maintenance, its response deadline counted from that moment, the customer told")
  void contractRecordedDuringOfferStartsTheClock() {
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED).level(3).entitlement("eam-required"));
    ProcessInstance pi = start(reported);

    ClockUtil.setCurrentTime(Date.from(CONTRACT_RECORDED));
    List<String> resumed = resumption().contractRecorded(contract("2026-01-01", "2027-01-01"));

    assertThat(resumed).contains(reported.number());
    assertThat(pi).hasPassed(Elements.TASK_START_RESPONSE_CLOCK);
    assertThat(pi).isWaitingAtExactly(Elements.TASK_CONTACT_CUSTOMER);
    Incident incident = incident(reported);
    assertThat(incident.entitlementStatus()).isEqualTo("entitled");
    assertThat(incident.extendedMaintenance()).isTrue();
    assertThat(incident.status()).isEqualTo(IncidentStatus.OPEN);
    // Level 3, professional: PT4H of 5x8 coverage from Wednesday 10:00 Shanghai, not from Monday's report.
    assertThat(incident.responseDue()).isEqualTo("2026-03-11T14:00:00+08:00");
    assertThat(task(Elements.TASK_CONTACT_CUSTOMER, pi)).hasDueDate(Date.from(incident.responseDueAt()));
    TimelineEntry told = timeline(reported).get(timeline(reported).size() - 1);
    assertThat(told.event()).isEqualTo(TimelineEvent.EXTENDED_MAINTENANCE.code());
    assertThat(told.detail()).contains("prod-1", "due Wed 11 Mar 14:00 Shanghai time");
  }

  @Test
  @DisplayName("EAM-4: after customer service offered EAM, the incident waits for the contract; a Level 1 one then gets "
      + "its Level 1 duties and the access request")
  void contractRecordedAfterOfferStartsLevelOneDuties() {
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED).level(1).entitlement("eam-required"));
    ProcessInstance pi = start(reported);
    assertThat(pi).as("no access is asked before a contract").isWaitingAtExactly(
        Elements.SUBPROCESS_AFTER_STANDARD_SUPPORT, Elements.TASK_OFFER_EXTENDED_MAINTENANCE);

    complete(task(Elements.TASK_OFFER_EXTENDED_MAINTENANCE, pi), withVariables(Vars.EAM_DECLINED, false));
    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_AFTER_STANDARD_SUPPORT,
        Elements.MESSAGE_CONTRACT_RECORDED);

    ClockUtil.setCurrentTime(Date.from(CONTRACT_RECORDED));
    resumption().contractRecorded(contract("2026-01-01", "2027-01-01"));

    assertThat(pi).isWaitingAt(Elements.TASK_CONTACT_CUSTOMER, Elements.TASK_ACKNOWLEDGE_LEVEL1,
        Elements.TASK_ASK_FOR_ACCESS);
    assertThat(incident(reported).responseDueAt()).isEqualTo(CONTRACT_RECORDED.plus(Duration.ofHours(1)));
  }

  @Test
  @DisplayName("EAM-4: a contract that starts later, or one for another cluster, resumes nothing")
  void contractNotCoveringTodayResumesNothing() {
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED).level(3).entitlement("eam-required"));
    ProcessInstance pi = start(reported);

    assertThat(resumption().contractRecorded(contract("2026-06-01", "2027-06-01"))).isEmpty();
    assertThat(resumption().contractRecorded(new ExtendedMaintenanceContracts.Recorded("acme", "prod-2",
        LocalDate.parse("2026-01-01"), LocalDate.parse("2027-01-01")))).isEmpty();

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_AFTER_STANDARD_SUPPORT,
        Elements.TASK_OFFER_EXTENDED_MAINTENANCE);
  }

  @Test
  @DisplayName("EAM-4: a customer who declines extended maintenance has the incident closed as not entitled")
  void declinedClosesNotEntitled() {
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED).level(2).entitlement("eam-required"));
    ProcessInstance pi = start(reported);

    complete(task(Elements.TASK_OFFER_EXTENDED_MAINTENANCE, pi), withVariables(Vars.EAM_DECLINED, true));

    assertThat(pi).isEnded();
    assertThat(incident(reported).closureCode()).isEqualTo(IncidentStatus.CLOSED_NOT_ENTITLED);
  }

  @Test
  @DisplayName("EAM-4, LVL-5: a suggestion waiting for EAM goes to the managers' review once the contract is recorded")
  void suggestionResumesToReview() {
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED).level(5).entitlement("eam-required"));
    ProcessInstance pi = start(reported);

    resumption().contractRecorded(contract("2026-01-01", "2027-01-01"));

    assertThat(pi).isWaitingAtExactly(Elements.TASK_REVIEW_SUGGESTION);
  }

  @Test
  @DisplayName("LC-4: deprecated software gets best effort: no response clock, a support manager decides whether experts "
      + "can help")
  void bestEffortGoesToAManager() {
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED).level(1).entitlement("best-effort"));

    ProcessInstance pi = start(reported);

    assertThat(pi).as("no Level 1 duties, no access request, no timer").isWaitingAtExactly(
        Elements.SUBPROCESS_AFTER_STANDARD_SUPPORT, Elements.TASK_DECIDE_BEST_EFFORT);
    assertThat(task(Elements.TASK_DECIDE_BEST_EFFORT, pi)).hasCandidateGroup("support-managers");
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  @DisplayName("LC-4: with experts, the customer is told and the work goes ahead without a deadline")
  void bestEffortWithExpertsGoesToWork() {
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED).level(3).entitlement("best-effort"));
    ProcessInstance pi = start(reported);

    complete(task(Elements.TASK_DECIDE_BEST_EFFORT, pi),
        withVariables(Vars.EXPERTS_AVAILABLE, true, Vars.BEST_EFFORT_NOTE, "Our DCE 4 expert Wang Fang takes it."));

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_RESOLUTION, Elements.TASK_RESOLVE_INCIDENT);
    assertThat(task(Elements.TASK_RESOLVE_INCIDENT, pi).getDueDate()).isNull();
    Incident incident = incident(reported);
    assertThat(incident.firstContactAt()).as("the answer is the first contact").isEqualTo(REPORTED);
    TimelineEntry told = timeline(reported).get(timeline(reported).size() - 1);
    assertThat(told.event()).isEqualTo(TimelineEvent.BEST_EFFORT.code());
    assertThat(told.detail()).contains("best-effort", "Wang Fang");
    assertThat(pi).variables().doesNotContainKey(Vars.BEST_EFFORT_NOTE);
  }

  @Test
  @DisplayName("LC-4: without experts, the customer is told why and the incident closes as declined")
  void bestEffortWithoutExpertsCloses() {
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED).level(3).entitlement("best-effort"));
    ProcessInstance pi = start(reported);

    complete(task(Elements.TASK_DECIDE_BEST_EFFORT, pi),
        withVariables(Vars.EXPERTS_AVAILABLE, false, Vars.BEST_EFFORT_NOTE, "Nobody knows DCE 3 any more."));

    assertThat(pi).isEnded();
    assertThat(incident(reported).closureCode()).isEqualTo(IncidentStatus.CLOSED_DECLINED);
    assertThat(events(reported)).contains(TimelineEvent.BEST_EFFORT.code(), TimelineEvent.CLOSED.code());
    assertThat(timeline(reported).get(timeline(reported).size() - 1).detail()).contains("deprecated");
  }

  private static ExtendedMaintenanceResumption resumption() {
    return new ExtendedMaintenanceResumption(IncidentProcessFixture.store(),
        IncidentProcessFixture.engine().getRuntimeService());
  }

  private static ExtendedMaintenanceContracts.Recorded contract(String start, String end) {
    return new ExtendedMaintenanceContracts.Recorded("acme", "prod-1", LocalDate.parse(start), LocalDate.parse(end));
  }
}
