package com.daocloud.support.identity;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default provider, except that a candidate group gets no authorization row of its own per task
 * when it may already read and work every task of the task's process definition (IdentitySetup grants
 * READ_TASK and UPDATE_TASK to engineers on incident-handling and change-control, to duty supervisors on
 * incident-handling).
 *
 * <p>Why: the default writes one ACT_RU_AUTHORIZATION row per task and candidate group. Every
 * Tasklist query joins the authorizations with {@code RESOURCE_ID_ IN (task id, definition key, '*')},
 * which no index serves: with 100 000 open tasks that is 100 000 x 100 000 comparisons per query (seconds
 * at 2 000 tasks already), and every task costs an insert and a delete more. The rows granted nothing
 * the definition-level grant did not. A group without that grant (customer service, which may work only
 * the tasks it is a candidate for; managers on incident-handling's suggestion review) still gets its
 * per-task authorization, as before. Checked when the task is created, against the grants of that moment.
 */
public class CandidateGroupAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    if (IdentityLinkType.CANDIDATE.equals(type) && worksEveryTaskOfItsDefinition(task, groupId)) {
      return null;
    }
    return super.newTaskGroupIdentityLink(task, groupId, type);
  }

  private static boolean worksEveryTaskOfItsDefinition(Task task, String groupId) {
    if (task.getProcessDefinitionId() == null || groupId == null) {
      return false;
    }
    ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(task.getProcessDefinitionId());
    AuthorizationManager authorizations = Context.getCommandContext().getAuthorizationManager();
    List<String> groups = List.of(groupId);
    return authorizations.isAuthorized(null, groups, Permissions.READ_TASK, Resources.PROCESS_DEFINITION,
        definition.getKey())
        && authorizations.isAuthorized(null, groups, Permissions.UPDATE_TASK, Resources.PROCESS_DEFINITION,
        definition.getKey());
  }
}
