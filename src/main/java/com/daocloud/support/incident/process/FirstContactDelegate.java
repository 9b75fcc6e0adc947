package com.daocloud.support.incident.process;

import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.IncidentTimes;
import com.daocloud.support.incident.TimelineEntry;
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

  public FirstContactDelegate(IncidentStore incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = EngineTime.now();
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    Incident incident = incidents.require(number);
    incidents.recordFirstContact(number, now);
    String detail = "A support representative contacted the customer";
    if (incident.responseDueAt() != null) {
      detail += now.isAfter(incident.responseDueAt())
          ? " after the response deadline of " + incident.responseDue()
          : " within the response time (due " + incident.responseDue() + ")";
    }
    incidents.addTimeline(incident.id(), new TimelineEntry(now, TimelineEvent.CONTACTED, detail + ".", false));
    execution.setVariable("firstContactAt", IncidentTimes.format(now, incident.timeZone()));
  }
}
