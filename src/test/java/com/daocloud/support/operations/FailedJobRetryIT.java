package com.daocloud.support.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.testing.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 8: a failing job retries with back-off (10 s, 1 min, 5 min: {@code failedJobRetryTimeCycle}) and
 * then ends as a Cockpit incident. Real job executor; instead of waiting for each back-off the test
 * moves the job's due date to now once it has seen the back-off the engine chose.
 */
@IntegrationTest
class FailedJobRetryIT {

  static final String PROCESS_KEY = "failing-job-check";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  private Deployment deployment;

  @AfterEach
  void removeTheProbe() {
    if (deployment != null) {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  @DisplayName("A failing job is retried after 10 s, 1 min and 5 min, then becomes a failedJob incident")
  void failingJobBacksOffThenRaisesIncident() {
    // Given a process whose asynchronous service task always fails (an unknown bean)
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY)
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Started")
        .serviceTask("Task_AlwaysFails").camundaAsyncBefore().camundaExpression("${dceNoSuchBean}")
        .endEvent("EndEvent_Done")
        .done();
    deployment = repositoryService.createDeployment().name(PROCESS_KEY)
        .addModelInstance(PROCESS_KEY + ".bpmn", model).deploy();

    // When it runs, and each retry is made due at once
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY);
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
  }

  private Job job(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
  }
}
