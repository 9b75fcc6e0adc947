package com.daocloud.support.incident.process;

import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.IncidentTimes;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * RSP-3 / RSP-5: completing the contact task is the first contact by a support representative (or the
 * customer-service callback); its time ends the remote response time.
 */
@Component("firstContactDelegate")
public class FirstContactDelegate implements JavaDelegate {

  private final IncidentStore incidents;
  private final CustomerUpdates updates;

  public FirstContactDelegate(IncidentStore incidents, CustomerUpdates updates) {
    this.incidents = incidents;
    this.updates = updates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = EngineTime.now();
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    Incident incident = incidents.require(number);
    incidents.recordFirstContact(number, now);
    TimelineEvent event = TimelineEvent.CONTACTED;
    updates.tell(number, now, event, incident.responseDueAt() == null ? Message.of(event.key())
        : Message.of(event.key(now.isAfter(incident.responseDueAt()) ? "late" : "in-time"),
            IncidentTimes.at(incident.responseDueAt(), incident.timeZone(), now)));
  }
}
