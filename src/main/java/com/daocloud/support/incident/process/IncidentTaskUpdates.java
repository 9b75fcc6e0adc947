package com.daocloud.support.incident.process;

import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.process.IncidentTasks.Stage;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Changes an incident's open tasks as the incident moves on (docs/tasklist.md, "Filters, task cards and their
 * order"): their priority at the 75 % warning and at the breach, the Level 1 resolve task's due date at each
 * hourly update. Used by the delegates only, never by model expressions ({@link IncidentTasks} is read-only).
 */
@Component
public class IncidentTaskUpdates {

  private final IncidentTasks incidentTasks;

  public IncidentTaskUpdates(IncidentTasks incidentTasks) {
    this.incidentTasks = incidentTasks;
  }

  /** Raises the priority of every open task of the incident to {@code stage} (the warning and the breach). */
  public void raise(DelegateExecution execution, Stage stage) {
    int priority = IncidentTasks.priority(incidentTasks.incident(execution).level(), stage);
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list().stream()
        .filter(task -> task.getPriority() < priority)
        .forEach(task -> tasks.setPriority(task.getId(), priority));
  }

  /** Moves an open Level 1 "Resolve incident" task's due date to the next status update. */
  public void refreshResolveDue(DelegateExecution execution) {
    Incident incident = incidentTasks.incident(execution);
    if (incident.level() != 1) {
      return;
    }
    Date due = Date.from(IncidentTasks.nextStatusUpdate(incident.reportedAt(), EngineTime.now()));
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(Elements.TASK_RESOLVE_INCIDENT).list().forEach(task -> {
          task.setDueDate(due);
          tasks.saveTask(task);
        });
  }
}
