package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.SupportScope;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record scope found late" (SCP-2): the engineer found during the work that the incident is out of scope
 * (SCP-1); the customer is told why before the work goes on, and that it goes on only once the fees are agreed.
 */
@Component("scopeFoundLateDelegate")
public class ScopeFoundLateDelegate implements JavaDelegate {

  private final CustomerUpdates updates;

  public ScopeFoundLateDelegate(CustomerUpdates updates) {
    this.updates = updates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    String reason = String.valueOf(execution.getVariable(Vars.SCOPE_REASON));
    TimelineEvent event = TimelineEvent.OUT_OF_SCOPE;
    updates.tell(number, EngineTime.now(), event, Message.of(event.key("late"), SupportScope.explain(reason)));
    execution.getProcessInstance().removeVariable(Vars.SCOPE_REASON);
  }
}
