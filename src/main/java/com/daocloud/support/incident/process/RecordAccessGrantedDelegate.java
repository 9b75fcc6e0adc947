package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.TimelineEntry;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The customer granted remote access in time: the incident stays Level 1 (L12-1). */
@Component("recordAccessGrantedDelegate")
public class RecordAccessGrantedDelegate implements JavaDelegate {

  private final IncidentStore incidents;

  public RecordAccessGrantedDelegate(IncidentStore incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    incidents.addTimeline(number, new TimelineEntry(EngineTime.now(), TimelineEvent.ACCESS_GRANTED,
        "Remote access granted; the incident stays Level 1.", false));
  }
}
