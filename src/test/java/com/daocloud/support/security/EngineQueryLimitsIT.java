package com.daocloud.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.ProbeProcesses;
import com.daocloud.support.testing.WebappSession;
import com.daocloud.support.web.WebTestIncidents;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding 13: the engine's REST API and the webapps' engine API answer bad paging with a 400 problem
 * (never a 500 naming exceptions), bound every list, and a task completion with an invalid outcome is a
 * 400 that names the problem.
 */
@IntegrationTest
class EngineQueryLimitsIT {

  private static final int LIMIT = 2000;

  @RegisterExtension
  final ProbeProcesses probes = new ProbeProcesses();

  @LocalServerPort
  int port;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Test
  @DisplayName("Finding 13: negative or non-numeric firstResult and maxResults, and maxResults above the limit, "
      + "are a 400 problem without class names on /engine-rest and on the webapps' engine API")
  void badPagingIsAProblem() {
    WebappSession cockpit = new WebappSession(port);
    assertThat(cockpit.login("cockpit", "manager", "manager")).isEqualTo(200);
    Map<String, Function<String, Api.Response>> entryPoints = Map.of(
        "/engine-rest", Api.as(port, "manager")::get,
        "/engine-rest/engine/default", Api.as(port, "manager")::get,
        "/camunda/api/engine/engine/default", cockpit::get);

    for (Map.Entry<String, Function<String, Api.Response>> entry : entryPoints.entrySet()) {
      for (String paging : List.of("maxResults=-1", "firstResult=-1", "maxResults=abc", "firstResult=1e3",
          "maxResults=99999999999", "maxResults=100000", "maxResults=2001", "firstResult=0&maxResults=-5",
          "maxResults=10&maxResults=100000")) {
        for (String resource : List.of("/task", "/history/process-instance", "/process-instance")) {
          Api.Response response = entry.getValue().apply(entry.getKey() + resource + "?" + paging);
          assertThat(response.status()).as(entry.getKey() + resource + "?" + paging + ": " + response.body())
              .isEqualTo(400);
          assertThat(response.contentType()).startsWith("application/problem+json");
          assertThat(response.body()).doesNotContain("Exception", "org.", "java.");
        }
      }
    }
  }

  @Test
  @DisplayName("Finding 13: a list without maxResults answers at most the limit, on the webapps' engine API too")
  void listsAreBoundedWithoutMaxResults() {
    probes.deploy(repositoryService, "paging-probe", Bpmn.createExecutableProcess("paging-probe")
        .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Wait").endEvent().done());
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i <= LIMIT; i++) {
      variables.put("v" + i, i);
    }
    String instance = runtimeService.startProcessInstanceByKey("paging-probe", variables).getId();
    String path = "/variable-instance?processInstanceIdIn=" + instance;
    WebappSession cockpit = new WebappSession(port);
    assertThat(cockpit.login("cockpit", "demo", "demo")).isEqualTo(200);

    Api.Response webapp = cockpit.get("/camunda/api/engine/engine/default" + path);
    Api.Response rest = Api.as(port, "demo").get("/engine-rest/engine/default" + path);
    Api.Response paged = cockpit.get("/camunda/api/engine/engine/default" + path + "&firstResult=2000&maxResults=50");

    assertThat(webapp.status()).as(webapp.body()).isEqualTo(200);
    assertThat(webapp.json().size()).isEqualTo(LIMIT);
    assertThat(rest.json().size()).isEqualTo(LIMIT);
    assertThat(paged.json().size()).as("the webapps page on as before").isEqualTo(1);
  }

  @Test
  @DisplayName("Finding 13, CLS-5: completing Task_ResolveIncident with an unknown outcome is a 400 naming the problem; "
      + "the task stays open")
  void unknownOutcomeIsABadRequest() {
    String number = WebTestIncidents.report(port, "partial", "Pods restart (outcome check)");
    Task contact = WebTestIncidents.awaitTask(taskService, number, Elements.TASK_CONTACT_CUSTOMER);
    assertThat(Api.as(port, "service").post("/engine-rest/task/" + contact.getId() + "/complete", "{}").status())
        .isEqualTo(204);
    Task resolve = WebTestIncidents.awaitTask(taskService, number, Elements.TASK_RESOLVE_INCIDENT);

    Api.Response unknown = Api.as(port, "engineer").post("/engine-rest/task/" + resolve.getId() + "/complete",
        "{\"variables\": {\"outcome\": {\"value\": \"make-it-so\"}}}");
    Api.Response wrongType = Api.as(port, "engineer").post("/engine-rest/task/" + resolve.getId() + "/complete",
        "{\"variables\": {\"outcome\": {\"value\": 42, \"type\": \"Integer\"}}}");

    for (Api.Response response : List.of(unknown, wrongType)) {
      assertThat(response.status()).as(response.body()).isEqualTo(400);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.json().get("detail").asText()).contains("outcome must be one of");
      assertThat(response.body()).doesNotContain("Exception", "org.", "java.");
    }
    assertThat(taskService.createTaskQuery().taskId(resolve.getId()).count()).isOne();
  }

  @Test
  @DisplayName("Finding 13: an id that names nothing is a 404 problem, not a 500; the metrics list keeps the "
      + "engine's own bound of 200 rows")
  void unknownIdsAreNotFound() {
    // Given resources whose engine answer for an unknown id used to be a 500
    Api demo = Api.as(port, "demo");
    for (String path : List.of("/engine-rest/process-definition/no-such-id/statistics",
        "/engine-rest/history/decision-requirements-definition/no-such-id/statistics",
        "/engine-rest/external-task/no-such-id/errorDetails")) {
      // When an administrator asks for them
      Api.Response response = demo.get(path);
      // Then each says "not found" as a problem, without the engine's class names
      assertThat(response.status()).as(path + " " + response.body()).isEqualTo(404);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.body()).doesNotContain("Exception", "org.camunda", "java.");
    }
    for (String path : List.of("/engine-rest/metrics", "/engine-rest/engine/default/metrics")) {
      assertThat(demo.get(path).status()).as(path).isEqualTo(200);
      assertThat(demo.get(path + "?maxResults=201").status()).as(path).isEqualTo(400);
    }
  }

  @Test
  @DisplayName("Finding 5: no signed-in user can test other users' passwords through the engine's identity/verify")
  void passwordCheckResourceIsClosed() {
    String body = "{\"username\": \"demo\", \"password\": \"demo\"}";
    for (String user : List.of("engineer", "manager", "demo")) {
      for (String path : List.of("/engine-rest/identity/verify", "/engine-rest/engine/default/identity/verify")) {
        Api.Response response = Api.as(port, user).post(path, body);
        // The right password of another user is not confirmed: the resource is closed for everyone
        assertThat(response.status()).as(user + " " + path).isEqualTo(403);
        assertThat(response.body()).doesNotContain("authenticated");
      }
    }
  }
}
