package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentTimes;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * L12-1: the access request in the customer's timeline and, for subscribers, by e-mail; customer service's call
 * ("Ask customer for access") follows.
 */
@Component("requestRemoteAccessDelegate")
public class RequestRemoteAccessDelegate implements JavaDelegate {

  private final CustomerUpdates updates;
  private final IncidentSettings settings;

  public RequestRemoteAccessDelegate(CustomerUpdates updates, IncidentSettings settings) {
    this.updates = updates;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    updates.tell(number, TimelineEvent.ACCESS_REQUESTED, IncidentTimes.duration(settings.getRemoteAccessWait()),
        execution.getVariable(Vars.LEVEL));
  }
}
