package com.daocloud.support.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.client.ApiClient;
import com.daocloud.support.client.ApiException;
import com.daocloud.support.client.api.ApiTokensApi;
import com.daocloud.support.client.api.IncidentsApi;
import com.daocloud.support.client.model.ApiTokenCreated;
import com.daocloud.support.client.model.ClosureResponseRequest;
import com.daocloud.support.client.model.ContactRequest;
import com.daocloud.support.client.model.Incident;
import com.daocloud.support.client.model.IncidentReported;
import com.daocloud.support.client.model.IncidentRequest;
import com.daocloud.support.client.model.InformationRequest;
import com.daocloud.support.client.model.Problem;
import com.daocloud.support.client.model.TimelineEntry;
import com.daocloud.support.client.model.TokenRequest;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API as a customer's tool meets it: a Java client that the build generates from {@code docs/openapi.json}
 * (the served document, {@code OpenApiDocumentIT}) and nothing else. The tool signs in with an API token, reports
 * an incident, reads it, answers support's question and accepts the solution; support's side (Tasklist) is
 * played through the engine's REST API, as in the other incident tests.
 */
@IntegrationTest
class GeneratedClientIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;

  @Test
  @DisplayName("CLS-1, CUS-2: a tool built from the OpenAPI document alone reports an incident, reads it, answers the request for information and accepts the solution")
  void customerToolWorksAnIncidentToItsClosure() throws Exception {
    // Given a token that acme's administrator created for the tool, through the generated client
    ApiTokensApi tokens = new ApiTokensApi(client("Basic " + Base64.getEncoder()
        .encodeToString("acme-admin:acme-admin".getBytes(StandardCharsets.UTF_8))));
    ApiTokenCreated token = tokens.createApiToken("acme", new TokenRequest().name("ticketing-" + UUID.randomUUID()));
    IncidentsApi tool = new IncidentsApi(client("Bearer " + token.getToken()));

    // When the tool reports a fault (twice, as after a timeout, with the same Idempotency-Key)
    IncidentRequest report = new IncidentRequest().customerId("acme").installation("prod-1")
        .title("Pods of one namespace restart").description("Pods in namespace shop restart every few minutes.")
        .requestType(IncidentRequest.RequestTypeEnum.FAULT)
        .productionImpact(IncidentRequest.ProductionImpactEnum.PARTIAL)
        .dataLoss(false).workaroundAvailable(false)
        .contact(new ContactRequest().name("Li Lei").email("li.lei@example.com"));
    String key = "alert-" + UUID.randomUUID();
    IncidentReported reported = tool.reportIncident(report, key);
    IncidentReported again = tool.reportIncident(report, key);

    // Then it is recorded once, with its level and deadline in the client's types
    assertThat(reported.getNumber()).matches("INC-\\d{4}-\\d{6}");
    assertThat(again.getNumber()).isEqualTo(reported.getNumber());
    assertThat(reported.getLevel()).isEqualTo(3);
    assertThat(reported.getStatus()).isEqualTo(IncidentReported.StatusEnum.OPEN);
    assertThat(reported.getResponseDue()).isNotNull();
    String number = reported.getNumber();
    Incident read = tool.readIncident(number);
    assertThat(read.getTitle()).isEqualTo("Pods of one namespace restart");
    assertThat(read.getTimeline().get(0).getEvent()).isEqualTo(TimelineEntry.EventEnum.REPORTED);

    // When support calls back and asks for information
    complete("service", awaitTask(number, Elements.TASK_CONTACT_CUSTOMER), "{}");
    complete("engineer", awaitTask(number, Elements.TASK_RESOLVE_INCIDENT), """
        {"variables": {"outcome": {"value": "need-information"},
                       "informationRequested": {"value": "Which storage class do the pods use?"}}}""");

    // Then the tool sees the question and answers it
    Incident waiting = tool.readIncident(number);
    assertThat(waiting.getStatus()).isEqualTo(Incident.StatusEnum.AWAITING_CUSTOMER);
    assertThat(last(waiting).getEvent()).isEqualTo(TimelineEntry.EventEnum.INFORMATION_REQUESTED);
    assertThat(last(waiting).getDetail()).contains("Which storage class");
    Incident answered = tool.provideInformation(number, new InformationRequest().text("local-path"));
    assertThat(answered.getStatus()).isEqualTo(Incident.StatusEnum.OPEN);

    // When support proposes a solution
    complete("engineer", awaitTask(number, Elements.TASK_RESOLVE_INCIDENT), """
        {"variables": {"outcome": {"value": "solution"}, "resolutionType": {"value": "countermeasure"},
                       "solutionSummary": {"value": "Switch to the hwameistor storage class"}}}""");

    // Then the tool reads it and accepts it, and the incident is closed as resolved
    Incident proposed = tool.readIncident(number);
    assertThat(proposed.getStatus()).isEqualTo(Incident.StatusEnum.SOLUTION_PROPOSED);
    assertThat(proposed.getResolution().getSummary()).isEqualTo("Switch to the hwameistor storage class");
    Incident closed = tool.respondToSolution(number,
        new ClosureResponseRequest().accepted(true).comment("The pods are stable now, thank you."));
    assertThat(closed.getStatus()).isEqualTo(Incident.StatusEnum.CLOSED);
    assertThat(closed.getClosureCode()).isEqualTo(Incident.ClosureCodeEnum.RESOLVED);
    assertThat(closed.getTimeline()).extracting(TimelineEntry::getEvent).containsSubsequence(
        TimelineEntry.EventEnum.REPORTED, TimelineEntry.EventEnum.INFORMATION_REQUESTED,
        TimelineEntry.EventEnum.INFORMATION_PROVIDED, TimelineEntry.EventEnum.SOLUTION_PROPOSED,
        TimelineEntry.EventEnum.CLOSED);

    // And a second response is refused with a problem the client reads in its own Problem type
    ApiException refused = catchThrowableOfType(ApiException.class, () -> tool.respondToSolution(number,
        new ClosureResponseRequest().accepted(true)));
    assertThat(refused.getCode()).isEqualTo(409);
    Problem problem = new ApiClient().getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
    assertThat(problem.getType()).hasToString("urn:dce-support:problem:conflict");
    assertThat(problem.getStatus()).isEqualTo(409);

    tokens.revokeApiToken("acme", token.getId());
    assertThat(catchThrowableOfType(ApiException.class, () -> tool.readIncident(number)).getCode()).isEqualTo(401);
  }

  private ApiClient client(String authorization) {
    ApiClient client = new ApiClient();
    client.updateBaseUri("http://localhost:" + port);
    client.setRequestInterceptor(request -> request.header("Authorization", authorization));
    return client;
  }

  private static TimelineEntry last(Incident incident) {
    List<TimelineEntry> timeline = incident.getTimeline();
    return timeline.get(timeline.size() - 1);
  }

  private void complete(String user, Task task, String json) {
    Api.Response completed = Api.as(port, user).post("/engine-rest/task/" + task.getId() + "/complete", json);
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
  }

  private Task awaitTask(String number, String taskKey) {
    return await().atMost(WAIT).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(taskKey).singleResult(), task -> task != null);
  }
}
