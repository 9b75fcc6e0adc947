package com.daocloud.support.change.process;

import com.daocloud.support.change.ChangeRequest;
import com.daocloud.support.change.ChangeRequestStore;
import com.daocloud.support.change.DowntimeIncidents;
import com.daocloud.support.change.process.ChangeControlProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * CHG-2: the verifying engineer found unplanned downtime; a Level 1 incident opens at once, linked to
 * the change both ways (the change stores the incident number, the incident names the change).
 */
@Component("openDowntimeIncidentDelegate")
public class OpenDowntimeIncidentDelegate implements JavaDelegate {

  /** The incident's reporter when the verification task, not a person's API call, found the downtime. */
  static final String REPORTER = "change-control";

  private final ChangeRequestStore store;
  private final DowntimeIncidents incidents;

  public OpenDowntimeIncidentDelegate(ChangeRequestStore store, DowntimeIncidents incidents) {
    this.store = store;
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChangeRequest change = store.require((String) execution.getVariable(Vars.CHANGE_NUMBER));
    String incidentNumber = incidents.openLevel1(change, null,
        (String) execution.getVariable(Vars.VERIFICATION_NOTE), REPORTER);
    store.recordDowntimeIncident(change.number(), incidentNumber);
    execution.setVariable(Vars.INCIDENT_NUMBER, incidentNumber);
  }
}
