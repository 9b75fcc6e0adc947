package com.daocloud.support.change.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.daocloud.support.change.ChangeRequest;
import com.daocloud.support.change.ChangeStatus;
import com.daocloud.support.change.process.ChangeControlProcess.Elements;
import com.daocloud.support.change.process.ChangeControlProcess.Messages;
import com.daocloud.support.change.process.ChangeControlProcess.Outcomes;
import com.daocloud.support.change.process.ChangeControlProcess.Vars;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code change-control} model, every path started where it begins, against an in-memory engine with
 * the real delegates and store and a fake of incident intake.
 */
@Deployment(resources = {ChangeControlProcess.RESOURCE,
    "bpmn/form-confirm-overdue-fees-paid.form", "bpmn/form-recertify.form", "bpmn/form-review-late-notice.form",
    "bpmn/form-inform-change-rejected.form", "bpmn/form-write-change-plan.form", "bpmn/form-verify-change.form",
    "bpmn/form-review-with-customer.form"})
class ChangeControlProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .useProcessEngine(ChangeProcessFixture.engine()).build();

  /** Thursday 2026-11-26 10:00 in Shanghai. */
  private static final Instant NOW = OffsetDateTime.parse("2026-11-26T10:00:00+08:00").toInstant();

  private RuntimeService runtime;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    runtime = extension.getRuntimeService();
    ChangeProcessFixture.registerDelegates();
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  // ---------------------------------------------------------------- notice (CHG-1, CHG-4)

  @Test
  @DisplayName("CHG-1: a production change 40 days out is accepted without review and goes to the change control plan")
  void productionChangeInTimeIsAccepted() {
    // Given a production change announced 40 days ahead
    ChangeRequest change = ChangeProcessFixture.submit("production-change", NOW, NOW.plus(Duration.ofDays(40)), false);

    // When its process starts
    ProcessInstance pi = startAndRun(change);

    // Then it is accepted and an engineer writes the plan
    assertThat(change.noticeDays()).isEqualTo(40);
    assertThat(pi).hasPassed(Elements.TASK_ACCEPT_CHANGE).hasNotPassed(Elements.TASK_REVIEW_LATE_NOTICE)
        .isWaitingAtExactly(Elements.SUBPROCESS_CHANGE, Elements.SUBPROCESS_EXECUTION, Elements.TASK_WRITE_CHANGE_PLAN);
    assertThat(task(Elements.TASK_WRITE_CHANGE_PLAN, pi)).hasCandidateGroup("support-engineers");
    assertThat(status(change)).isEqualTo(ChangeStatus.ACCEPTED);
  }

  @Test
  @DisplayName("CHG-1: a production change 10 days out waits for a support manager's review")
  void lateProductionChangeWaitsForManager() {
    ChangeRequest change = ChangeProcessFixture.submit("production-change", NOW, NOW.plus(Duration.ofDays(10)), false);

    ProcessInstance pi = startAndRun(change);

    assertThat(change.noticeSufficient()).isFalse();
    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_CHANGE, Elements.TASK_REVIEW_LATE_NOTICE);
    assertThat(task(Elements.TASK_REVIEW_LATE_NOTICE, pi)).hasCandidateGroup("support-managers")
        .hasDueDate(Date.from(change.plannedAt()));
    // and the manager's form reads the planned time in words in the customer's zone, a value of the task only
    String review = task(Elements.TASK_REVIEW_LATE_NOTICE, pi).getId();
    assertThat(extension.getFormService().getTaskFormVariables(review).getValue("plannedAtText", String.class))
        .isEqualTo("Sun 6 Dec 10:00 Shanghai time");
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKey("plannedAtText");
  }

  @Test
  @DisplayName("CHG-1: a manager accepts a late production change as expedited; the plan follows")
  void managerAcceptsLateNotice() {
    ChangeRequest change = ChangeProcessFixture.submit("production-change", NOW, NOW.plus(Duration.ofDays(10)), false);
    ProcessInstance pi = startBefore(change, Elements.TASK_REVIEW_LATE_NOTICE);

    complete(task(Elements.TASK_REVIEW_LATE_NOTICE, pi), withVariables(Vars.LATE_NOTICE_ACCEPTED, true));

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_CHANGE, Elements.SUBPROCESS_EXECUTION, Elements.TASK_WRITE_CHANGE_PLAN);
    assertThat(status(change)).isEqualTo(ChangeStatus.ACCEPTED);
  }

  @Test
  @DisplayName("CHG-1: a manager rejects a late production change; customer service tells the customer and it ends rejected")
  void managerRejectsLateNotice() {
    ChangeRequest change = ChangeProcessFixture.submit("production-change", NOW, NOW.plus(Duration.ofDays(10)), false);
    ProcessInstance pi = startBefore(change, Elements.TASK_REVIEW_LATE_NOTICE);

    complete(task(Elements.TASK_REVIEW_LATE_NOTICE, pi), withVariables(Vars.LATE_NOTICE_ACCEPTED, false));

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_CHANGE, Elements.TASK_INFORM_CUSTOMER_OF_REJECTION);
    assertThat(task(Elements.TASK_INFORM_CUSTOMER_OF_REJECTION, pi)).hasCandidateGroup("customer-service");
    assertThat(row(change).status()).isEqualTo(ChangeStatus.REJECTED);
    assertThat(row(change).statusReason()).isEqualTo(ChangeStatus.REASON_LATE_NOTICE);
    complete(task(Elements.TASK_INFORM_CUSTOMER_OF_REJECTION, pi));
    assertThat(pi).isEnded().hasPassed(Elements.END_REJECTED);
  }

  @Test
  @DisplayName("CHG-4: a product move 20 days out is accepted without review, with the additional-fees flag recorded")
  void lateProductMoveIsAcceptedWithFees() {
    ChangeRequest change = ChangeProcessFixture.submit("product-move", NOW, NOW.plus(Duration.ofDays(20)), false);

    ProcessInstance pi = startAndRun(change);

    assertThat(pi).hasNotPassed(Elements.TASK_REVIEW_LATE_NOTICE).isWaitingAtExactly(Elements.SUBPROCESS_CHANGE, Elements.SUBPROCESS_EXECUTION, Elements.TASK_WRITE_CHANGE_PLAN);
    assertThat(row(change).additionalFees()).isTrue();
    assertThat(row(change).status()).isEqualTo(ChangeStatus.ACCEPTED);
    assertThat(pi).variables().containsEntry(Vars.ADDITIONAL_FEES, true);
  }

  // ---------------------------------------------------------------- returning after a lapse (CHG-5)

  @Test
  @DisplayName("CHG-5: a product returning after a lapse is accepted only once overdue fees are paid and it is re-certified")
  void returningProductNeedsFeesAndRecertification() {
    ChangeRequest change = ChangeProcessFixture.submit("product-addition", NOW, NOW.plus(Duration.ofDays(40)), true);
    ProcessInstance pi = startAndRun(change);

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_CHANGE, Elements.TASK_CONFIRM_OVERDUE_FEES_PAID);
    assertThat(task(Elements.TASK_CONFIRM_OVERDUE_FEES_PAID, pi)).hasCandidateGroup("customer-service");
    assertThat(status(change)).isNotEqualTo(ChangeStatus.ACCEPTED);
    complete(task(Elements.TASK_CONFIRM_OVERDUE_FEES_PAID, pi), withVariables(Vars.OVERDUE_FEES_PAID, true));

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_CHANGE, Elements.TASK_RECERTIFY);
    assertThat(task(Elements.TASK_RECERTIFY, pi)).hasCandidateGroup("support-engineers");
    assertThat(status(change)).isNotEqualTo(ChangeStatus.ACCEPTED);
    complete(task(Elements.TASK_RECERTIFY, pi), withVariables(Vars.RECERTIFIED, true));

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_CHANGE, Elements.SUBPROCESS_EXECUTION, Elements.TASK_WRITE_CHANGE_PLAN);
    assertThat(status(change)).isEqualTo(ChangeStatus.ACCEPTED);
  }

  @Test
  @DisplayName("CHG-5: unpaid overdue fees reject the returning product")
  void unpaidFeesReject() {
    ChangeRequest change = ChangeProcessFixture.submit("product-addition", NOW, NOW.plus(Duration.ofDays(40)), true);
    ProcessInstance pi = startBefore(change, Elements.TASK_CONFIRM_OVERDUE_FEES_PAID);

    complete(task(Elements.TASK_CONFIRM_OVERDUE_FEES_PAID, pi), withVariables(Vars.OVERDUE_FEES_PAID, false));

    assertThat(pi).hasNotPassed(Elements.TASK_RECERTIFY).isWaitingAtExactly(Elements.SUBPROCESS_CHANGE, Elements.TASK_INFORM_CUSTOMER_OF_REJECTION);
    assertThat(row(change).status()).isEqualTo(ChangeStatus.REJECTED);
    assertThat(row(change).statusReason()).isEqualTo(ChangeStatus.REASON_FEES_UNPAID);
  }

  @Test
  @DisplayName("CHG-5: a failed re-certification rejects the returning product")
  void failedRecertificationRejects() {
    ChangeRequest change = ChangeProcessFixture.submit("product-addition", NOW, NOW.plus(Duration.ofDays(40)), true);
    ProcessInstance pi = startBefore(change, Elements.TASK_RECERTIFY,
        Vars.OVERDUE_FEES_PAID, true);

    complete(task(Elements.TASK_RECERTIFY, pi), withVariables(Vars.RECERTIFIED, false));

    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_CHANGE, Elements.TASK_INFORM_CUSTOMER_OF_REJECTION);
    assertThat(row(change).statusReason()).isEqualTo(ChangeStatus.REASON_NOT_RECERTIFIED);
  }

  @Test
  @DisplayName("CHG-5, CHG-4: a late returning product addition, once paid up and re-certified, is accepted with the additional-fees flag and without manager review")
  void returningLateProductMoveStillGetsFees() {
    ChangeRequest change = ChangeProcessFixture.submit("product-addition", NOW, NOW.plus(Duration.ofDays(5)), true);
    ProcessInstance pi = startBefore(change, Elements.TASK_RECERTIFY, Vars.OVERDUE_FEES_PAID, true);

    complete(task(Elements.TASK_RECERTIFY, pi), withVariables(Vars.RECERTIFIED, true));

    assertThat(pi).hasPassed(Elements.GATEWAY_LATE_NOTICE_REVIEW).hasNotPassed(Elements.TASK_REVIEW_LATE_NOTICE)
        .isWaitingAtExactly(Elements.SUBPROCESS_CHANGE, Elements.SUBPROCESS_EXECUTION, Elements.TASK_WRITE_CHANGE_PLAN);
    assertThat(row(change).additionalFees()).isTrue();
  }

  // ---------------------------------------------------------------- plan, confirmation, wait, verification

  @Test
  @DisplayName("CHG-1: the engineer's plan is recorded, the customer confirms the schedule, the process waits until plannedAt, then an engineer verifies: success completes the change")
  void planConfirmWaitVerify() {
    ChangeRequest change = ChangeProcessFixture.submit("production-change", NOW, NOW.plus(Duration.ofDays(40)), false);
    ProcessInstance pi = startBefore(change, Elements.TASK_WRITE_CHANGE_PLAN);

    // The engineer writes the plan: the customer can read it and is asked to confirm the schedule
    complete(task(Elements.TASK_WRITE_CHANGE_PLAN, pi), withVariables(Vars.CHANGE_PLAN, "1. drain 2. upgrade 3. verify"));
    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_CHANGE, Elements.SUBPROCESS_EXECUTION, Elements.RECEIVE_SCHEDULE_CONFIRMED);
    assertThat(row(change).status()).isEqualTo(ChangeStatus.PLANNED);
    assertThat(row(change).changePlan()).isEqualTo("1. drain 2. upgrade 3. verify");

    // The customer confirms: the process waits for the planned time, not a moment less
    runtime.createMessageCorrelation(Messages.SCHEDULE_CONFIRMED).processInstanceBusinessKey(change.number())
        .correlateWithResult();
    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_CHANGE, Elements.SUBPROCESS_EXECUTION, Elements.TIMER_PLANNED_AT);
    Job timer = job(Elements.TIMER_PLANNED_AT, pi);
    assertThat(timer.getDuedate()).isEqualTo(Date.from(change.plannedAt()));

    // When the planned time comes
    ClockUtil.setCurrentTime(Date.from(change.plannedAt().plusSeconds(1)));
    execute(timer);

    // Then an engineer verifies, and success completes the change
    assertThat(pi).isWaitingAtExactly(Elements.SUBPROCESS_CHANGE, Elements.SUBPROCESS_EXECUTION, Elements.TASK_VERIFY_CHANGE);
    assertThat(task(Elements.TASK_VERIFY_CHANGE, pi)).hasCandidateGroup("support-engineers");
    complete(task(Elements.TASK_VERIFY_CHANGE, pi), withVariables(Vars.VERIFICATION_OUTCOME, Outcomes.SUCCESS));
    assertThat(pi).isEnded().hasPassed(Elements.TASK_COMPLETE_CHANGE, Elements.END_COMPLETED);
    assertThat(status(change)).isEqualTo(ChangeStatus.COMPLETED);
  }

  // ---------------------------------------------------------------- downtime (CHG-2, CHG-3)

  @Test
  @DisplayName("CHG-2, CHG-3: downtime found at verification opens a Level 1 incident linked to the change; its closure brings the review with the customer")
  void downtimeAtVerification() {
    ChangeRequest change = ChangeProcessFixture.submit("production-change", NOW, NOW.plus(Duration.ofDays(40)), false);
    ProcessInstance pi = startBefore(change, Elements.TASK_VERIFY_CHANGE);

    // When the engineer finds unplanned downtime
    complete(task(Elements.TASK_VERIFY_CHANGE, pi), withVariables(Vars.VERIFICATION_OUTCOME, Outcomes.DOWNTIME,
        Vars.VERIFICATION_NOTE, "API server does not come back"));
    assertThat(pi).isWaitingAt(Elements.TASK_OPEN_DOWNTIME_INCIDENT);
    execute(job());

    // Then a Level 1 incident is open, linked both ways, and the change waits for its closure
    String incident = row(change).incidentNumber();
    assertThat(incident).startsWith("INC-");
    assertThat(ChangeProcessFixture.INCIDENTS.changes).contains(change.number());
    assertThat(row(change).status()).isEqualTo(ChangeStatus.DOWNTIME);
    assertThat(pi).isWaitingAtExactly(Elements.RECEIVE_INCIDENT_CLOSED).variables().containsEntry(Vars.INCIDENT_NUMBER, incident);

    // When the incident closes (incident handling's hook)
    assertThat(ChangeProcessFixture.closure().incidentClosed(incident)).isTrue();

    // Then the review with the customer is due
    assertThat(pi).isWaitingAtExactly(Elements.TASK_REVIEW_WITH_CUSTOMER);
    assertThat(task(Elements.TASK_REVIEW_WITH_CUSTOMER, pi)).hasCandidateGroup("support-engineers");
    assertThat(status(change)).isEqualTo(ChangeStatus.IN_REVIEW);
    complete(task(Elements.TASK_REVIEW_WITH_CUSTOMER, pi), withVariables(Vars.REVIEW_SUMMARY, "Drain first next time"));
    assertThat(pi).isEnded().hasPassed(Elements.END_REVIEWED);
    assertThat(row(change).status()).isEqualTo(ChangeStatus.REVIEWED);
    assertThat(row(change).reviewSummary()).isEqualTo("Drain first next time");
  }

  @Test
  @DisplayName("CHG-2: downtime reported through the API while the change waits for its planned time interrupts the execution and waits for the incident's closure")
  void downtimeReportedThroughApi() {
    ChangeRequest change = ChangeProcessFixture.submit("production-change", NOW, NOW.plus(Duration.ofDays(40)), false);
    ProcessInstance pi = startBefore(change, Elements.TIMER_PLANNED_AT);

    // The API opens the incident and correlates the message with its number
    runtime.createMessageCorrelation(Messages.DOWNTIME_REPORTED).processInstanceBusinessKey(change.number())
        .setVariable(Vars.INCIDENT_NUMBER, "INC-2026-700001").correlateWithResult();

    assertThat(pi).hasPassed(Elements.BOUNDARY_DOWNTIME_REPORTED).hasNotPassed(Elements.TASK_OPEN_DOWNTIME_INCIDENT)
        .isWaitingAtExactly(Elements.RECEIVE_INCIDENT_CLOSED);
  }

  @Test
  @DisplayName("CHG-2: downtime reported the moment the request was answered, before the change's first step ran, interrupts the change and waits for the incident's closure")
  void downtimeRightAfterTheRequest() {
    // Given a change started as the API starts it: its first step waits behind the save point
    ChangeRequest change = ChangeProcessFixture.submit("production-change", NOW, NOW.plus(Duration.ofDays(40)), false);
    ProcessInstance pi = runtime.startProcessInstanceByKey(ChangeControlProcess.KEY, change.number(),
        ChangeProcessFixture.variables(change));
    assertThat(pi).isWaitingAt(Elements.START_CHANGE);

    // When downtime is reported at once
    reportDowntime(change, "INC-2026-700010");

    // Then the change stops where it was (its first step never runs) and the incident is awaited
    assertThat(pi).hasPassed(Elements.BOUNDARY_DOWNTIME_REPORTED).hasNotPassed(Elements.GATEWAY_RETURNING_AFTER_LAPSE)
        .isWaitingAtExactly(Elements.RECEIVE_INCIDENT_CLOSED).variables()
        .containsEntry(Vars.INCIDENT_NUMBER, "INC-2026-700010");
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {Elements.TASK_CONFIRM_OVERDUE_FEES_PAID, Elements.TASK_REVIEW_LATE_NOTICE,
      Elements.TASK_WRITE_CHANGE_PLAN, Elements.TASK_VERIFY_CHANGE})
  @DisplayName("CHG-2: downtime reported at any step of the change, before or after its acceptance, interrupts it for the incident")
  void downtimeAtAnyStep(String step) {
    ChangeRequest change = ChangeProcessFixture.submit("production-change", NOW, NOW.plus(Duration.ofDays(10)), false);
    ProcessInstance pi = startBefore(change, step);

    reportDowntime(change, "INC-2026-700011");

    assertThat(pi).hasPassed(Elements.BOUNDARY_DOWNTIME_REPORTED).isWaitingAtExactly(Elements.RECEIVE_INCIDENT_CLOSED);
    assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  @DisplayName("CHG-2, CHG-3: downtime again while the review is due: the review waits for the new incident's closure, then covers both")
  void downtimeAgainDuringTheReview() {
    // Given a change whose first downtime incident closed: the review is due
    ChangeRequest change = ChangeProcessFixture.submit("production-change", NOW, NOW.plus(Duration.ofDays(40)), false);
    ProcessInstance pi = startBefore(change, Elements.RECEIVE_INCIDENT_CLOSED, Vars.INCIDENT_NUMBER, "INC-2026-700012");
    assertThat(ChangeProcessFixture.closure().incidentClosed("INC-2026-700012")).isTrue();
    assertThat(pi).isWaitingAtExactly(Elements.TASK_REVIEW_WITH_CUSTOMER);

    // When the change causes downtime again
    reportDowntime(change, "INC-2026-700013");

    // Then the review waits for the new incident; the old one's number no longer moves it
    assertThat(pi).hasPassed(Elements.BOUNDARY_DOWNTIME_DURING_REVIEW).isWaitingAtExactly(Elements.RECEIVE_INCIDENT_CLOSED)
        .variables().containsEntry(Vars.INCIDENT_NUMBER, "INC-2026-700013");
    assertThat(ChangeProcessFixture.closure().incidentClosed("INC-2026-700012")).isFalse();
    assertThat(ChangeProcessFixture.closure().incidentClosed("INC-2026-700013")).isTrue();
    complete(task(Elements.TASK_REVIEW_WITH_CUSTOMER, pi), withVariables(Vars.REVIEW_SUMMARY, "Two outages, one cause"));
    assertThat(pi).isEnded().hasPassed(Elements.END_REVIEWED);
    assertThat(status(change)).isEqualTo(ChangeStatus.REVIEWED);
  }

  @Test
  @DisplayName("CHG-2, CHG-3: downtime reported after the change was verified and completed starts an instance of the change that waits for the incident, then the review")
  void downtimeAfterTheChangeCompleted() {
    // Given a completed change: its instance has ended
    ChangeRequest change = ChangeProcessFixture.submit("production-change", NOW, NOW.plus(Duration.ofDays(40)), false);
    ProcessInstance completed = startBefore(change, Elements.TASK_VERIFY_CHANGE);
    complete(task(Elements.TASK_VERIFY_CHANGE, completed), withVariables(Vars.VERIFICATION_OUTCOME, Outcomes.SUCCESS));
    assertThat(completed).isEnded().hasPassed(Elements.END_COMPLETED, Elements.END_CHANGE_ENDED);

    // When downtime caused by it appears the next day
    ProcessInstance pi = runtime.createMessageCorrelation(Messages.DOWNTIME_AFTER_CHANGE)
        .processInstanceBusinessKey(change.number()).setVariables(ChangeProcessFixture.variables(change))
        .setVariable(Vars.INCIDENT_NUMBER, "INC-2026-700014").correlateStartMessage();

    // Then the change's downtime instance waits for the incident and brings the review
    assertThat(pi).hasPassed(Elements.START_DOWNTIME_AFTER_CHANGE).isWaitingAtExactly(Elements.RECEIVE_INCIDENT_CLOSED);
    assertThat(pi.getBusinessKey()).isEqualTo(change.number());
    assertThat(ChangeProcessFixture.closure().incidentClosed("INC-2026-700014")).isTrue();
    assertThat(pi).isWaitingAtExactly(Elements.TASK_REVIEW_WITH_CUSTOMER);
    assertThat(status(change)).isEqualTo(ChangeStatus.IN_REVIEW);
  }

  private void reportDowntime(ChangeRequest change, String incidentNumber) {
    // As the API does after opening the incident
    runtime.createMessageCorrelation(Messages.DOWNTIME_REPORTED).processInstanceBusinessKey(change.number())
        .setVariable(Vars.INCIDENT_NUMBER, incidentNumber).correlateWithResult();
  }

  @Test
  @DisplayName("CHG-3: the closure of an incident no change waits for is ignored")
  void unrelatedIncidentClosureIsIgnored() {
    ChangeRequest change = ChangeProcessFixture.submit("production-change", NOW, NOW.plus(Duration.ofDays(40)), false);
    ProcessInstance pi = startBefore(change, Elements.RECEIVE_INCIDENT_CLOSED, Vars.INCIDENT_NUMBER, "INC-2026-700002");

    assertThat(ChangeProcessFixture.closure().incidentClosed("INC-2026-799999")).isFalse();

    assertThat(pi).isWaitingAtExactly(Elements.RECEIVE_INCIDENT_CLOSED);
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance startAndRun(ChangeRequest change) {
    ProcessInstance pi = runtime.startProcessInstanceByKey(ChangeControlProcess.KEY, change.number(),
        ChangeProcessFixture.variables(change));
    assertThat(pi).isWaitingAt(Elements.START_CHANGE);
    execute(job());
    return pi;
  }

  private ProcessInstance startBefore(ChangeRequest change, String activity, Object... extra) {
    var variables = ChangeProcessFixture.variables(change);
    for (int i = 0; i < extra.length; i += 2) {
      variables.put((String) extra[i], extra[i + 1]);
    }
    return runtime.createProcessInstanceByKey(ChangeControlProcess.KEY).businessKey(change.number())
        .setVariables(variables).startBeforeActivity(activity).execute();
  }

  private static ChangeRequest row(ChangeRequest change) {
    return ChangeProcessFixture.store().require(change.number());
  }

  private static String status(ChangeRequest change) {
    return row(change).status();
  }
}
