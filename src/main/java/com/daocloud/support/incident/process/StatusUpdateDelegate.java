package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * L12-4: publishes the engineer's hourly status update in the customer's timeline and schedules the
 * next one on the hourly grid from the report time (a late update does not shift the schedule; a slot
 * that has already passed is skipped, not made up).
 */
@Component("statusUpdateDelegate")
public class StatusUpdateDelegate implements JavaDelegate {

  private final CustomerUpdates updates;

  public StatusUpdateDelegate(CustomerUpdates updates) {
    this.updates = updates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = EngineTime.now();
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    updates.tell(number, now, TimelineEvent.STATUS_UPDATE,
        Message.of(TimelineEvent.STATUS_UPDATE.key(), execution.getVariable(Vars.STATUS_UPDATE)));
    Instant next = Instant.parse((String) execution.getVariable(Vars.NEXT_STATUS_UPDATE_AT));
    do {
      next = next.plus(IncidentVariables.STATUS_UPDATE_INTERVAL);
    } while (!next.isAfter(now));
    execution.setVariable(Vars.NEXT_STATUS_UPDATE_AT, next.toString());
    execution.removeVariable(Vars.STATUS_UPDATE);
  }
}
