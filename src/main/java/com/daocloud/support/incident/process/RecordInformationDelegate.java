package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The customer's answer arrived in time: it is in the timeline and the engineer works the incident again. */
@Component("recordInformationDelegate")
public class RecordInformationDelegate implements JavaDelegate {

  private final IncidentStore incidents;
  private final CustomerUpdates updates;

  public RecordInformationDelegate(IncidentStore incidents, CustomerUpdates updates) {
    this.incidents = incidents;
    this.updates = updates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    incidents.setStatus(number, IncidentStatus.OPEN);
    updates.tell(number, TimelineEvent.INFORMATION_PROVIDED, execution.getVariable(Vars.INFORMATION_PROVIDED));
    // The next pass of Resolve incident decides afresh instead of repeating the last outcome.
    execution.removeVariables(List.of(Vars.OUTCOME, Vars.INFORMATION_PROVIDED, Vars.CUSTOMER_WAIT));
  }
}
