package com.daocloud.support.identity;

import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * L12-5, L12-6: who may take a task away from its engineer. On Level 2 and 3 (and 4) incidents a task may
 * be unclaimed and reassigned within its candidate groups; a Level 1 incident is worked without
 * interruption, so once claimed its task stays with its engineer unless a duty supervisor (or an
 * administrator) reassigns it.
 *
 * <p>Runs on every change of assignee ({@code assignment} event) with the user of the Tasklist or
 * {@code /engine-rest} request as the engine's current authentication. Calls without an authenticated
 * user are the application itself and pass. A refusal is an {@link AuthorizationException}: the change is
 * rolled back and {@code /engine-rest} answers 403.
 *
 * <p>The level comes from the incident row (the process's business key is the incident number), never from
 * a variable: whoever may work a task may also set variables on it, so a variable would let the engineer
 * who wants the task declare it Level 2 first.
 *
 * <p>It lives here beside {@link TaskOutcomeGuard}, not with the incident process's glue, because it needs
 * the engine's internals: {@link DelegateTask} does not tell who held the task before, only the
 * {@link TaskEntity}'s property changes do, and the membership check runs inside the engine's command.
 */
@Component("level1AssignmentGuard")
public class Level1AssignmentGuard implements TaskListener {

  private static final List<String> MAY_REASSIGN_LEVEL1 = List.of(Groups.DUTY_SUPERVISORS, Groups.ADMIN);

  private final IncidentStore incidents;

  public Level1AssignmentGuard(IncidentStore incidents) {
    this.incidents = incidents;
  }

  @Override
  public void notify(DelegateTask task) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    Authentication user = identity.getCurrentAuthentication();
    if (user == null) {
      return;
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (groups.contains(Groups.ADMIN)) {
      return;
    }
    String previous = previousAssignee(task);
    String next = task.getAssignee();
    boolean takenAway = previous != null && !previous.equals(next);
    if (takenAway && isLevel1(task) && groups.stream().noneMatch(MAY_REASSIGN_LEVEL1::contains)) {
      throw new AuthorizationException("L12-6: a Level 1 incident's task stays with " + previous
          + "; only a duty supervisor reassigns it");
    }
    if (next != null && !next.equals(previous) && !inCandidateGroups(task, identity, next)) {
      throw new AuthorizationException("L12-6: " + next + " is not in the task's candidate groups");
    }
  }

  private boolean isLevel1(DelegateTask task) {
    String number = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    Integer level = number == null ? null : incidents.findByNumber(number).map(i -> i.level()).orElse(null);
    if (level == null) {
      // No incident row (a process started by hand): the process instance's own variable, never the task's.
      Object variable = task.getExecution() == null ? null
          : task.getExecution().getProcessInstance().getVariableLocal(Vars.LEVEL);
      level = variable instanceof Number n ? n.intValue() : null;
    }
    return level != null && level == 1;
  }

  private static String previousAssignee(DelegateTask task) {
    PropertyChange change = ((TaskEntity) task).getPropertyChanges().get(TaskEntity.ASSIGNEE);
    return change == null ? null : (String) change.getOrgValue();
  }

  private static boolean inCandidateGroups(DelegateTask task, IdentityService identity, String userId) {
    List<String> candidateGroups = task.getCandidates().stream().map(link -> link.getGroupId())
        .filter(g -> g != null).toList();
    if (candidateGroups.isEmpty()) {
      return true;
    }
    // The engineer who reassigns may not read other users; membership is the engine's fact, not a secret.
    return Context.getCommandContext().runWithoutAuthorization(() -> candidateGroups.stream().anyMatch(group ->
        identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0));
  }
}
