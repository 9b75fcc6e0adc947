package com.daocloud.support.incident.process;

import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.security.engine.ModelExpressionBean;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * L12-4: what the hourly cycle of a Level 1 incident asks before it adds the hour's update task
 * ({@code ${statusUpdates.pending(execution.processInstanceId)}}): whether the last one is still open, in which
 * case that task stays the one to do.
 */
@Component("statusUpdates")
public class StatusUpdates implements ModelExpressionBean {

  private final TaskService tasks;

  /** Lazy: the engine's services exist only once the engine, which reads this bean's name, is built. */
  public StatusUpdates(@Lazy TaskService tasks) {
    this.tasks = tasks;
  }

  public boolean pending(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(Elements.TASK_POST_STATUS_UPDATE).count() > 0;
  }
}
