package com.daocloud.support.identity;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The people who work tasks change a process only by completing a task with its outcome. A task's variables
 * are not local: whatever is written through a task lands on the process instance, so without this guard an
 * engineer could rewrite the customer's name on the SLA board, the level or the entitlement that the
 * process routes on, through {@code PUT /task/{id}/variables/...} or by completing a task with extra
 * variables.
 *
 * <p>For an authenticated user outside {@code camunda-admin}, as {@code /engine-rest} and the webapps
 * authenticate them: writing or removing task variables is refused, and completing (also through a form,
 * a BPMN error, an escalation or a delegation's resolution) carries only the task's outcome variables
 * ({@link TaskOutcomes}). The application's own calls (no authenticated user, as {@code /api} and the job
 * executor run) and code the process runs (delegates, listeners, mappings: inside an execution) pass.
 * Process instance and execution variables need {@code UPDATE_VARIABLE} on the instance, which no staff
 * group holds; the engine's authorization refuses those.
 */
public class TaskOutcomeGuard extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    check(command);
    return next.execute(command);
  }

  private static void check(Command<?> command) {
    CommandContext context = Context.getCommandContext();
    Authentication user = context == null ? null : context.getAuthentication();
    if (user == null || Context.getBpmnExecutionContext() != null) {
      return;
    }
    if (user.getGroupIds() != null && user.getGroupIds().contains(Groups.ADMIN)) {
      return;
    }
    if (command instanceof SetTaskVariablesCmd || command instanceof PatchTaskVariablesCmd
        || command instanceof RemoveTaskVariablesCmd) {
      throw new AuthorizationException(user.getUserId() + " may not write task variables: a task's outcome is"
          + " given by completing it");
    }
    String variablesField = command instanceof SubmitTaskFormCmd ? "properties" : "variables";
    // CompleteTaskCmd includes ResolveTaskCmd (a delegated task handed back with variables).
    if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
        || command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
      Map<?, ?> variables = (Map<?, ?>) field(command, variablesField);
      if (variables == null || variables.isEmpty()) {
        return;
      }
      TaskEntity task = context.getTaskManager().findTaskById((String) field(command, "taskId"));
      if (task == null) {
        // The command itself answers that the task does not exist.
        return;
      }
      Set<String> allowed = TaskOutcomes.of(task.getTaskDefinitionKey());
      Set<String> refused = new TreeSet<>();
      variables.keySet().forEach(name -> {
        if (!allowed.contains(String.valueOf(name))) {
          refused.add(String.valueOf(name));
        }
      });
      if (!refused.isEmpty()) {
        throw new AuthorizationException(task.getTaskDefinitionKey() + " is completed with "
            + (allowed.isEmpty() ? "no variables" : String.join(", ", new TreeSet<>(allowed)))
            + "; refused: " + String.join(", ", refused));
      }
    }
  }

  /** The engine's commands keep their arguments in protected fields and offer no getters. */
  private static Object field(Command<?> command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(command);
      } catch (NoSuchFieldException e) {
        // declared further up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + type.getSimpleName(), e);
      }
    }
    throw new IllegalStateException(command.getClass().getSimpleName() + " has no field " + name
        + "; the engine changed: review TaskOutcomeGuard");
  }
}
