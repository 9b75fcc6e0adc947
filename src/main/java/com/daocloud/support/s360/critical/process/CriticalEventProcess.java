package com.daocloud.support.s360.critical.process;

import com.daocloud.support.s360.critical.CriticalEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code critical-event-support} process (docs/processes.md): key, element ids and variable names.
 * Business key = {@code CRE-} + the event id.
 */
public final class CriticalEventProcess {

  public static final String KEY = "critical-event-support";
  public static final String RESOURCE = "bpmn/critical-event-support.bpmn";
  public static final String FORM_PLAN = "bpmn/form-write-service-plan.form";
  public static final String FORM_REPORT = "bpmn/form-write-service-report.form";

  private CriticalEventProcess() {
  }

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START = "StartEvent_CriticalEventRegistered";
    public static final String TASK_WRITE_PLAN = "Task_WriteServicePlan";
    public static final String TASK_RECORD_PLAN = "ServiceTask_RecordServicePlan";
    public static final String TIMER_WINDOW_STARTS = "TimerCatch_WindowStarts";
    public static final String TIMER_WINDOW_ENDS = "TimerCatch_WindowEnds";
    public static final String TASK_WRITE_REPORT = "Task_WriteServiceReport";
    public static final String TASK_RECORD_REPORT = "ServiceTask_RecordServiceReport";
    public static final String END_REPORTED = "EndEvent_ServiceReportDelivered";

    private Elements() {
    }
  }

  /** Process variable names. */
  public static final class Vars {
    public static final String EVENT_ID = "eventId";
    public static final String CUSTOMER_ID = "customerId";
    public static final String CUSTOMER_NAME = "customerName";
    public static final String INSTALLATIONS = "installations";
    public static final String KIND = "kind";
    public static final String DESCRIPTION = "description";
    /** ISO instants of the window: the timers wait for them. */
    public static final String WINDOW_FROM = "windowFrom";
    public static final String WINDOW_TO = "windowTo";
    /** Outcome of {@code Task_WriteServicePlan}: the service plan and staffing. */
    public static final String SERVICE_PLAN = "servicePlan";
    /** Outcome of {@code Task_WriteServiceReport}: what happened (incidents, changes, notes). */
    public static final String SERVICE_REPORT = "serviceReport";

    private Vars() {
    }
  }

  public static String businessKey(long eventId) {
    return "CRE-" + eventId;
  }

  public static Map<String, Object> startVariables(CriticalEvent e, long id, String customerName) {
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.EVENT_ID, id);
    v.put(Vars.CUSTOMER_ID, e.customerId());
    v.put(Vars.CUSTOMER_NAME, customerName);
    v.put(Vars.INSTALLATIONS, String.join(", ", e.installations()));
    v.put(Vars.KIND, e.kind());
    v.put(Vars.DESCRIPTION, e.description());
    v.put(Vars.WINDOW_FROM, e.from().toString());
    v.put(Vars.WINDOW_TO, e.to().toString());
    return v;
  }
}
