package com.daocloud.support.incident.mail;

/**
 * The {@code incident-update-mail} process: one instance per e-mail update (L12-7). Its send step is an
 * asynchronous job, so a failing mail server never blocks or rolls back the incident: the engine retries
 * the job and, when the retries are used up, raises a Cockpit incident.
 */
public final class IncidentMailProcess {

  public static final String KEY = "incident-update-mail";
  public static final String RESOURCE = "bpmn/incident-update-mail.bpmn";
  public static final String TASK_SEND_MAIL = "ServiceTask_SendMail";

  private IncidentMailProcess() {
  }

  /** Process variable names. */
  public static final class Vars {
    public static final String INCIDENT_NUMBER = "incidentNumber";
    public static final String TO = "mailTo";
    public static final String SUBJECT = "mailSubject";
    public static final String TEXT = "mailText";

    private Vars() {
    }
  }
}
