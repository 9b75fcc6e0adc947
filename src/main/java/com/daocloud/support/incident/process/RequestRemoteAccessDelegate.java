package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.TimelineEntry;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** L12-1: asks the customer, in its timeline, for immediate and secure remote access. */
@Component("requestRemoteAccessDelegate")
public class RequestRemoteAccessDelegate implements JavaDelegate {

  private final IncidentStore incidents;

  public RequestRemoteAccessDelegate(IncidentStore incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    String wait = (String) execution.getVariable(Vars.REMOTE_ACCESS_WAIT);
    incidents.addTimeline(number, new TimelineEntry(EngineTime.now(), TimelineEvent.ACCESS_REQUESTED,
        "Please grant immediate, secure remote access and keep your staff available (L12-1)."
            + " Without a grant within " + wait + " this Level 1 incident becomes Level 2 (L12-2).", false));
  }
}
