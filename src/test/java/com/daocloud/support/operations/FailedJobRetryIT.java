package com.daocloud.support.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.ProbeProcesses;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A failing job retries with back-off (10 s, 1 min, 5 min: {@code failedJobRetryTimeCycle}) and
 * then ends as a Cockpit incident; once the outside call is fixed, an operator's retry (Cockpit: the job's
 * retries set again) resumes the process and resolves the incident. Real job executor; instead of waiting for
 * each back-off the test moves the job's due date to now once it has seen the back-off the engine chose.
 */
@IntegrationTest
class FailedJobRetryIT {

  static final String PROCESS_KEY = "failing-job-check";
  /** The engine REST API's date format. */
  static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  @LocalServerPort
  int port;

  @RegisterExtension
  final ProbeProcesses probes = new ProbeProcesses();

  @Test
  @DisplayName("A failing job is retried after 10 s, 1 min and 5 min, then becomes a failedJob incident; after the fix a Cockpit retry resumes the process")
  void failingJobBacksOffThenRaisesIncident() {
    // Given a process whose asynchronous service task always fails (an unknown bean)
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY)
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Started")
        // The outside call: fails (an unknown bean) until the variable says it was fixed.
        .serviceTask("Task_AlwaysFails").camundaAsyncBefore()
        .camundaExpression("${outsideCallWorks ? true : dceNoSuchBean}")
        .endEvent("EndEvent_Done")
        .done();
    probes.deploy(repositoryService, PROCESS_KEY, model);

    // When it runs, and each retry is made due at once
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY,
        Map.of("outsideCallWorks", false));
    List<Duration> backOffs = new ArrayList<>();
    // the first execution plus one retry per interval of the cycle
    int expectedRetries = 4;
    while (true) {
      int retriesLeft = expectedRetries - 1;
      Instant before = Instant.now();
      Job failed = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
          .until(() -> job(instance), job -> job.getRetries() == retriesLeft
              && job.getExceptionMessage() != null);
      if (retriesLeft == 0) {
        break;
      }
      backOffs.add(Duration.between(before, failed.getDuedate().toInstant()));
      managementService.setJobDuedate(failed.getId(), new Date());
      expectedRetries = retriesLeft;
    }

    // Then the back-offs grew as configured
    System.out.println("Back-offs chosen by the engine: " + backOffs);
    assertThat(backOffs).hasSize(3);
    assertThat(backOffs.get(0)).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(11));
    assertThat(backOffs.get(1)).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(61));
    assertThat(backOffs.get(2)).isBetween(Duration.ofSeconds(290), Duration.ofSeconds(301));
    // and Cockpit shows an incident on the failing task
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId())
        .singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo("Task_AlwaysFails");

    // When the outside call is fixed and an operator retries the job as Cockpit does it (retries
    // back to 1, due now, through the engine's REST API)
    runtimeService.setVariable(instance.getId(), "outsideCallWorks", true);
    Job failed = job(instance);
    Api.Response retried = Api.as(port, "demo").put("/engine-rest/job/" + failed.getId() + "/retries",
        "{\"retries\": 1, \"dueDate\": \"" + REST_DATE.format(OffsetDateTime.now()) + "\"}");
    assertThat(retried.status()).as(retried.body()).isEqualTo(204);

    // Then the job executor runs it, the process goes on to its end and the incident is resolved
    Instant retriedAt = Instant.now();
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() ->
        historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
            .finished().count() == 1);
    System.out.printf("reliability: failing job -> retries after %s, then a %s incident; after the fix one"
            + " Cockpit retry ended the process %d ms later%n",
        backOffs.stream().map(d -> d.toSeconds() + " s").toList(), incident.getIncidentType(),
        Duration.between(retriedAt, Instant.now()).toMillis());
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("EndEvent_Done").finished().count()).isEqualTo(1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(historyService.createHistoricIncidentQuery().incidentId(incident.getId()).resolved()
        .count()).isEqualTo(1);
  }

  private Job job(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
  }
}
