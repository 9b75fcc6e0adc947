package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * L12-4: publishes the engineer's hourly status update in the customer's timeline (and by e-mail to subscribers),
 * saying whether the customer was also told by call or conference. The schedule is the
 * model's: an R/PT1H cycle from the report time on "Level 1 open" (a late update does not shift it).
 */
@Component("statusUpdateDelegate")
public class StatusUpdateDelegate implements JavaDelegate {

  private final CustomerUpdates updates;
  private final IncidentTaskUpdates tasks;

  public StatusUpdateDelegate(CustomerUpdates updates, IncidentTaskUpdates tasks) {
    this.updates = updates;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    // Told by call or conference as well, the written update says so; "written" (or none) is the text alone.
    Object channel = execution.getVariable(Vars.STATUS_CHANNEL);
    TimelineEvent event = TimelineEvent.STATUS_UPDATE;
    String key = channel instanceof String told && event.variants().contains(told) ? event.key(told) : event.key();
    updates.tell(number, EngineTime.now(), event, Message.of(key, execution.getVariable(Vars.STATUS_UPDATE)));
    execution.removeVariable(Vars.STATUS_UPDATE);
    execution.removeVariable(Vars.STATUS_CHANNEL);
    // The resolve task is due at the next update again.
    tasks.refreshResolveDue(execution);
  }
}
