package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record support level" (SCP-4): the support manager's decision on a customer who keeps a harmful third-party
 * product goes on the incident's timeline, which the customer reads (and, subscribed, gets by e-mail).
 */
@Component("supportLevelDelegate")
public class SupportLevelDelegate implements JavaDelegate {

  private final CustomerUpdates updates;

  public SupportLevelDelegate(CustomerUpdates updates) {
    this.updates = updates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    boolean lowered = Boolean.TRUE.equals(execution.getVariable(Vars.LOWER_SUPPORT_LEVEL));
    Object note = execution.getVariable(Vars.SUPPORT_LEVEL_NOTE);
    TimelineEvent event = TimelineEvent.SUPPORT_LEVEL;
    updates.tell(number, EngineTime.now(), event, Message.of(lowered ? event.key("lowered") : event.key(),
        note == null ? "" : note.toString().strip()));
    execution.getProcessInstance().removeVariable(Vars.LOWER_SUPPORT_LEVEL);
    execution.getProcessInstance().removeVariable(Vars.SUPPORT_LEVEL_NOTE);
  }
}
