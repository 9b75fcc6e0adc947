package com.daocloud.support.incident.process;

/**
 * The {@code incident-handling} process (docs/processes.md for the tasks other tools complete): key, element
 * ids, message names and variable names, used by the model's code, its delegates and its tests.
 */
public final class IncidentProcess {

  public static final String KEY = "incident-handling";
  public static final String RESOURCE = "bpmn/incident-handling.bpmn";

  private IncidentProcess() {
  }

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START = "StartEvent_IncidentReported";
    /** Business rule tasks of intake: {@code incident-level} (LVL-1..5) and {@code response-sla} (RSP-1). */
    public static final String TASK_DECIDE_LEVEL = "Task_DecideLevel";
    public static final String TASK_DECIDE_RESPONSE_TERMS = "Task_DecideResponseTerms";
    public static final String TASK_DECIDE_LIFECYCLE = "Task_DecideLifecycle";
    public static final String TASK_DECIDE_LEVEL2_TERMS = "Task_DecideLevel2Terms";
    public static final String TASK_RECORD_INTAKE = "ServiceTask_RecordIntake";
    public static final String GATEWAY_ENTITLED = "Gateway_Entitled";
    public static final String GATEWAY_LEVEL_ONE = "Gateway_LevelOne";
    public static final String TASK_INFORM_NOT_ENTITLED = "Task_InformNotEntitled";
    public static final String TASK_REVIEW_SUGGESTION = "Task_ReviewSuggestion";

    /**
     * Past the end of standard support (EAM-4, LC-4), a collapsed sub-process: the wait for an extended-maintenance
     * contract, or a manager's best-effort decision.
     */
    public static final String SUBPROCESS_AFTER_STANDARD_SUPPORT = "SubProcess_AfterStandardSupport";
    public static final String TASK_OFFER_EXTENDED_MAINTENANCE = "Task_OfferExtendedMaintenance";
    public static final String MESSAGE_CONTRACT_RECORDED = "MessageCatch_ContractRecorded";
    public static final String TASK_START_RESPONSE_CLOCK = "ServiceTask_StartResponseClock";
    public static final String TASK_DECIDE_BEST_EFFORT = "Task_DecideBestEffort";

    /** Level 1 duties (L12-3, L12-4): an event sub-process started by the escalation "Level 1 duties start". */
    public static final String EVENT_SUBPROCESS_LEVEL1_DUTIES = "EventSubProcess_Level1Duties";
    public static final String TASK_ACKNOWLEDGE_LEVEL1 = "Task_AcknowledgeLevel1";
    public static final String TASK_NOTE_LEVEL1 = "Task_NoteLevel1Incident";
    /** L12-4: "while Level 1 is open", with the hourly cycle on its boundary. */
    public static final String RECEIVE_TASK_LEVEL1_OPEN = "ReceiveTask_Level1Open";
    public static final String TIMER_STATUS_UPDATE = "Timer_StatusUpdate";
    public static final String TASK_POST_STATUS_UPDATE = "Task_PostStatusUpdate";
    public static final String TASK_CHASE_STATUS_UPDATE = "Task_ChaseStatusUpdate";
    public static final String END_NO_UPDATE_DUE = "EndEvent_NoUpdateDue";
    public static final String END_LEVEL1_ENDED = "EndEvent_Level1Ended";

    /** Access for Level 1 and 2 (L12-1, L12-2): an event sub-process started by the escalation "Access needed". */
    public static final String EVENT_SUBPROCESS_ACCESS = "EventSubProcess_Access";
    public static final String TASK_REQUEST_REMOTE_ACCESS = "ServiceTask_RequestRemoteAccess";
    public static final String TASK_ASK_FOR_ACCESS = "Task_AskForAccess";
    public static final String EVENT_GATEWAY_REMOTE_ACCESS = "EventGateway_RemoteAccessAnswer";
    public static final String MESSAGE_REMOTE_ACCESS_ANSWERED = "MessageCatch_RemoteAccessAnswered";
    public static final String TIMER_REMOTE_ACCESS_WAIT = "TimerCatch_RemoteAccessWait";
    public static final String END_ACCESS_GRANTED = "EndEvent_AccessGranted";
    public static final String TASK_RECLASSIFY = "ServiceTask_ReclassifyToLevel2";
    public static final String TASK_NOTE_RECLASSIFICATION = "Task_NoteReclassification";
    public static final String END_RECLASSIFIED = "EndEvent_Reclassified";
    public static final String END_NO_ACCESS = "EndEvent_NoAccess";

    /** Support level review (SCP-4): an event sub-process started by the escalation "Support level review". */
    public static final String EVENT_SUBPROCESS_SUPPORT_LEVEL = "EventSubProcess_SupportLevel";
    public static final String TASK_DECIDE_SUPPORT_LEVEL = "Task_DecideSupportLevel";

    public static final String TASK_CONTACT_CUSTOMER = "Task_ContactCustomer";
    public static final String TIMER_RESPONSE_WARNING = "Timer_ResponseWarning";
    public static final String TIMER_RESPONSE_DUE = "Timer_ResponseDue";
    public static final String TASK_WARN_RESPONSE_DUE = "ServiceTask_WarnResponseDue";
    public static final String END_WARNING_SENT = "EndEvent_WarningSent";
    public static final String TASK_HANDLE_RESPONSE_BREACH = "Task_HandleResponseBreach";
    public static final String END_ON_SITE_NOT_OFFERED = "EndEvent_OnSiteNotOffered";
    /** SCP-2: out of scope found during the work. */
    public static final String TASK_AGREE_LATE_SCOPE_FEES = "Task_AgreeLateScopeFees";
    public static final String TASK_CONFIRM_ON_SITE_ARRIVAL = "Task_ConfirmOnSiteArrival";
    public static final String END_ON_SITE_ARRIVED = "EndEvent_OnSiteArrived";
    public static final String TASK_RESOLVE_INCIDENT = "Task_ResolveIncident";
    /** Business rule task on {@code customer-wait-limits} (CLS-2, CLS-4) after each outcome of the engineer. */
    public static final String TASK_DECIDE_WAIT_LIMITS = "Task_DecideWaitLimits";

    // scope (SCP-1..5), a collapsed sub-process
    public static final String SUBPROCESS_SCOPE_AND_FEES = "SubProcess_ScopeAndFees";
    public static final String TASK_CHECK_SUPPORT_SCOPE = "ServiceTask_CheckSupportScope";
    public static final String GATEWAY_SUPPORT_SCOPE = "Gateway_SupportScope";
    public static final String TASK_AGREE_OUT_OF_SCOPE_FEES = "Task_AgreeOutOfScopeFees";

    // the customer loop (CLS-1..5), a collapsed sub-process, and the one closing step
    public static final String SUBPROCESS_RESOLUTION = "SubProcess_Resolution";
    public static final String EVENT_SUBPROCESS_ON_SITE = "EventSubProcess_OnSite";
    public static final String GATEWAY_CLOSURE = "Gateway_Closure";
    public static final String TASK_CLOSE_INCIDENT = "ServiceTask_CloseIncident";
    /** The one terminate end event: closing the incident ends whatever runs beside it. */
    public static final String END_INCIDENT_CLOSED = "EndEvent_IncidentClosed";
    public static final String GATEWAY_RESOLUTION_OUTCOME = "Gateway_ResolutionOutcome";
    public static final String TASK_PROPOSE_SOLUTION = "ServiceTask_ProposeSolution";
    public static final String EVENT_GATEWAY_CLOSURE_RESPONSE = "EventGateway_ClosureResponse";
    public static final String MESSAGE_CLOSURE_RESPONSE = "MessageCatch_ClosureResponse";
    public static final String TIMER_CONFIRMATION_WAIT = "TimerCatch_ConfirmationWait";
    public static final String TASK_RECORD_OBJECTION = "ServiceTask_RecordObjection";
    public static final String TASK_REQUEST_INFORMATION = "ServiceTask_RequestInformation";
    public static final String EVENT_GATEWAY_INFORMATION_ANSWER = "EventGateway_InformationAnswer";
    public static final String MESSAGE_INFORMATION_PROVIDED = "MessageCatch_InformationProvided";
    public static final String TIMER_INFORMATION_WAIT = "TimerCatch_InformationWait";

    private Elements() {
    }
  }

  /** Message names. */
  public static final class Messages {
    /** The customer's answer to the remote-access request (L12-1, L12-2). */
    public static final String REMOTE_ACCESS_ANSWERED = "Message_RemoteAccessAnswered";
    /** The customer's answer to a request for information (CUS-2, CLS-4). */
    public static final String INFORMATION_PROVIDED = "Message_InformationProvided";
    /** The customer's acceptance of, or objection to, a proposed solution (CLS-1, CLS-2). */
    public static final String CLOSURE_RESPONSE = "Message_ClosureResponse";
    /** An extended-maintenance contract now covers the incident's cluster (EAM-4). */
    public static final String EXTENDED_MAINTENANCE_RECORDED = "Message_ExtendedMaintenanceRecorded";

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
    /** Transient at the start: inputs of {@code incident-level}, recorded in its decision instance. */
    public static final String DATA_LOSS = "dataLoss";
    public static final String WORKAROUND_AVAILABLE = "workaroundAvailable";
    /** Transient at the start: the report as received ({@code IncidentIntake.Received}), for "Record intake". */
    public static final String RECEIVED = "received";
    /** Transient at the start: inputs of {@code support-lifecycle} (product and major version of the cluster). */
    public static final String PRODUCT = "product";
    public static final String MAJOR_VERSION = "majorVersion";
    /** Transient at the start: the report's date where the customer is, the lifecycle's {@code onDate}. */
    public static final String ON_DATE = "onDate";
    /** Transient: the {@code support-lifecycle} row decided at intake, for "Record intake". */
    public static final String LIFECYCLE = "lifecycle";
    /** Transient: the {@code response-sla} row decided at intake (or at reclassification), for the next step. */
    public static final String RESPONSE_TERMS = "responseTerms";
    public static final String LEVEL = "level";
    public static final String LEVEL_REASON = "levelReason";
    public static final String SERVICE_TIER = "serviceTier";
    public static final String ENTITLEMENT_STATUS = "entitlementStatus";
    /** Outcome of "Offer extended maintenance": the customer will not sign (EAM-4). */
    public static final String EAM_DECLINED = "eamDeclined";
    /** Outcomes of "Decide whether experts can help" (LC-4). */
    public static final String EXPERTS_AVAILABLE = "expertsAvailable";
    public static final String BEST_EFFORT_NOTE = "bestEffortNote";
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
    /**
     * L12-1: the customer's answer to the access request ({@code AccessAnswer} code), from the call's form or the
     * API; who gave it (a name on the phone, the user through the API) and through which channel ({@code api};
     * absent for the call). Consumed by the step that records it.
     */
    public static final String ACCESS_ANSWER = "accessAnswer";
    public static final String ACCESS_ANSWERED_BY = "accessAnsweredBy";
    public static final String ACCESS_ANSWERED_VIA = "accessAnsweredVia";
    /** L12-4: what the duty supervisor did about an overdue hourly update (staff timeline). */
    public static final String CHASE_NOTE = "chaseNote";
    public static final String STATUS_UPDATE = "statusUpdate";
    /** L12-4: how the hourly status reached the customer besides the timeline: call | conference | written. */
    public static final String STATUS_CHANNEL = "statusChannel";
    public static final String RESPONSE_BREACHED = "responseBreached";
    /**
     * Outcomes of "Handle response breach": what the duty supervisor did ({@link Values#BREACH_ACTIONS}) and a
     * note (staff timeline, {@code BreachActionListener}); consumed by the listener that records them.
     */
    public static final String BREACH_ACTION = "breachAction";
    public static final String BREACH_NOTE = "breachNote";
    /** Set by the flow that ends the work (each closing flow's take listener); read by the closing step. */
    public static final String CLOSURE_CODE = "closureCode";
    public static final String SUGGESTION_ACCEPTED = "suggestionAccepted";
    public static final String SUGGESTION_ANSWER = "suggestionAnswer";
    /** {@code Task_ResolveIncident} (docs/processes.md): {@code solution} or {@code need-information}. */
    public static final String OUTCOME = "outcome";
    public static final String RESOLUTION_TYPE = "resolutionType";
    public static final String SOLUTION_SUMMARY = "solutionSummary";
    /** Optional with a solution: it includes a code-level fix (EAM-2, LC-4 may refuse it); absent = false. */
    public static final String CODE_FIX = "codeFix";
    public static final String INFORMATION_REQUESTED = "informationRequested";
    /** The customer's latest answer to a request for information, shown in the resolve form. */
    public static final String INFORMATION_PROVIDED = "informationProvided";
    /**
     * How long the customer has for the current request or solution (ISO-8601, calendar time): the output of
     * {@code customer-wait-limits} that the engineer's outcome needs ({@code Task_DecideWaitLimits}).
     */
    public static final String CUSTOMER_WAIT = "customerWait";
    public static final String CLOSURE_ACCEPTED = "closureAccepted";
    public static final String CLOSURE_COMMENT = "closureComment";
    /** The {@code support-scope} decision's outputs (SCP-1, SCP-3) and the facts the contact form adds. */
    public static final String SCOPE = "scope";
    /** Transient: the {@code support-scope} row decided by {@code Task_DecideScope}, for "Record support scope". */
    public static final String SCOPE_VERDICT = "scopeVerdict";
    public static final String SCOPE_REASON = "scopeReason";
    public static final String FEES_AGREED = "feesAgreed";
    public static final String THIRD_PARTY_SUPPLIER = "thirdPartySupplier";
    public static final String THIRD_PARTY_HARMS_PRODUCT = "thirdPartyHarmsProduct";
    /** SCP-5: the problem is virus damage (or asks for antivirus advice), which support does not cover. */
    public static final String VIRUS_DAMAGE = "virusDamage";
    /** SCP-5: the customer asks for antivirus advice or a bundled antivirus solution (declined). */
    public static final String ANTIVIRUS_CONSULTING = "antivirusConsulting";
    /** SCP-4: the customer's answer to removing a harmful third-party product: agreed | refused | undecided. */
    public static final String THIRD_PARTY_REMOVAL = "thirdPartyRemoval";
    /** SCP-4: the support manager's decision on a customer who keeps a harmful product. */
    public static final String LOWER_SUPPORT_LEVEL = "lowerSupportLevel";
    public static final String SUPPORT_LEVEL_NOTE = "supportLevelNote";

    private Vars() {
    }
  }

  /** Values of {@code outcome}, {@code resolutionType}, {@code scope} and {@code breachAction}. */
  public static final class Values {
    public static final String OUTCOME_SOLUTION = "solution";
    public static final String OUTCOME_NEED_INFORMATION = "need-information";
    /** SCP-2: the engineer found during the work that it is out of scope (with {@code scopeReason}). */
    public static final String OUTCOME_OUT_OF_SCOPE = "out-of-scope";
    public static final java.util.List<String> OUTCOMES = java.util.List.of(OUTCOME_SOLUTION, OUTCOME_NEED_INFORMATION,
        OUTCOME_OUT_OF_SCOPE);
    public static final String RESOLUTION_CONSULTATION = "consultation";
    public static final String RESOLUTION_COUNTERMEASURE = "countermeasure";
    public static final String RESOLUTION_CHANGE_REQUEST = "change-request";
    public static final java.util.List<String> RESOLUTION_TYPES =
        java.util.List.of(RESOLUTION_CONSULTATION, RESOLUTION_COUNTERMEASURE, RESOLUTION_CHANGE_REQUEST);
    public static final String SCOPE_IN = "in-scope";
    public static final String SCOPE_OUT = "out-of-scope";
    public static final String SCOPE_DECLINED = "declined";
    /** Values of {@code breachAction}: what the duty supervisor did about a missed response deadline. */
    public static final String BREACH_CALLED_CUSTOMER = "called-customer";
    public static final String BREACH_REASSIGNED = "reassigned";
    public static final String BREACH_ESCALATED = "escalated";
    /** Anything else; the note then says what. */
    public static final String BREACH_OTHER = "other";
    public static final java.util.List<String> BREACH_ACTIONS =
        java.util.List.of(BREACH_CALLED_CUSTOMER, BREACH_REASSIGNED, BREACH_ESCALATED, BREACH_OTHER);

    private Values() {
    }
  }

}
