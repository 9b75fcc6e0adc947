package com.daocloud.support.incident.process;

import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The customer granted remote access in time: the incident stays Level 1 (L12-1). */
@Component("recordAccessGrantedDelegate")
public class RecordAccessGrantedDelegate implements JavaDelegate {

  private final CustomerUpdates updates;

  public RecordAccessGrantedDelegate(CustomerUpdates updates) {
    this.updates = updates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    updates.tell(number, TimelineEvent.ACCESS_GRANTED);
    execution.removeVariable(Vars.REMOTE_ACCESS_GRANTED);
  }
}
