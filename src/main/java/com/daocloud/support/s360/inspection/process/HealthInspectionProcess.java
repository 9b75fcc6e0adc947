package com.daocloud.support.s360.inspection.process;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code health-inspection} process (docs/processes.md): key, element ids and variable names. One instance
 * per inspection of one S360 installation; business key = {@code INS-} + the inspection id.
 */
public final class HealthInspectionProcess {

  public static final String KEY = "health-inspection";
  public static final String RESOURCE = "bpmn/health-inspection.bpmn";
  public static final String FORM_INSPECT = "bpmn/form-inspect-health.form";
  public static final String FORM_CHASE = "bpmn/form-chase-overdue-inspection.form";

  private HealthInspectionProcess() {
  }

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START = "StartEvent_InspectionScheduled";
    public static final String TIMER_DUE = "TimerCatch_InspectionDue";
    public static final String TASK_INSPECT = "Task_InspectHealth";
    public static final String TIMER_OVERDUE = "Timer_InspectionOverdue";
    public static final String TASK_CHASE = "Task_ChaseOverdueInspection";
    public static final String END_CHASED = "EndEvent_OverdueChased";
    public static final String TASK_PUBLISH = "ServiceTask_PublishReport";
    public static final String TASK_DECIDE_INTERVAL = "Task_DecideInspectionInterval";
    public static final String TASK_SCHEDULE_NEXT = "ServiceTask_ScheduleNextInspection";
    public static final String END_PUBLISHED = "EndEvent_ReportPublished";

    private Elements() {
    }
  }

  /** Process variable names. */
  public static final class Vars {
    public static final String INSPECTION_ID = "inspectionId";
    public static final String CUSTOMER_ID = "customerId";
    public static final String CUSTOMER_NAME = "customerName";
    public static final String CLUSTER = "cluster";
    public static final String SERVICE_TIER = "serviceTier";
    /** ISO instant the inspection falls due (timer {@code TimerCatch_InspectionDue}). */
    public static final String DUE_AT = "dueAt";
    /** The s360-services decision's answer, an ISO 8601 period. */
    public static final String INSPECTION_INTERVAL = "inspectionInterval";
    public static final String OVERALL_INFORMATION = "overallInformation";
    public static final String MANAGEMENT_NODES = "managementNodes";
    public static final String COMPUTE_NODES = "computeNodes";
    public static final String APPLICATION_STATUS = "applicationStatus";
    public static final String FUNCTIONAL_REQUIREMENTS = "functionalRequirements";
    public static final String OVERALL_EVALUATION = "overallEvaluation";
    public static final String FINDINGS = "findings";
    /** A finding needs an incident: reported through intake when the report is published. */
    public static final String OPEN_INCIDENT = "openIncident";
    public static final String INCIDENT_TITLE = "incidentTitle";
    /** The incident's production impact: none, degraded, partial or outage. */
    public static final String INCIDENT_IMPACT = "incidentImpact";
    /** A finding needs a change: a production change request is opened when the report is published. */
    public static final String OPEN_CHANGE = "openChange";
    public static final String CHANGE_DESCRIPTION = "changeDescription";
    public static final String CHASE_NOTE = "chaseNote";

    private Vars() {
    }
  }

  public static String businessKey(long inspectionId) {
    return "INS-" + inspectionId;
  }

  public static Map<String, Object> startVariables(long inspectionId, String customerId, String customerName,
      String cluster, String serviceTier, Instant dueAt) {
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.INSPECTION_ID, inspectionId);
    v.put(Vars.CUSTOMER_ID, customerId);
    v.put(Vars.CUSTOMER_NAME, customerName);
    v.put(Vars.CLUSTER, cluster);
    v.put(Vars.SERVICE_TIER, serviceTier);
    v.put(Vars.DUE_AT, dueAt.toString());
    return v;
  }
}
