package com.daocloud.support.incident.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.daocloud.support.incident.AccessAnswer;
import com.daocloud.support.incident.CriticalWindows;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.incident.RemoteAccess;
import com.daocloud.support.incident.TimelineEntry;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
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
      + " and the contact task at once, and customer service is to phone the customer for access; due 1 h after the report")
  void levelOneReportStartsEveryDuty() {
    // Given a Level 1 report of a professional customer
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED));

    // When the process starts from the report
    ProcessInstance pi = start(reported);

    // Then the supervisor, the representative and the first response are all waiting
    assertThat(pi).isWaitingAt(Elements.TASK_ACKNOWLEDGE_LEVEL1, Elements.TASK_NOTE_LEVEL1,
        Elements.TASK_CONTACT_CUSTOMER, Elements.TASK_ASK_FOR_ACCESS, Elements.RECEIVE_TASK_LEVEL1_OPEN);
    assertThat(task(Elements.TASK_ASK_FOR_ACCESS, pi)).hasCandidateGroup("customer-service");
    assertThat(task(Elements.TASK_ACKNOWLEDGE_LEVEL1, pi)).hasCandidateGroup("duty-supervisors");
    assertThat(task(Elements.TASK_NOTE_LEVEL1, pi)).as("acme names its representative").hasCandidateUser("service");
    assertThat(BpmnAwareTests.taskService().getIdentityLinksForTask(task(Elements.TASK_NOTE_LEVEL1, pi).getId()))
        .as("the notice is the representative's, not the whole group's").noneMatch(link -> link.getGroupId() != null);
    assertThat(task(Elements.TASK_CONTACT_CUSTOMER, pi)).hasCandidateGroup("customer-service")
        .hasCandidateGroup("support-engineers")
        .hasDueDate(Date.from(REPORTED.plus(Duration.ofHours(1))));
    assertThat(incident(reported).responseDue()).isEqualTo("2026-03-09T11:00:00+08:00");
    assertThat(events(reported)).containsExactly(TimelineEvent.REPORTED.code(), TimelineEvent.CLASSIFIED.code(),
        TimelineEvent.ENTITLEMENT.code(), TimelineEvent.RESPONSE_DUE.code(), TimelineEvent.ACCESS_REQUESTED.code());
  }

  @Test
  @DisplayName("L12-3: a customer that names no representative has the Level 1 notice go to the customer-service group")
  void levelOneNoticeWithoutRepresentativeGoesToTheGroup() {
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED).customer("initech",
        ZoneId.of("Asia/Shanghai"), "cn-2026"));

    ProcessInstance pi = start(reported);

    assertThat(task(Elements.TASK_NOTE_LEVEL1, pi)).hasCandidateGroup("customer-service");
    assertThat(BpmnAwareTests.taskService().getIdentityLinksForTask(task(Elements.TASK_NOTE_LEVEL1, pi).getId()))
        .noneMatch(link -> link.getUserId() != null);
  }

  @Test
  @DisplayName("SVC-2, L12-3: a Level 1 report inside the customer's critical phase is flagged critical-event in its timeline"
      + " and its Level 1 notice also goes to the dedicated S360 team")
  void levelOneReportInsideCriticalPhase() {
    // Given acme's key launch on prod-1 around the report, with 'success' its dedicated team
    IncidentProcessFixture.CRITICAL_WINDOWS.register("acme", new CriticalWindows.Window(7, "launch",
        REPORTED.minus(Duration.ofHours(2)), REPORTED.plus(Duration.ofDays(1)), "Mobile banking launch",
        List.of("success")));
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED));

    // When the process starts from the report
    ProcessInstance pi = start(reported);

    // Then the customer reads that the incident is a critical-event one, and the team shares the notice
    assertThat(events(reported)).containsExactly(TimelineEvent.REPORTED.code(), TimelineEvent.CLASSIFIED.code(),
        TimelineEvent.ENTITLEMENT.code(), TimelineEvent.RESPONSE_DUE.code(), TimelineEvent.CRITICAL_EVENT.code(),
        TimelineEvent.ACCESS_REQUESTED.code());
    assertThat(timeline(reported)).filteredOn(e -> e.event().equals(TimelineEvent.CRITICAL_EVENT.code()))
        .singleElement().satisfies(e -> {
          assertThat(e.internal()).isFalse();
          assertThat(e.detail()).startsWith("Reported during the key launch registered for this cluster"
              + " (Mobile banking launch, Mon 9 Mar 08:00 Shanghai time to Tue 10 Mar 10:00 Shanghai time)");
        });
    assertThat(task(Elements.TASK_NOTE_LEVEL1, pi)).hasCandidateUser("service").hasCandidateUser("success");
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
  @ValueSource(ints = {3, 4})
  @DisplayName("LVL-3, LVL-4: below Level 2 the incident goes straight to the first contact, without access duties or "
      + "Level 1 duties")
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

  // ---------------------------------------------------------------- access for Level 1 and 2 (L12-1, L12-2)

  @Test
  @DisplayName("L12-1: a Level 2 incident needs access too: customer service is to phone the customer, and the request "
      + "is in the timeline; no Level 1 duties")
  void levelTwoAsksForAccess() {
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED).level(2));

    ProcessInstance pi = start(reported);

    assertThat(pi).isWaitingAtExactly(Elements.TASK_CONTACT_CUSTOMER, Elements.EVENT_SUBPROCESS_ACCESS,
        Elements.TASK_ASK_FOR_ACCESS);
    assertThat(task(Elements.TASK_ASK_FOR_ACCESS, pi)).hasCandidateGroup("customer-service");
    assertThat(timeline(reported)).filteredOn(e -> e.event().equals(TimelineEvent.ACCESS_REQUESTED.code()))
        .singleElement().satisfies(e -> assertThat(e.detail()).startsWith("This Level 2 incident needs immediate, "
            + "secure remote access").contains("within 30 minutes of that call"));
  }

  @Test
  @DisplayName("L12-1: access granted on the representative's call is recorded with who answered; it stays Level 1")
  void accessGrantedOnTheCall() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED));
    ProcessInstance pi = startBefore(reported, Elements.TASK_ASK_FOR_ACCESS, Elements.TASK_CONTACT_CUSTOMER);

    complete(task(Elements.TASK_ASK_FOR_ACCESS, pi), withVariables(Vars.ACCESS_ANSWER, "granted",
        Vars.ACCESS_ANSWERED_BY, "Li Lei (operations lead)"));

    assertThat(pi).hasPassed(Elements.END_ACCESS_GRANTED).isWaitingAtExactly(Elements.TASK_CONTACT_CUSTOMER);
    assertThat(incident(reported).level()).isEqualTo(1);
    assertThat(timeline(reported)).extracting(TimelineEntry::event, TimelineEntry::detail).containsExactly(
        org.assertj.core.groups.Tuple.tuple(TimelineEvent.ACCESS_GRANTED.code(),
            "Remote access granted by Li Lei (operations lead) on the phone."));
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys(Vars.ACCESS_ANSWER, Vars.ACCESS_ANSWERED_BY);
  }

  @Test
  @DisplayName("L12-1, L12-2: on-site access arranged through the API counts as access, even before the call: the "
      + "call task ends and the incident stays Level 1")
  void onSiteThroughTheApiBeforeTheCall() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED));
    ProcessInstance pi = startBefore(reported, Elements.TASK_ASK_FOR_ACCESS, Elements.TASK_CONTACT_CUSTOMER);

    assertThat(answerAccess(reported, AccessAnswer.ON_SITE, "acme-user")).isTrue();

    assertThat(pi).hasPassed(Elements.END_ACCESS_GRANTED).isWaitingAtExactly(Elements.TASK_CONTACT_CUSTOMER);
    assertThat(incident(reported).level()).isEqualTo(1);
    assertThat(timeline(reported)).extracting(TimelineEntry::detail).containsExactly(
        "On-site access arranged instead of remote access by acme-user through the support API.");
  }

  @Test
  @DisplayName("L12-2: the wait counts from the call, not the report: a Level 1 reported at 02:00 on a Saturday, "
      + "called at 02:40 without an answer, becomes Level 2 at 03:10, due from the original report; the duty "
      + "supervisor is told, the Level 1 notices stay and the hourly updates stop")
  void waitCountsFromTheCall() {
    Instant saturday = OffsetDateTime.parse("2026-03-07T02:00:00+08:00").toInstant();
    ClockUtil.setCurrentTime(Date.from(saturday));
    Reported reported = IncidentProcessFixture.intake(new Report(saturday));
    ProcessInstance pi = start(reported);
    assertThat(jobQuery().processInstanceId(pi.getId()).activityId(Elements.TIMER_REMOTE_ACCESS_WAIT).count())
        .as("no wait before the request reached the customer").isZero();

    // When customer service calls at 02:40 and nobody can answer yet
    ClockUtil.setCurrentTime(Date.from(saturday.plus(Duration.ofMinutes(40))));
    complete(task(Elements.TASK_ASK_FOR_ACCESS, pi), withVariables(Vars.ACCESS_ANSWER, "no-answer"));
    Job wait = jobQuery().processInstanceId(pi.getId()).activityId(Elements.TIMER_REMOTE_ACCESS_WAIT).singleResult();
    assertThat(wait.getDuedate().toInstant()).isEqualTo(saturday.plus(Duration.ofMinutes(70)));
    ClockUtil.setCurrentTime(wait.getDuedate());
    execute(wait);

    // Then it is Level 2, due 2 h after the original report (professional, 24x7)
    assertThat(incident(reported).level()).isEqualTo(2);
    assertThat(incident(reported).responseDue()).isEqualTo("2026-03-07T04:00:00+08:00");
    assertThat(task(Elements.TASK_NOTE_RECLASSIFICATION, pi)).hasCandidateGroup("duty-supervisors");
    assertThat(pi).isWaitingAt(Elements.TASK_ACKNOWLEDGE_LEVEL1, Elements.TASK_NOTE_LEVEL1,
        Elements.TASK_CONTACT_CUSTOMER).hasPassed(Elements.END_LEVEL1_ENDED);
    assertThat(jobQuery().processInstanceId(pi.getId()).activityId(Elements.TIMER_STATUS_UPDATE).count()).isZero();
    assertThat(timeline(reported)).filteredOn(e -> e.event().equals(TimelineEvent.ACCESS_REFUSED.code()))
        .extracting(TimelineEntry::detail).containsExactly("No access was granted within 30 minutes of the request.");
    assertThat(events(reported)).contains(TimelineEvent.RECLASSIFIED.code());

    complete(task(Elements.TASK_NOTE_RECLASSIFICATION, pi));
    assertThat(pi).hasPassed(Elements.END_RECLASSIFIED);
  }

  @Test
  @DisplayName("L12-2: refusing access through the API makes it Level 2, due 2 h after the ORIGINAL report; the "
      + "contact timers follow")
  void refusedAccessReclassifies() {
    // Given a Level 1 incident whose customer was called, waiting for the answer and the first contact
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED));
    ProcessInstance pi = startBefore(reported, Elements.EVENT_GATEWAY_REMOTE_ACCESS, Elements.TASK_CONTACT_CUSTOMER);

    // When the customer refuses 10 minutes later
    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofMinutes(10))));
    assertThat(answerAccess(reported, AccessAnswer.REFUSED, "acme-user")).isTrue();

    // Then it is Level 2 with the deadline 2 h after the report, not after the refusal
    Incident incident = incident(reported);
    assertThat(incident.level()).isEqualTo(2);
    assertThat(incident.responseDue()).isEqualTo("2026-03-09T12:00:00+08:00");
    assertThat(pi).isWaitingAtExactly(Elements.TASK_CONTACT_CUSTOMER, Elements.EVENT_SUBPROCESS_ACCESS,
        Elements.TASK_NOTE_RECLASSIFICATION);
    assertThat(timerDue(pi, Elements.TIMER_RESPONSE_DUE)).isEqualTo(REPORTED.plus(Duration.ofHours(2)));
    assertThat(timerDue(pi, Elements.TIMER_RESPONSE_WARNING)).isEqualTo(REPORTED.plus(Duration.ofMinutes(90)));
    assertThat(timeline(reported)).extracting(TimelineEntry::event, TimelineEntry::detail).startsWith(
        org.assertj.core.groups.Tuple.tuple(TimelineEvent.ACCESS_REFUSED.code(),
            "Access was refused by acme-user through the support API."));
    assertThat(events(reported)).containsExactly(TimelineEvent.ACCESS_REFUSED.code(), TimelineEvent.RECLASSIFIED.code());
    assertThat(runtime.getVariable(pi.getId(), Vars.LEVEL)).isEqualTo(2);
  }

  @Test
  @DisplayName("L12-1: a Level 2 incident without access in time stays Level 2, and the customer is told that "
      + "resolution may be delayed")
  void levelTwoWithoutAccessIsDelayed() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(2));
    ProcessInstance pi = startBefore(reported, Elements.EVENT_GATEWAY_REMOTE_ACCESS, Elements.TASK_CONTACT_CUSTOMER);

    Job wait = jobQuery().processInstanceId(pi.getId()).activityId(Elements.TIMER_REMOTE_ACCESS_WAIT).singleResult();
    ClockUtil.setCurrentTime(wait.getDuedate());
    execute(wait);

    assertThat(pi).hasPassed(Elements.END_NO_ACCESS).isWaitingAtExactly(Elements.TASK_CONTACT_CUSTOMER);
    assertThat(incident(reported).level()).isEqualTo(2);
    assertThat(events(reported)).containsExactly(TimelineEvent.ACCESS_REFUSED.code(),
        TimelineEvent.ACCESS_MISSING.code());
  }

  // ---------------------------------------------------------------- hourly updates (L12-4)

  @Test
  @DisplayName("L12-4: every hour, 24/7, an engineer posts a status update that appears in the customer's timeline, "
      + "saying when the customer was also told by phone")
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
    complete(task(Elements.TASK_POST_STATUS_UPDATE, pi), withVariables(Vars.STATUS_UPDATE, "Root cause found",
        Vars.STATUS_CHANNEL, "call"));
    assertThat(timeline(reported)).extracting(TimelineEntry::event, TimelineEntry::detail).containsExactly(
        org.assertj.core.groups.Tuple.tuple(TimelineEvent.STATUS_UPDATE.code(), "Told by phone: Root cause found"));
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys(Vars.STATUS_UPDATE, Vars.STATUS_CHANNEL);
    assertThat(timerDue(pi, Elements.TIMER_STATUS_UPDATE)).isEqualTo(REPORTED.plus(Duration.ofHours(2)));
  }

  @Test
  @DisplayName("L12-4: the hourly grid runs from the report whatever the engineers do (Sunday 03:00 counts like any "
      + "other hour): a late update does not shift it, and a missed hour goes to the duty supervisor, never skipped")
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

    // The 02:00 update, still open at 03:00, stays the one to do; the duty supervisor chases it
    assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Elements.TASK_POST_STATUS_UPDATE).count())
        .isEqualTo(1);
    assertThat(task(Elements.TASK_CHASE_STATUS_UPDATE, pi)).hasCandidateGroup("duty-supervisors");
    assertThat(timerDue(pi, Elements.TIMER_STATUS_UPDATE)).isEqualTo(sunday.plus(Duration.ofHours(3)));
    BpmnAwareTests.taskService().claim(task(Elements.TASK_CHASE_STATUS_UPDATE, pi).getId(), "supervisor");
    complete(task(Elements.TASK_CHASE_STATUS_UPDATE, pi), withVariables(Vars.CHASE_NOTE, "Called Wang Wei"));
    assertThat(timeline(reported)).extracting(TimelineEntry::event, TimelineEntry::detail).containsExactly(
        org.assertj.core.groups.Tuple.tuple(TimelineEvent.STATUS_UPDATE_CHASED.code(),
            "Hourly status update overdue; the duty supervisor supervisor: Called Wang Wei"));
    assertThat(TimelineEvent.STATUS_UPDATE_CHASED.customerSees()).isFalse();

    ClockUtil.setCurrentTime(Date.from(sunday.plus(Duration.ofMinutes(150))));
    complete(task(Elements.TASK_POST_STATUS_UPDATE, pi), withVariables(Vars.STATUS_UPDATE, "Still working"));
    assertThat(events(reported)).endsWith(TimelineEvent.STATUS_UPDATE.code());
    assertThat(timerDue(pi, Elements.TIMER_STATUS_UPDATE)).as("a late update does not shift the grid")
        .isEqualTo(sunday.plus(Duration.ofHours(3)));
    ClockUtil.setCurrentTime(Date.from(sunday.plus(Duration.ofHours(3))));
    execute(timerJob(Elements.TIMER_STATUS_UPDATE, pi));
    assertThat(task(Elements.TASK_POST_STATUS_UPDATE, pi)).as("the 04:00 update").isNotNull();
  }

  @Test
  @DisplayName("L12-4: no hourly update is due while a proposed solution awaits the customer; after an objection the "
      + "incident is worked again and the updates resume")
  void noUpdatesWhileASolutionAwaitsTheCustomer() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED));
    ProcessInstance pi = startBefore(reported, Elements.RECEIVE_TASK_LEVEL1_OPEN);

    IncidentProcessFixture.store().setStatus(reported.number(), IncidentStatus.SOLUTION_PROPOSED);
    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofHours(1))));
    execute(timerJob(Elements.TIMER_STATUS_UPDATE, pi));
    assertThat(pi).hasPassed(Elements.END_NO_UPDATE_DUE);
    assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();

    IncidentProcessFixture.store().setStatus(reported.number(), IncidentStatus.OPEN);
    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofHours(2))));
    execute(timerJob(Elements.TIMER_STATUS_UPDATE, pi));
    assertThat(task(Elements.TASK_POST_STATUS_UPDATE, pi)).isNotNull();
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
    assertThat(task(pi).getPriority())
        .isEqualTo(IncidentTasks.priority(1, IncidentTasks.Stage.AT_RISK));
    TimelineEntry warning = timeline(reported).get(0);
    assertThat(warning.event()).isEqualTo(TimelineEvent.RESPONSE_WARNING.code());
    assertThat(warning.internal()).isTrue();
    assertThat(warning.detail()).contains("customer-service", "support-engineers",
        "the around-the-clock response time of 1 hour", "due Mon 9 Mar 11:00 Shanghai time");
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

    // The supervisor records what she did (ResponseBreachProcessTest: the staff timeline)
    complete(task(Elements.TASK_HANDLE_RESPONSE_BREACH, pi),
        withVariables(Vars.BREACH_ACTION, IncidentProcess.Values.BREACH_CALLED_CUSTOMER));
    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofMinutes(70))));
    complete(task(Elements.TASK_CONTACT_CUSTOMER, pi));
    assertThat(timeline(reported)).filteredOn(e -> TimelineEvent.CONTACTED.code().equals(e.event()))
        .singleElement().extracting(TimelineEntry::detail).asString().contains("after the response deadline");
  }

  // ---------------------------------------------------------------- on-site (RSP-4, L12-5)

  @Test
  @DisplayName("RSP-4, L12-5: where the tier offers on-site, the engineer dispatches staff from the contact form; dispatch to arrival, within the 24x7 coverage, is the on-site response time")
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
        .contains("on-site response time 1 hour 30 minutes");
    // the dispatch is recorded as the form is completed, the first contact right after it
    assertThat(events(reported)).containsExactly(TimelineEvent.ON_SITE_DISPATCHED.code(), TimelineEvent.CONTACTED.code(),
        TimelineEvent.ON_SITE_ARRIVED.code());
    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_RESOLUTION, Elements.TASK_RESOLVE_INCIDENT);
  }

  @Test
  @DisplayName("RSP-4: a standard-tier Level 3 incident (channels without on-site) is not dispatched, even if asked")
  void noOnSiteForStandardTierBelowLevelOne() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3).tier("standard"));
    ProcessInstance pi = startBefore(reported, Elements.TASK_CONTACT_CUSTOMER);

    complete(task(Elements.TASK_CONTACT_CUSTOMER, pi), withVariables(Vars.DISPATCH_ON_SITE, true));

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_RESOLUTION, Elements.TASK_RESOLVE_INCIDENT)
        .hasPassed(Elements.END_ON_SITE_NOT_OFFERED);
    assertThat(incident(reported).onSiteDispatchedAt()).isNull();
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKey(Vars.DISPATCH_ON_SITE);
  }

  @Test
  @DisplayName("L12-5, RSP-4: any Level 1 may get on-site staff when needed, even on a tier without on-site")
  void levelOneOnAStandardTierMayBeDispatched() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).tier("standard"));
    ProcessInstance pi = startBefore(reported, Elements.TASK_CONTACT_CUSTOMER);

    complete(task(Elements.TASK_CONTACT_CUSTOMER, pi), withVariables(Vars.DISPATCH_ON_SITE, true));

    assertThat(pi).isWaitingAt(Elements.TASK_CONFIRM_ON_SITE_ARRIVAL, Elements.TASK_RESOLVE_INCIDENT);
    assertThat(incident(reported).onSiteDispatchedAt()).isEqualTo(REPORTED);
  }

  @Test
  @DisplayName("RSP-4: on-site staff may be dispatched later, from the resolve form, and the on-site response time "
      + "counts within the incident's 5x8 coverage: dispatched Friday 17:00, on site Monday 10:00 is PT2H")
  void dispatchDuringResolutionCountsCoverageTime() {
    // A professional Level 3 in Shanghai (5x8 on cn-2026), worked on a Friday afternoon
    Instant friday = OffsetDateTime.parse("2026-03-06T17:00:00+08:00").toInstant();
    ClockUtil.setCurrentTime(Date.from(friday));
    Reported reported = IncidentProcessFixture.report(new Report(friday).level(3));
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);

    complete(task(Elements.TASK_RESOLVE_INCIDENT, pi), withVariables(Vars.OUTCOME, "need-information",
        Vars.INFORMATION_REQUESTED, "Which nodes restarted?", Vars.DISPATCH_ON_SITE, true));
    assertThat(incident(reported).onSiteDispatchedAt()).isEqualTo(friday);

    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-03-09T10:00:00+08:00").toInstant()));
    complete(task(Elements.TASK_CONFIRM_ON_SITE_ARRIVAL, pi));

    assertThat(timeline(reported)).filteredOn(e -> e.event().equals(TimelineEvent.ON_SITE_ARRIVED.code()))
        .singleElement().satisfies(e -> assertThat(e.detail()).contains("2 hours", "business-hours coverage"));
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

  /** The customer's answer through the API: the API's own delivery (RemoteAccess). */
  private boolean answerAccess(Reported reported, AccessAnswer answer, String user) {
    return new RemoteAccess(runtime).answer(incident(reported), answer, user);
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

  @SuppressWarnings("unused")
  private static Map<String, Object> none() {
    return Map.of();
  }
}
