package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.TimelineEntry;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the incident with the closure code given as the service task's local input {@code closureCode}. */
@Component("closeIncidentDelegate")
public class CloseIncidentDelegate implements JavaDelegate {

  private final IncidentStore incidents;

  public CloseIncidentDelegate(IncidentStore incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    String closureCode = (String) execution.getVariableLocal(Vars.CLOSURE_CODE);
    if (closureCode == null) {
      throw new IllegalStateException("Service task " + execution.getCurrentActivityId() + " has no closureCode input");
    }
    incidents.close(number, closureCode);
    incidents.addTimeline(number, new TimelineEntry(EngineTime.now(), TimelineEvent.CLOSED,
        "Incident closed: " + closureCode + ".", false));
  }
}
