package com.daocloud.support.phone;

/**
 * The {@code phone-report} process (docs/tasklist.md): customer service records a customer's phone report
 * through Tasklist's "Start process". Key, element ids and the start form's variables, which are the fields of
 * {@code POST /api/incidents} with the contact spread out. Business key = the recorded incident's number.
 */
public final class PhoneReportProcess {

  public static final String KEY = "phone-report";
  public static final String RESOURCE = "bpmn/phone-report.bpmn";
  public static final String FORM = "bpmn/form-record-phone-report.form";

  private PhoneReportProcess() {
  }

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START = "StartEvent_PhoneReportTaken";
    public static final String TASK_RECORD_INCIDENT = "ServiceTask_RecordIncident";
    public static final String END_RECORDED = "EndEvent_IncidentRecorded";

    private Elements() {
    }
  }

  /** The start form's variables, and what the process keeps. */
  public static final class Vars {
    public static final String CUSTOMER_ID = "customerId";
    public static final String INSTALLATION = "installation";
    public static final String REQUEST_TYPE = "requestType";
    public static final String PRODUCTION_IMPACT = "productionImpact";
    /** "true" or "false" from the form's radio buttons; a boolean from other callers. */
    public static final String DATA_LOSS = "dataLoss";
    public static final String WORKAROUND_AVAILABLE = "workaroundAvailable";
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final String CONTACT_EMAIL = "contactEmail";
    /** Set once intake recorded the incident. */
    public static final String INCIDENT_NUMBER = "incidentNumber";

    private Vars() {
    }
  }
}
