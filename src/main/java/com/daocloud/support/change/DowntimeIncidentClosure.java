package com.daocloud.support.change;

import com.daocloud.support.change.process.ChangeControlProcess.Messages;
import com.daocloud.support.change.process.ChangeControlProcess.Vars;
import com.daocloud.support.incident.IncidentClosureListener;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Component;

/**
 * CHG-3's hook for incident handling: when an incident closes, call {@link #incidentClosed(String)} (in
 * the closing transaction). If a change waits for that incident, its status becomes {@code in-review}
 * and the process moves on to the post-incident review with the customer; any other incident is
 * ignored, so the call is safe for every closure.
 */
@Component
public class DowntimeIncidentClosure implements IncidentClosureListener {

  private final RuntimeService runtime;
  private final ChangeRequestStore store;

  public DowntimeIncidentClosure(RuntimeService runtime, ChangeRequestStore store) {
    this.runtime = runtime;
    this.store = store;
  }

  @Override
  public void incidentClosed(String incidentNumber, String closureCode) {
    incidentClosed(incidentNumber);
  }

  /** @return whether a change was waiting for this incident */
  public boolean incidentClosed(String incidentNumber) {
    Execution waiting = runtime.createExecutionQuery()
        .messageEventSubscriptionName(Messages.DOWNTIME_INCIDENT_CLOSED)
        .processVariableValueEquals(Vars.INCIDENT_NUMBER, incidentNumber)
        .singleResult();
    if (waiting == null) {
      return false;
    }
    String changeNumber = (String) runtime.getVariable(waiting.getId(), Vars.CHANGE_NUMBER);
    store.setStatus(changeNumber, ChangeStatus.IN_REVIEW, null);
    runtime.createMessageCorrelation(Messages.DOWNTIME_INCIDENT_CLOSED)
        .processInstanceVariableEquals(Vars.INCIDENT_NUMBER, incidentNumber)
        .correlateWithResult();
    return true;
  }
}
