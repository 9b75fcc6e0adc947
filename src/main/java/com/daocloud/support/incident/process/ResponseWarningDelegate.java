package com.daocloud.support.incident.process;

import com.daocloud.support.identity.Groups;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.IncidentTimes;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 75 % of the response time has passed without a first contact: the candidate groups are warned. The
 * warning is a staff-only timeline entry, and the incident's open tasks rise in Tasklist (IncidentTaskUpdates).
 */
@Component("responseWarningDelegate")
public class ResponseWarningDelegate implements JavaDelegate {

  private final IncidentStore incidents;
  private final CustomerUpdates updates;
  private final IncidentTaskUpdates tasks;

  public ResponseWarningDelegate(IncidentStore incidents, CustomerUpdates updates, IncidentTaskUpdates tasks) {
    this.incidents = incidents;
    this.updates = updates;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    Incident incident = incidents.require(number);
    updates.tell(number, TimelineEvent.RESPONSE_WARNING, Groups.CUSTOMER_SERVICE, Groups.SUPPORT_ENGINEERS,
        IncidentTimes.responseTime(incident.responseTime(), incident.coverage()),
        IncidentTimes.coverage(incident.coverage()),
        IncidentTimes.at(incident.responseDueAt(), incident.timeZone(), EngineTime.now()));
    tasks.raise(execution, IncidentTasks.Stage.AT_RISK);
  }
}
