package com.daocloud.support.incident.process;

import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.IncidentTimes;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The response deadline passed without a first contact: the incident is marked breached and its
 * open tasks rise to the top of Tasklist (IncidentTaskUpdates). */
@Component("responseBreachDelegate")
public class ResponseBreachDelegate implements JavaDelegate {

  private final IncidentStore incidents;
  private final CustomerUpdates updates;
  private final IncidentTaskUpdates tasks;

  public ResponseBreachDelegate(IncidentStore incidents, CustomerUpdates updates, IncidentTaskUpdates tasks) {
    this.incidents = incidents;
    this.updates = updates;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    incidents.markResponseBreached(number);
    Incident incident = incidents.require(number);
    updates.tell(number, TimelineEvent.RESPONSE_BREACHED,
        IncidentTimes.at(incident.responseDueAt(), incident.timeZone(), EngineTime.now()));
    tasks.raise(execution, IncidentTasks.Stage.BREACHED);
  }
}
