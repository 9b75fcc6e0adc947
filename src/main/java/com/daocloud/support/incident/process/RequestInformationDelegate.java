package com.daocloud.support.incident.process;

import com.daocloud.support.incident.CustomerWaitLimits;
import com.daocloud.support.incident.CustomerWaitLimits.WaitLimits;
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
  private final CustomerWaitLimits waitLimits;
  private final CustomerUpdates updates;

  public RequestInformationDelegate(IncidentStore incidents, CustomerWaitLimits waitLimits, CustomerUpdates updates) {
    this.incidents = incidents;
    this.waitLimits = waitLimits;
    this.updates = updates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    Incident incident = incidents.require(number);
    WaitLimits limits = waitLimits.forLevel(((Number) execution.getVariable(Vars.LEVEL)).intValue());
    execution.setVariable(Vars.INFORMATION_WAIT, limits.informationWait());
    incidents.setStatus(number, IncidentStatus.AWAITING_CUSTOMER);
    updates.tell(number, TimelineEvent.INFORMATION_REQUESTED, execution.getVariable(Vars.INFORMATION_REQUESTED),
        Waits.describe(limits.informationWait(), EngineTime.now(), incident.timeZone()));
    // The question lives in the timeline now; the instance keeps only what it routes on.
    execution.removeVariable(Vars.INFORMATION_REQUESTED);
  }
}
