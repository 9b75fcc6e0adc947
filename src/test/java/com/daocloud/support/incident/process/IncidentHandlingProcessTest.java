package com.daocloud.support.incident.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.incident.TimelineEntry;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.process.IncidentProcess.Messages;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import com.daocloud.support.incident.process.IncidentProcessFixture.Report;
import com.daocloud.support.incident.process.IncidentProcessFixture.Reported;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code incident-handling} model up to the first response, each path started where it
 * begins, against an in-memory engine with the real delegates and store and faked response terms.
 */
class IncidentHandlingProcessTest extends IncidentProcessTestCase {


  // ---------------------------------------------------------------- Level 1 at the start

  @Test
  @DisplayName("LVL-1, L12-3, L12-1: a Level 1 report reaches the duty supervisor, the customer-service representative"
      + " and the contact task at once, and asks the customer for remote access; due 1 h after the report")
  void levelOneReportStartsEveryDuty() {
    // Given a Level 1 report of a professional customer
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED));

    // When the process starts from the report
    ProcessInstance pi = start(reported);

    // Then the supervisor, the representative and the first response are all waiting
    assertThat(pi).isWaitingAt(Elements.TASK_ACKNOWLEDGE_LEVEL1, Elements.TASK_NOTE_LEVEL1,
        Elements.TASK_CONTACT_CUSTOMER, Elements.EVENT_GATEWAY_REMOTE_ACCESS, Elements.RECEIVE_TASK_LEVEL1_OPEN);
    assertThat(task(Elements.TASK_ACKNOWLEDGE_LEVEL1, pi)).hasCandidateGroup("duty-supervisors");
    assertThat(task(Elements.TASK_NOTE_LEVEL1, pi)).hasCandidateGroup("customer-service");
    assertThat(task(Elements.TASK_CONTACT_CUSTOMER, pi)).hasCandidateGroup("customer-service")
        .hasCandidateGroup("support-engineers")
        .hasDueDate(Date.from(REPORTED.plus(Duration.ofHours(1))));
    assertThat(incident(reported).responseDue()).isEqualTo("2026-03-09T11:00:00+08:00");
    assertThat(events(reported)).containsExactly(TimelineEvent.REPORTED.code(), TimelineEvent.CLASSIFIED.code(),
        TimelineEvent.ENTITLEMENT.code(), TimelineEvent.RESPONSE_DUE.code(), TimelineEvent.ACCESS_REQUESTED.code());
  }

  @Test
  @DisplayName("L12-3: the supervisor's acknowledgement needs nothing but completing the task")
  void supervisorAcknowledges() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED));
    ProcessInstance pi = startBefore(reported, Elements.TASK_ACKNOWLEDGE_LEVEL1);

    complete(task(Elements.TASK_ACKNOWLEDGE_LEVEL1, pi));

    assertThat(pi).hasPassed("EndEvent_Acknowledged");
  }

  @ParameterizedTest(name = "Level {0}")
  @ValueSource(ints = {2, 3, 4})
  @DisplayName("LVL-2, LVL-3, LVL-4: below Level 1 the incident goes straight to the first contact, without Level 1 duties")
  void otherLevelsGoStraightToContact(int level) {
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED).level(level));

    ProcessInstance pi = start(reported);

    assertThat(pi).isWaitingAtExactly(Elements.TASK_CONTACT_CUSTOMER);
    assertThat(task(Elements.TASK_CONTACT_CUSTOMER, pi))
        .hasDueDate(Date.from(reported.plan().responseDueAt()));
  }

  @Test
  @DisplayName("LVL-3, RSP-2: a Level 3 report of a Berlin customer on Friday 16:00 is due Monday 11:00 Berlin time (5x8)")
  void levelThreeBerlinDeadlineInBerlinTime() {
    // Given a professional customer in Berlin on the weekdays calendar, reporting on Friday at 16:00
    Instant friday = OffsetDateTime.parse("2026-03-06T16:00:00+01:00").toInstant();
    ClockUtil.setCurrentTime(Date.from(friday));
    Reported reported = IncidentProcessFixture.intake(new Report(friday).level(3)
        .customer("berlin-gmbh", ZoneId.of("Europe/Berlin"), "weekdays"));

    ProcessInstance pi = start(reported);

    // Then 2 coverage hours on Friday and 2 on Monday: due Monday 11:00 Berlin time
    assertThat(incident(reported).responseDue()).isEqualTo("2026-03-09T11:00:00+01:00");
    assertThat(task(Elements.TASK_CONTACT_CUSTOMER, pi))
        .hasDueDate(Date.from(OffsetDateTime.parse("2026-03-09T11:00:00+01:00").toInstant()));
  }

  // ---------------------------------------------------------------- not entitled, suggestions

  @Test
  @DisplayName("Entitlement: a not-entitled incident is told to the customer by customer service and closes as not-entitled, without an SLA clock")
  void notEntitledClosesAfterTheCustomerIsTold() {
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED).entitlement("not-entitled"));
    ProcessInstance pi = start(reported);

    assertThat(pi).isWaitingAtExactly(Elements.TASK_INFORM_NOT_ENTITLED);
    assertThat(task(pi)).hasCandidateGroup("customer-service");
    assertThat(incident(reported).responseDue()).isNull();
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();

    complete(task(pi));

    assertThat(pi).isEnded().hasPassed(Elements.END_INCIDENT_CLOSED);
    assertThat(incident(reported).status()).isEqualTo(IncidentStatus.CLOSED);
    assertThat(incident(reported).closureCode()).isEqualTo(IncidentStatus.CLOSED_NOT_ENTITLED);
  }

  @Test
  @DisplayName("LVL-5: a suggestion goes to the support managers; their answer reaches the customer's timeline")
  void suggestionIsReviewedAndAnswered() {
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED).level(5));
    ProcessInstance pi = start(reported);

    assertThat(pi).isWaitingAtExactly(Elements.TASK_REVIEW_SUGGESTION);
    assertThat(task(pi)).hasCandidateGroup("support-managers");

    complete(task(pi), withVariables(Vars.SUGGESTION_ACCEPTED, true, Vars.SUGGESTION_ANSWER, "Planned for 5.2"));

    assertThat(pi).isEnded().hasPassed(Elements.END_INCIDENT_CLOSED);
    assertThat(timeline(reported)).anySatisfy(e -> {
      assertThat(e.event()).isEqualTo(TimelineEvent.SUGGESTION_ANSWERED.code());
      assertThat(e.detail()).isEqualTo("Suggestion accepted: Planned for 5.2");
    });
    assertThat(incident(reported).closureCode()).isEqualTo(IncidentStatus.CLOSED_RESOLVED);
  }

  // ---------------------------------------------------------------- remote access (L12-1, L12-2)

  @Test
  @DisplayName("L12-1: remote access granted in time keeps the incident at Level 1")
  void remoteAccessGranted() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED));
    ProcessInstance pi = startBefore(reported, Elements.EVENT_GATEWAY_REMOTE_ACCESS, Elements.TASK_CONTACT_CUSTOMER);

    answerRemoteAccess(reported, true);

    assertThat(pi).hasPassed(Elements.END_ACCESS_GRANTED).isWaitingAt(Elements.TASK_CONTACT_CUSTOMER);
    assertThat(incident(reported).level()).isEqualTo(1);
    assertThat(events(reported)).containsExactly(TimelineEvent.ACCESS_GRANTED.code());
  }

  @Test
  @DisplayName("L12-2: refusing remote access makes it Level 2, due 2 h after the ORIGINAL report; the contact timers follow")
  void refusedRemoteAccessReclassifies() {
    // Given a Level 1 incident waiting for remote access and the first contact
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED));
    ProcessInstance pi = startBefore(reported, Elements.EVENT_GATEWAY_REMOTE_ACCESS, Elements.TASK_CONTACT_CUSTOMER);

    // When the customer refuses 10 minutes later
    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofMinutes(10))));
    answerRemoteAccess(reported, false);

    // Then it is Level 2 with the deadline 2 h after the report, not after the refusal
    Incident incident = incident(reported);
    assertThat(incident.level()).isEqualTo(2);
    assertThat(incident.responseDue()).isEqualTo("2026-03-09T12:00:00+08:00");
    assertThat(pi).hasPassed(Elements.END_RECLASSIFIED).isWaitingAtExactly(Elements.TASK_CONTACT_CUSTOMER);
    assertThat(timerDue(pi, Elements.TIMER_RESPONSE_DUE)).isEqualTo(REPORTED.plus(Duration.ofHours(2)));
    assertThat(timerDue(pi, Elements.TIMER_RESPONSE_WARNING)).isEqualTo(REPORTED.plus(Duration.ofMinutes(90)));
    assertThat(events(reported)).containsExactly(TimelineEvent.ACCESS_REFUSED.code(), TimelineEvent.RECLASSIFIED.code());
    assertThat(runtime.getVariable(pi.getId(), Vars.LEVEL)).isEqualTo(2);
  }

  @Test
  @DisplayName("L12-2: no grant within the configured 30 minutes makes it Level 2 and stops the hourly Level 1 updates")
  void noGrantInTimeReclassifies() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED));
    ProcessInstance pi = startBefore(reported, Elements.EVENT_GATEWAY_REMOTE_ACCESS,
        Elements.RECEIVE_TASK_LEVEL1_OPEN, Elements.TASK_CONTACT_CUSTOMER);
    Job wait = jobQuery().processInstanceId(pi.getId()).activityId(Elements.TIMER_REMOTE_ACCESS_WAIT).singleResult();
    assertThat(wait.getDuedate().toInstant()).isEqualTo(REPORTED.plus(Duration.ofMinutes(30)));

    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofMinutes(30))));
    execute(wait);

    assertThat(incident(reported).level()).isEqualTo(2);
    assertThat(incident(reported).responseDue()).isEqualTo("2026-03-09T12:00:00+08:00");
    assertThat(timeline(reported).get(0).detail()).isEqualTo("Remote access was not granted within PT30M.");
    assertThat(pi).isWaitingAtExactly(Elements.TASK_CONTACT_CUSTOMER);
    assertThat(jobQuery().processInstanceId(pi.getId()).activityId(Elements.TIMER_STATUS_UPDATE).count()).isZero();
  }

  // ---------------------------------------------------------------- hourly updates (L12-4)

  @Test
  @DisplayName("L12-4: every hour, 24/7, an engineer posts a status update that appears in the customer's timeline")
  void hourlyStatusUpdates() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED));
    ProcessInstance pi = startBefore(reported, Elements.RECEIVE_TASK_LEVEL1_OPEN);
    assertThat(timerDue(pi, Elements.TIMER_STATUS_UPDATE)).isEqualTo(REPORTED.plus(Duration.ofHours(1)));

    // When the hour is up
    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofHours(1))));
    execute(timerJob(Elements.TIMER_STATUS_UPDATE, pi));

    // Then an engineer posts the update, and the next one is due an hour later
    assertThat(pi).isWaitingAt(Elements.TASK_POST_STATUS_UPDATE);
    assertThat(task(Elements.TASK_POST_STATUS_UPDATE, pi)).hasCandidateGroup("support-engineers");
    complete(task(Elements.TASK_POST_STATUS_UPDATE, pi), withVariables(Vars.STATUS_UPDATE, "Root cause found"));
    assertThat(timeline(reported)).extracting(TimelineEntry::event, TimelineEntry::detail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(TimelineEvent.STATUS_UPDATE.code(), "Root cause found"));
    assertThat(timerDue(pi, Elements.TIMER_STATUS_UPDATE)).isEqualTo(REPORTED.plus(Duration.ofHours(2)));
  }

  @Test
  @DisplayName("L12-4: the hourly grid runs from the report whatever the engineers do (Sunday 03:00 counts like any "
      + "other hour): a late update does not shift it, and an hour whose update is still open adds no second task")
  void hourlyGridFromTheReport() {
    Instant sunday = OffsetDateTime.parse("2026-03-08T01:00:00+08:00").toInstant();
    ClockUtil.setCurrentTime(Date.from(sunday));
    Reported reported = IncidentProcessFixture.report(new Report(sunday));
    ProcessInstance pi = startBefore(reported, Elements.RECEIVE_TASK_LEVEL1_OPEN);

    ClockUtil.setCurrentTime(Date.from(sunday.plus(Duration.ofHours(1))));
    execute(timerJob(Elements.TIMER_STATUS_UPDATE, pi));
    assertThat(timerDue(pi, Elements.TIMER_STATUS_UPDATE)).isEqualTo(sunday.plus(Duration.ofHours(2)));
    ClockUtil.setCurrentTime(Date.from(sunday.plus(Duration.ofHours(2))));
    execute(timerJob(Elements.TIMER_STATUS_UPDATE, pi));

    assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Elements.TASK_POST_STATUS_UPDATE).count())
        .as("the 02:00 update, still open, is the one to do at 03:00").isEqualTo(1);
    assertThat(pi).hasPassed("EndEvent_UpdateMissed");
    assertThat(timerDue(pi, Elements.TIMER_STATUS_UPDATE)).isEqualTo(sunday.plus(Duration.ofHours(3)));

    ClockUtil.setCurrentTime(Date.from(sunday.plus(Duration.ofMinutes(150))));
    complete(task(Elements.TASK_POST_STATUS_UPDATE, pi), withVariables(Vars.STATUS_UPDATE, "Still working"));
    assertThat(events(reported)).containsExactly(TimelineEvent.STATUS_UPDATE.code());
    assertThat(timerDue(pi, Elements.TIMER_STATUS_UPDATE)).as("a late update does not shift the grid")
        .isEqualTo(sunday.plus(Duration.ofHours(3)));
    ClockUtil.setCurrentTime(Date.from(sunday.plus(Duration.ofHours(3))));
    execute(timerJob(Elements.TIMER_STATUS_UPDATE, pi));
    assertThat(task(Elements.TASK_POST_STATUS_UPDATE, pi)).as("the 04:00 update").isNotNull();
  }

  // ---------------------------------------------------------------- first response (RSP-3, RSP-5)

  @Test
  @DisplayName("RSP-3, RSP-5: completing the contact task is the first contact (or the callback); it is recorded and the resolution starts")
  void contactIsTheFirstContact() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(2));
    ProcessInstance pi = startBefore(reported, Elements.TASK_CONTACT_CUSTOMER);

    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofMinutes(40))));
    complete(task(Elements.TASK_CONTACT_CUSTOMER, pi));

    Incident incident = incident(reported);
    assertThat(incident.firstContactAt()).isEqualTo(REPORTED.plus(Duration.ofMinutes(40)));
    assertThat(incident.responseBreached()).isFalse();
    assertThat(events(reported)).containsExactly(TimelineEvent.CONTACTED.code());
    assertThat(timeline(reported).get(0).detail()).contains("within the response time");
    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_RESOLUTION, Elements.TASK_RESOLVE_INCIDENT);
    assertThat(task(pi)).hasCandidateGroup("support-engineers");
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  @DisplayName("RSP-3: at 75 % of the response time the candidate groups are warned and the contact task becomes urgent")
  void warningAtThreeQuarters() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED));
    ProcessInstance pi = startBefore(reported, Elements.TASK_CONTACT_CUSTOMER);
    assertThat(timerDue(pi, Elements.TIMER_RESPONSE_WARNING)).isEqualTo(REPORTED.plus(Duration.ofMinutes(45)));

    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofMinutes(45))));
    execute(timerJob(Elements.TIMER_RESPONSE_WARNING, pi));

    assertThat(pi).hasPassed(Elements.END_WARNING_SENT).isWaitingAtExactly(Elements.TASK_CONTACT_CUSTOMER);
    assertThat(task(pi).getPriority()).isEqualTo(ResponseWarningDelegate.URGENT_PRIORITY);
    TimelineEntry warning = timeline(reported).get(0);
    assertThat(warning.event()).isEqualTo(TimelineEvent.RESPONSE_WARNING.code());
    assertThat(warning.internal()).isTrue();
    assertThat(warning.detail()).contains("customer-service", "support-engineers", "2026-03-09T11:00:00+08:00");
    assertThat(IncidentProcessFixture.store().timeline(reported.id(), false)).isEmpty();
  }

  @Test
  @DisplayName("RSP-3: when the deadline's timer fires the incident is breached and the duty supervisor gets a task; the contact stays open")
  void deadlineBreach() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED));
    ProcessInstance pi = startBefore(reported, Elements.TASK_CONTACT_CUSTOMER);

    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofHours(1))));
    execute(timerJob(Elements.TIMER_RESPONSE_DUE, pi));

    assertThat(incident(reported).responseBreached()).isTrue();
    assertThat(pi).isWaitingAt(Elements.TASK_CONTACT_CUSTOMER, Elements.TASK_HANDLE_RESPONSE_BREACH);
    assertThat(task(Elements.TASK_HANDLE_RESPONSE_BREACH, pi)).hasCandidateGroup("duty-supervisors");
    assertThat(events(reported)).containsExactly(TimelineEvent.RESPONSE_BREACHED.code());

    complete(task(Elements.TASK_HANDLE_RESPONSE_BREACH, pi));
    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofMinutes(70))));
    complete(task(Elements.TASK_CONTACT_CUSTOMER, pi));
    assertThat(timeline(reported).get(1).detail()).contains("after the response deadline");
  }

  // ---------------------------------------------------------------- on-site (RSP-4, L12-5)

  @Test
  @DisplayName("RSP-4, L12-5: where the tier offers on-site, the engineer dispatches staff from the contact form; dispatch to arrival is the on-site response time")
  void onSiteDispatchAndArrival() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED));
    ProcessInstance pi = startBefore(reported, Elements.TASK_CONTACT_CUSTOMER);

    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofMinutes(20))));
    complete(task(Elements.TASK_CONTACT_CUSTOMER, pi), withVariables(Vars.DISPATCH_ON_SITE, true));

    assertThat(pi).isWaitingAt(Elements.TASK_CONFIRM_ON_SITE_ARRIVAL, Elements.TASK_RESOLVE_INCIDENT);
    assertThat(task(Elements.TASK_CONFIRM_ON_SITE_ARRIVAL, pi)).hasCandidateGroup("support-engineers");

    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofMinutes(110))));
    complete(task(Elements.TASK_CONFIRM_ON_SITE_ARRIVAL, pi));

    Incident incident = incident(reported);
    assertThat(incident.onSiteDispatchedAt()).isEqualTo(REPORTED.plus(Duration.ofMinutes(20)));
    assertThat(incident.onSiteArrivedAt()).isEqualTo(REPORTED.plus(Duration.ofMinutes(110)));
    assertThat(timeline(reported).get(2).detail()).as("the on-site response time, told to the customer")
        .contains("PT1H30M");
    assertThat(events(reported)).containsExactly(TimelineEvent.CONTACTED.code(), TimelineEvent.ON_SITE_DISPATCHED.code(),
        TimelineEvent.ON_SITE_ARRIVED.code());
    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_RESOLUTION, Elements.TASK_RESOLVE_INCIDENT);
  }

  @Test
  @DisplayName("RSP-4: a standard-tier incident (channels without on-site) never dispatches, even if asked")
  void noOnSiteForStandardTier() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).tier("standard"));
    ProcessInstance pi = startBefore(reported, Elements.TASK_CONTACT_CUSTOMER);

    complete(task(Elements.TASK_CONTACT_CUSTOMER, pi), withVariables(Vars.DISPATCH_ON_SITE, true));

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_RESOLUTION, Elements.TASK_RESOLVE_INCIDENT);
    assertThat(incident(reported).onSiteDispatchedAt()).isNull();
  }

  @Test
  @DisplayName("RSP-4, EAM-2: an incident under extended maintenance is remote only; on-site is never offered")
  void noOnSiteUnderExtendedMaintenance() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).extendedMaintenance());
    ProcessInstance pi = startBefore(reported, Elements.TASK_CONTACT_CUSTOMER);

    complete(task(Elements.TASK_CONTACT_CUSTOMER, pi), withVariables(Vars.DISPATCH_ON_SITE, true));

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_RESOLUTION, Elements.TASK_RESOLVE_INCIDENT);
    assertThat(incident(reported).onSiteDispatchedAt()).isNull();
  }

  // ---------------------------------------------------------------- helpers

  private void answerRemoteAccess(Reported reported, boolean granted) {
    runtime.createMessageCorrelation(Messages.REMOTE_ACCESS_ANSWERED).processInstanceBusinessKey(reported.number())
        .setVariable(Vars.REMOTE_ACCESS_GRANTED, granted).correlate();
  }

  private static Instant timerDue(ProcessInstance pi, String activityId) {
    return jobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult().getDuedate().toInstant();
  }

  private static Job timerJob(String activityId, ProcessInstance pi) {
    return jobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  private static org.camunda.bpm.engine.task.Task task(ProcessInstance pi) {
    return taskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private static List<TimelineEntry> timeline(Reported reported) {
    return IncidentProcessFixture.store().timeline(incident(reported).id(), true);
  }

  private static List<String> events(Reported reported) {
    return timeline(reported).stream().map(TimelineEntry::event).toList();
  }

  @SuppressWarnings("unused")
  private static Map<String, Object> none() {
    return Map.of();
  }
}
