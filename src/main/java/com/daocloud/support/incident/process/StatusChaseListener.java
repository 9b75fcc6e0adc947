package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * L12-4: when the duty supervisor completes "Chase overdue status update", what they did goes to the staff
 * timeline (the customer reads the update itself once it is posted).
 */
@Component("statusChaseListener")
public class StatusChaseListener implements TaskListener {

  private final CustomerUpdates updates;

  public StatusChaseListener(CustomerUpdates updates) {
    this.updates = updates;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = (String) task.getExecution().getVariable(Vars.INCIDENT_NUMBER);
    Object note = task.getExecution().getVariable(Vars.CHASE_NOTE);
    updates.tell(number, EngineTime.now(), TimelineEvent.STATUS_UPDATE_CHASED,
        Message.of(TimelineEvent.STATUS_UPDATE_CHASED.key(), task.getAssignee(), note == null ? "" : note));
    task.getExecution().getProcessInstance().removeVariable(Vars.CHASE_NOTE);
  }
}
