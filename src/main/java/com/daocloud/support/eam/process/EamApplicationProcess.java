package com.daocloud.support.eam.process;

import com.daocloud.support.eam.EamApplication;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code eam-application} process (docs/processes.md): key, element ids and variable names.
 * Business key = application number. Dates are ISO strings ({@code YYYY-MM-DD}).
 */
public final class EamApplicationProcess {

  public static final String KEY = "eam-application";
  public static final String RESOURCE = "bpmn/eam-application.bpmn";

  private EamApplicationProcess() {
  }

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START = "StartEvent_EamApplied";
    public static final String GATEWAY_ELIGIBLE = "Gateway_Eligible";
    public static final String END_NOT_ELIGIBLE = "EndEvent_NotEligible";
    public static final String TASK_APPROVE_EAM = "Task_ApproveEam";
    public static final String GATEWAY_APPROVED = "Gateway_Approved";
    public static final String TASK_RECORD_EAM_CONTRACT = "ServiceTask_RecordEamContract";
    public static final String END_GRANTED = "EndEvent_EamGranted";
    public static final String TASK_REJECT_EAM = "ServiceTask_RejectEam";
    /** EAM-4: arrears are confirmed paid before the contract is recorded. */
    public static final String TASK_CONFIRM_ARREARS_PAID = "Task_ConfirmArrearsPaid";
    public static final String END_REJECTED = "EndEvent_EamRejected";

    private Elements() {
    }
  }

  /** Process variable names. */
  public static final class Vars {
    public static final String APPLICATION_NUMBER = "applicationNumber";
    public static final String CUSTOMER_ID = "customerId";
    public static final String CUSTOMER_NAME = "customerName";
    public static final String CLUSTER = "cluster";
    public static final String PRODUCT = "product";
    public static final String VERSION = "version";
    public static final String YEARS = "years";
    public static final String EAM_YEARS = "eamYears";
    public static final String ELIGIBLE = "eligible";
    public static final String REASON = "reason";
    public static final String EOSS_DATE = "eossDate";
    public static final String COVERAGE_START = "coverageStart";
    public static final String COVERAGE_END = "coverageEnd";
    public static final String ARREARS_FROM = "arrearsFrom";
    public static final String ARREARS_TO = "arrearsTo";
    /** Outcome of {@code Task_ApproveEam} (fixed: docs/processes.md). */
    public static final String APPROVED = "approved";
    public static final String APPROVAL_COMMENT = "approvalComment";
    /** Outcome of {@code Task_ConfirmArrearsPaid} (EAM-4). */
    public static final String ARREARS_PAID = "arrearsPaid";
    public static final String ARREARS_NOTE = "arrearsNote";

    private Vars() {
    }
  }

  /** The start variables of one recorded application. */
  public static Map<String, Object> startVariables(EamApplication a, String customerName) {
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.APPLICATION_NUMBER, a.number());
    v.put(Vars.CUSTOMER_ID, a.customerId());
    v.put(Vars.CUSTOMER_NAME, customerName);
    v.put(Vars.CLUSTER, a.cluster());
    v.put(Vars.PRODUCT, a.product());
    v.put(Vars.VERSION, a.version());
    v.put(Vars.YEARS, a.years());
    v.put(Vars.EAM_YEARS, a.eamYears());
    v.put(Vars.ELIGIBLE, a.eligible());
    v.put(Vars.REASON, a.reason());
    v.put(Vars.EOSS_DATE, string(a.eossDate()));
    v.put(Vars.COVERAGE_START, string(a.coverageStart()));
    v.put(Vars.COVERAGE_END, string(a.coverageEnd()));
    v.put(Vars.ARREARS_FROM, string(a.arrearsFrom()));
    v.put(Vars.ARREARS_TO, string(a.arrearsTo()));
    return v;
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }
}
