package com.daocloud.support.incident.process;

/**
 * The {@code incident-handling} process (CONTRACT §2, §7): key, element ids, message names and
 * variable names, used by the model's code, its delegates and its tests.
 */
public final class IncidentProcess {

  public static final String KEY = "incident-handling";
  public static final String RESOURCE = "bpmn/incident-handling.bpmn";

  private IncidentProcess() {
  }

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START = "StartEvent_IncidentReported";
    public static final String GATEWAY_ENTITLED = "Gateway_Entitled";
    public static final String GATEWAY_SUGGESTION = "Gateway_Suggestion";
    public static final String GATEWAY_LEVEL_ONE = "Gateway_LevelOne";
    public static final String TASK_INFORM_NOT_ENTITLED = "Task_InformNotEntitled";
    public static final String END_NOT_ENTITLED = "EndEvent_ClosedNotEntitled";
    public static final String TASK_REVIEW_SUGGESTION = "Task_ReviewSuggestion";
    public static final String END_SUGGESTION_ANSWERED = "EndEvent_SuggestionAnswered";

    public static final String SUBPROCESS_LEVEL1_DUTIES = "SubProcess_Level1Duties";
    public static final String TASK_ACKNOWLEDGE_LEVEL1 = "Task_AcknowledgeLevel1";
    public static final String TASK_NOTE_LEVEL1 = "Task_NoteLevel1Incident";
    public static final String TASK_REQUEST_REMOTE_ACCESS = "ServiceTask_RequestRemoteAccess";
    public static final String EVENT_GATEWAY_REMOTE_ACCESS = "EventGateway_RemoteAccessAnswer";
    public static final String MESSAGE_REMOTE_ACCESS_ANSWERED = "MessageCatch_RemoteAccessAnswered";
    public static final String TIMER_REMOTE_ACCESS_WAIT = "TimerCatch_RemoteAccessWait";
    public static final String END_ACCESS_GRANTED = "EndEvent_AccessGranted";
    public static final String TASK_RECLASSIFY = "ServiceTask_ReclassifyToLevel2";
    public static final String END_RECLASSIFIED = "EndEvent_Reclassified";
    public static final String TIMER_NEXT_STATUS_UPDATE = "TimerCatch_NextStatusUpdate";
    public static final String TASK_POST_STATUS_UPDATE = "Task_PostStatusUpdate";

    public static final String TASK_CONTACT_CUSTOMER = "Task_ContactCustomer";
    public static final String TIMER_RESPONSE_WARNING = "Timer_ResponseWarning";
    public static final String TIMER_RESPONSE_DUE = "Timer_ResponseDue";
    public static final String TASK_WARN_RESPONSE_DUE = "ServiceTask_WarnResponseDue";
    public static final String END_WARNING_SENT = "EndEvent_WarningSent";
    public static final String TASK_HANDLE_RESPONSE_BREACH = "Task_HandleResponseBreach";
    public static final String GATEWAY_DISPATCH_ON_SITE = "Gateway_DispatchOnSite";
    public static final String TASK_CONFIRM_ON_SITE_ARRIVAL = "Task_ConfirmOnSiteArrival";
    public static final String END_ON_SITE_ARRIVED = "EndEvent_OnSiteArrived";
    public static final String TASK_RESOLVE_INCIDENT = "Task_ResolveIncident";
    public static final String END_RESOLUTION_HANDED_OVER = "EndEvent_ResolutionHandedOver";

    private Elements() {
    }
  }

  /** Message names. */
  public static final class Messages {
    /** The customer's answer to the remote-access request (L12-1, L12-2). */
    public static final String REMOTE_ACCESS_ANSWERED = "Message_RemoteAccessAnswered";

    private Messages() {
    }
  }

  /** Process variable names. Instants are ISO-8601 strings ({@code Instant.toString()}). */
  public static final class Vars {
    public static final String INCIDENT_NUMBER = "incidentNumber";
    public static final String CUSTOMER_ID = "customerId";
    public static final String CUSTOMER_NAME = "customerName";
    public static final String CLUSTER = "cluster";
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String REQUEST_TYPE = "requestType";
    public static final String PRODUCTION_IMPACT = "productionImpact";
    public static final String LEVEL = "level";
    public static final String LEVEL_REASON = "levelReason";
    public static final String SERVICE_TIER = "serviceTier";
    public static final String ENTITLEMENT_STATUS = "entitlementStatus";
    public static final String ENTITLEMENT_REASON = "entitlementReason";
    public static final String ENTITLEMENT_EXPLANATION = "entitlementExplanation";
    public static final String REPORTED_AT = "reportedAt";
    public static final String RESPONSE_TIME = "responseTime";
    public static final String COVERAGE = "coverage";
    public static final String CHANNELS = "channels";
    /** The deadline as users read it: ISO-8601 with the customer zone's offset. */
    public static final String RESPONSE_DUE = "responseDue";
    /** The deadline's instant: the date of {@code Timer_ResponseDue}. */
    public static final String RESPONSE_DUE_AT = "responseDueAt";
    /** 75 % of the response time's coverage time: the date of {@code Timer_ResponseWarning}. */
    public static final String RESPONSE_WARNING_AT = "responseWarningAt";
    public static final String SLA_EXPLANATION = "slaExplanation";
    public static final String DISCUSSION_CADENCE = "discussionCadence";
    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final String CONTACT_EMAIL = "contactEmail";
    /** Whether the tier's channels include on-site and the contract is not EAM (RSP-4, EAM-2). */
    public static final String ON_SITE_OFFERED = "onSiteOffered";
    public static final String DISPATCH_ON_SITE = "dispatchOnSite";
    public static final String ON_SITE_RESPONSE_TIME = "onSiteResponseTime";
    /** How long the customer has to grant remote access (ISO duration, {@code dce.incident.remote-access-wait}). */
    public static final String REMOTE_ACCESS_WAIT = "remoteAccessWait";
    public static final String REMOTE_ACCESS_GRANTED = "remoteAccessGranted";
    public static final String NEXT_STATUS_UPDATE_AT = "nextStatusUpdateAt";
    public static final String STATUS_UPDATE = "statusUpdate";
    public static final String RESPONSE_BREACHED = "responseBreached";
    /** Local input of the closing service tasks. */
    public static final String CLOSURE_CODE = "closureCode";
    public static final String SUGGESTION_ACCEPTED = "suggestionAccepted";
    public static final String SUGGESTION_ANSWER = "suggestionAnswer";
    public static final String OUTCOME = "outcome";

    private Vars() {
    }
  }
}
