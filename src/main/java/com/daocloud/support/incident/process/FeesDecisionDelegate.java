package com.daocloud.support.incident.process;

import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** SCP-2: records whether the customer agreed to the fees for out-of-scope work (absent = not agreed). */
@Component("feesDecisionDelegate")
public class FeesDecisionDelegate implements JavaDelegate {

  private final CustomerUpdates updates;

  public FeesDecisionDelegate(CustomerUpdates updates) {
    this.updates = updates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    boolean agreed = Boolean.TRUE.equals(execution.getVariable(Vars.FEES_AGREED));
    execution.setVariable(Vars.FEES_AGREED, agreed);
    if (agreed) {
      updates.tell(number, TimelineEvent.FEES_AGREED);
    } else {
      updates.tell(number, TimelineEvent.FEES_NOT_AGREED);
    }
  }
}
