package com.daocloud.support.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import java.time.Duration;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Candidate groups that may work every task of a process definition get no authorization row per
 * task (Tasklist's queries stay fast with 100 000 open tasks); the others keep theirs, so nobody gains or
 * loses a task.
 */
@IntegrationTest
class CandidateGroupAuthorizationIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;

  @Autowired
  AuthorizationService authorizationService;

  @Test
  @DisplayName("Groups (docs/security.md): engineers see and work the first-contact task through their grant on incident-handling, without a per-task authorization; customer service keeps its own")
  void coveredGroupsNeedNoTaskAuthorization() {
    Task contact = awaitTask(report("fault", "partial"), Elements.TASK_CONTACT_CUSTOMER);

    // Engineers may read and work every incident task: no row of their own.
    assertThat(taskAuthorizations(contact, Groups.SUPPORT_ENGINEERS)).isZero();
    assertThat(Api.as(port, "engineer").get("/engine-rest/task?taskId=" + contact.getId()).json().size()).isEqualTo(1);
    // Customer service may only work the tasks it is a candidate for: the row stays.
    assertThat(taskAuthorizations(contact, Groups.CUSTOMER_SERVICE)).isEqualTo(1);
    Api.Response completed = Api.as(port, "engineer").post("/engine-rest/task/" + contact.getId() + "/complete", "{}");
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
  }

  @Test
  @DisplayName("Groups (docs/security.md): customer service still completes its first-contact task and managers their suggestion review (per-task authorizations kept where no definition grant covers them)")
  void uncoveredGroupsKeepTheirTaskAuthorization() {
    Task contact = awaitTask(report("fault", "degraded"), Elements.TASK_CONTACT_CUSTOMER);
    Api.Response contacted = Api.as(port, "service").post("/engine-rest/task/" + contact.getId() + "/complete", "{}");
    assertThat(contacted.status()).as(contacted.body()).isEqualTo(204);

    Task review = awaitTask(report("suggestion", "none"), Elements.TASK_REVIEW_SUGGESTION);
    assertThat(taskAuthorizations(review, Groups.SUPPORT_MANAGERS)).isEqualTo(1);
    assertThat(Api.as(port, "manager").get("/engine-rest/task?taskId=" + review.getId()).json().size()).isEqualTo(1);
  }

  private long taskAuthorizations(Task task, String group) {
    return authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId())
        .groupIdIn(group).count();
  }

  private String report(String requestType, String impact) {
    Api.Response created = Api.as(port, "acme-user").post("/api/incidents", """
        {"customerId": "acme", "installation": "prod-1", "title": "Authorization check",
         "description": "Who may see this task?", "requestType": "%s", "productionImpact": "%s",
         "dataLoss": false, "workaroundAvailable": true,
         "contact": {"name": "Li Lei", "email": "li.lei@example.com"}}""".formatted(requestType, impact));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("number").asText();
  }

  private Task awaitTask(String number, String taskKey) {
    return await().atMost(WAIT).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(taskKey).singleResult(), task -> task != null);
  }
}
