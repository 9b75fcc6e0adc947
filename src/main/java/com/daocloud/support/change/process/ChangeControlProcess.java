package com.daocloud.support.change.process;

import com.daocloud.support.change.ChangeRequest;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code change-control} process (docs/processes.md): key, element ids, message names and variable
 * names, used by the model's code, its delegates and its tests. Business key = change number.
 */
public final class ChangeControlProcess {

  public static final String KEY = "change-control";
  public static final String RESOURCE = "bpmn/change-control.bpmn";

  private ChangeControlProcess() {
  }

  /** Element ids of the model. */
  public static final class Elements {
    /** The API's start: not a save point, so that the change and its downtime boundary exist when the API answers. */
    public static final String START = "StartEvent_ChangeRequested";
    /** CHG-2: downtime reported after the change completed starts an instance here. */
    public static final String START_DOWNTIME_AFTER_CHANGE = "StartEvent_DowntimeAfterChange";
    /** From the notice to the verified change; downtime may be reported at any point of it (CHG-2). */
    public static final String SUBPROCESS_CHANGE = "SubProcess_Change";
    /** The change's own start: the save point after the API's transaction. */
    public static final String START_CHANGE = "StartEvent_ChangeReceived";
    public static final String GATEWAY_RETURNING_AFTER_LAPSE = "Gateway_ReturningAfterLapse";
    public static final String TASK_CONFIRM_OVERDUE_FEES_PAID = "Task_ConfirmOverdueFeesPaid";
    public static final String GATEWAY_OVERDUE_FEES_PAID = "Gateway_OverdueFeesPaid";
    public static final String TASK_RECERTIFY = "Task_Recertify";
    public static final String GATEWAY_RECERTIFIED = "Gateway_Recertified";
    public static final String GATEWAY_LATE_NOTICE_REVIEW = "Gateway_LateNoticeReview";
    public static final String TASK_REVIEW_LATE_NOTICE = "Task_ReviewLateNotice";
    public static final String GATEWAY_LATE_NOTICE_ACCEPTED = "Gateway_LateNoticeAccepted";
    public static final String TASK_ACCEPT_CHANGE = "ServiceTask_AcceptChange";
    public static final String TASK_REJECT_CHANGE = "ServiceTask_RejectChange";
    public static final String TASK_INFORM_CUSTOMER_OF_REJECTION = "Task_InformCustomerOfRejection";
    public static final String END_REJECTED = "EndEvent_ChangeRejected";
    public static final String SUBPROCESS_EXECUTION = "SubProcess_ChangeExecution";
    public static final String TASK_WRITE_CHANGE_PLAN = "Task_WriteChangePlan";
    public static final String TASK_RECORD_CHANGE_PLAN = "ServiceTask_RecordChangePlan";
    public static final String RECEIVE_SCHEDULE_CONFIRMED = "ReceiveTask_ScheduleConfirmed";
    public static final String TIMER_PLANNED_AT = "TimerCatch_PlannedAt";
    public static final String TASK_VERIFY_CHANGE = "Task_VerifyChange";
    /** On {@link #SUBPROCESS_CHANGE}: downtime reported through the API before the change was verified. */
    public static final String BOUNDARY_DOWNTIME_REPORTED = "MessageBoundary_DowntimeReported";
    public static final String GATEWAY_DOWNTIME = "Gateway_Downtime";
    public static final String END_DOWNTIME_INCIDENT_OPENED = "EndEvent_DowntimeIncidentOpened";
    public static final String GATEWAY_DOWNTIME_FOUND = "Gateway_DowntimeFound";
    public static final String END_CHANGE_ENDED = "EndEvent_ChangeEnded";
    public static final String GATEWAY_JOIN_DOWNTIME = "Gateway_JoinDowntime";
    public static final String TASK_COMPLETE_CHANGE = "ServiceTask_CompleteChange";
    public static final String END_COMPLETED = "EndEvent_ChangeCompleted";
    public static final String TASK_OPEN_DOWNTIME_INCIDENT = "ServiceTask_OpenDowntimeIncident";
    public static final String RECEIVE_INCIDENT_CLOSED = "ReceiveTask_DowntimeIncidentClosed";
    public static final String TASK_REVIEW_WITH_CUSTOMER = "Task_ReviewWithCustomer";
    /** On {@link #TASK_REVIEW_WITH_CUSTOMER}: the change caused downtime again before its review closed. */
    public static final String BOUNDARY_DOWNTIME_DURING_REVIEW = "MessageBoundary_DowntimeDuringReview";
    public static final String TASK_RECORD_REVIEW = "ServiceTask_RecordReview";
    public static final String END_REVIEWED = "EndEvent_IncidentReviewed";

    private Elements() {
    }
  }

  /** Message names. */
  public static final class Messages {
    /** The customer confirmed the change's schedule ({@code POST /api/change-requests/{n}/confirmation}). */
    public static final String SCHEDULE_CONFIRMED = "Message_ScheduleConfirmed";
    /**
     * Unplanned downtime reported through the API while the change's instance runs (from the API's answer to the
     * request until its review closes, except while its downtime incident is open); carries
     * {@link Vars#INCIDENT_NUMBER} (CHG-2).
     */
    public static final String DOWNTIME_REPORTED = "Message_DowntimeReported";
    /** Unplanned downtime reported after the change completed: starts an instance (CHG-2). */
    public static final String DOWNTIME_AFTER_CHANGE = "Message_DowntimeAfterChange";
    /**
     * The downtime's Level 1 incident closed (CHG-3): correlated by the process variable
     * {@link Vars#INCIDENT_NUMBER} = the incident's number.
     */
    public static final String DOWNTIME_INCIDENT_CLOSED = "Message_DowntimeIncidentClosed";

    private Messages() {
    }
  }

  /** Process variable names. Instants are ISO-8601 strings ({@code Instant.toString()}). */
  public static final class Vars {
    public static final String CHANGE_NUMBER = "changeNumber";
    public static final String CUSTOMER_ID = "customerId";
    public static final String CUSTOMER_NAME = "customerName";
    public static final String CHANGE_TYPE = "changeType";
    /** The planned time: the date of {@code TimerCatch_PlannedAt}. */
    public static final String PLANNED_AT = "plannedAt";
    public static final String DESCRIPTION = "description";
    public static final String NEW_DATA_CENTER = "newDataCenter";
    public static final String EFFECTIVE_DATE = "effectiveDate";
    public static final String SUBMITTED_BY = "submittedBy";
    public static final String MINIMUM_NOTICE_DAYS = "minimumNoticeDays";
    public static final String NOTICE_DAYS = "noticeDays";
    public static final String NOTICE_SUFFICIENT = "noticeSufficient";
    public static final String LATE_NOTICE_HANDLING = "lateNoticeHandling";
    public static final String ADDITIONAL_FEES = "additionalFees";
    public static final String RETURNING_AFTER_LAPSE = "returningAfterLapse";
    /** Outcome of {@code Task_ConfirmOverdueFeesPaid} (CHG-5). */
    public static final String OVERDUE_FEES_PAID = "overdueFeesPaid";
    /** Outcome of {@code Task_Recertify} (CHG-5). */
    public static final String RECERTIFIED = "recertified";
    /** Outcome of {@code Task_ReviewLateNotice} (fixed: docs/processes.md). */
    public static final String LATE_NOTICE_ACCEPTED = "lateNoticeAccepted";
    public static final String CHANGE_PLAN = "changePlan";
    /** Outcome of {@code Task_VerifyChange}: {@code success} or {@code downtime}. */
    public static final String VERIFICATION_OUTCOME = "verificationOutcome";
    public static final String VERIFICATION_NOTE = "verificationNote";
    /** The downtime's Level 1 incident (CHG-2); the closure message is correlated by it. */
    public static final String INCIDENT_NUMBER = "incidentNumber";
    public static final String REVIEW_SUMMARY = "reviewSummary";

    private Vars() {
    }
  }

  /** Outcomes of {@code Task_VerifyChange}. */
  public static final class Outcomes {
    public static final String SUCCESS = "success";
    public static final String DOWNTIME = "downtime";

    private Outcomes() {
    }
  }

  /** The start variables of one recorded change request. */
  public static Map<String, Object> startVariables(ChangeRequest change, String customerName) {
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.CHANGE_NUMBER, change.number());
    v.put(Vars.CUSTOMER_ID, change.customerId());
    v.put(Vars.CUSTOMER_NAME, customerName);
    v.put(Vars.CHANGE_TYPE, change.changeType());
    v.put(Vars.PLANNED_AT, change.plannedAt().toString());
    v.put(Vars.DESCRIPTION, change.description());
    v.put(Vars.NEW_DATA_CENTER, change.newDataCenter());
    v.put(Vars.EFFECTIVE_DATE, change.effectiveDate() == null ? null : change.effectiveDate().toString());
    v.put(Vars.SUBMITTED_BY, change.submittedBy());
    v.put(Vars.MINIMUM_NOTICE_DAYS, change.minimumNoticeDays());
    v.put(Vars.NOTICE_DAYS, change.noticeDays());
    v.put(Vars.NOTICE_SUFFICIENT, change.noticeSufficient());
    v.put(Vars.LATE_NOTICE_HANDLING, change.lateNoticeHandling());
    v.put(Vars.ADDITIONAL_FEES, change.additionalFees());
    v.put(Vars.RETURNING_AFTER_LAPSE, change.returningAfterLapse());
    return v;
  }
}
