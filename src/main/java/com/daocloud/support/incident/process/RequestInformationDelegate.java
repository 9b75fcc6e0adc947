package com.daocloud.support.incident.process;

import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * CUS-2, CLS-4: the engineer needs information. The incident waits for the customer, the question goes
 * to its timeline, and the time allowed comes from {@code customer-wait-limits} now, when this wait starts.
 */
@Component("requestInformationDelegate")
public class RequestInformationDelegate implements JavaDelegate {

  private final IncidentStore incidents;
  private final CustomerUpdates updates;

  public RequestInformationDelegate(IncidentStore incidents, CustomerUpdates updates) {
    this.incidents = incidents;
    this.updates = updates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    Incident incident = incidents.require(number);
    // The wait was decided by "Decide wait limits" (customer-wait-limits, CLS-4) just before.
    String wait = (String) execution.getVariable(Vars.CUSTOMER_WAIT);
    incidents.setStatus(number, IncidentStatus.AWAITING_CUSTOMER);
    updates.tell(number, TimelineEvent.INFORMATION_REQUESTED, execution.getVariable(Vars.INFORMATION_REQUESTED),
        Waits.describe(wait, EngineTime.now(), incident.timeZone()));
    // The question lives in the timeline now; the instance keeps only what it routes on.
    execution.removeVariable(Vars.INFORMATION_REQUESTED);
  }
}
