package com.daocloud.support.incident.process;

import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.IncidentTimes;
import com.daocloud.support.incident.ResponsePlanner;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** RSP-4: on-site staff arrived; the on-site response time is dispatch to arrival. */
@Component("onSiteArrivalDelegate")
public class OnSiteArrivalDelegate implements JavaDelegate {

  private final IncidentStore incidents;
  private final CustomerUpdates updates;
  private final ResponsePlanner planner;

  public OnSiteArrivalDelegate(IncidentStore incidents, CustomerUpdates updates, ResponsePlanner planner) {
    this.incidents = incidents;
    this.updates = updates;
    this.planner = planner;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    var now = EngineTime.now();
    incidents.recordOnSiteArrival(number, now);
    Incident incident = incidents.require(number);
    // RSP-4: counted within the on-site coverage, the coverage of the incident's response-sla row
    Duration responseTime = planner.coverageTimeBetween(incident, incident.onSiteDispatchedAt(), now);
    updates.tell(number, now, TimelineEvent.ON_SITE_ARRIVED, Message.of(TimelineEvent.ON_SITE_ARRIVED.key(),
        IncidentTimes.duration(responseTime.toString()),
        IncidentTimes.coverage(incident.coverage() == null ? "24x7" : incident.coverage())));
  }
}
