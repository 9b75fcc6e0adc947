package com.daocloud.support.incident.process;

import com.daocloud.support.identity.Groups;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.IncidentTimes;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 75 % of the response time has passed without a first contact: the candidate groups are warned. The
 * warning is a staff-only timeline entry, and the contact task rises to the top of Tasklist (priority).
 */
@Component("responseWarningDelegate")
public class ResponseWarningDelegate implements JavaDelegate {

  /** Tasklist's default priority is 50; urgent contact tasks sort first. */
  public static final int URGENT_PRIORITY = 90;

  private final IncidentStore incidents;
  private final CustomerUpdates updates;

  public ResponseWarningDelegate(IncidentStore incidents, CustomerUpdates updates) {
    this.incidents = incidents;
    this.updates = updates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    Incident incident = incidents.require(number);
    updates.tell(number, TimelineEvent.RESPONSE_WARNING, Groups.CUSTOMER_SERVICE, Groups.SUPPORT_ENGINEERS,
        IncidentTimes.responseTime(incident.responseTime(), incident.coverage()),
        IncidentTimes.coverage(incident.coverage()),
        IncidentTimes.at(incident.responseDueAt(), incident.timeZone(), EngineTime.now()));
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(Elements.TASK_CONTACT_CUSTOMER).list()) {
      tasks.setPriority(task.getId(), URGENT_PRIORITY);
    }
  }
}
