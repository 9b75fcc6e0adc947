package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.TimelineEntry;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The response deadline passed without a first contact: the incident is marked breached. */
@Component("responseBreachDelegate")
public class ResponseBreachDelegate implements JavaDelegate {

  private final IncidentStore incidents;

  public ResponseBreachDelegate(IncidentStore incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    incidents.markResponseBreached(number);
    execution.setVariable(Vars.RESPONSE_BREACHED, true);
    incidents.addTimeline(number, new TimelineEntry(EngineTime.now(), TimelineEvent.RESPONSE_BREACHED,
        "No support representative has contacted you by the response deadline ("
            + execution.getVariable(Vars.RESPONSE_DUE) + "). The duty supervisor has been alerted.", false));
  }
}
