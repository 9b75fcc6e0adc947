package com.daocloud.support.s360.critical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.daocloud.support.customer.CustomerTimes;
import com.daocloud.support.customer.KnownCustomers;
import com.daocloud.support.s360.S360ProcessEngine;
import com.daocloud.support.s360.critical.process.CriticalEventProcess;
import com.daocloud.support.s360.critical.process.CriticalEventProcess.Elements;
import com.daocloud.support.s360.critical.process.CriticalEventProcess.Vars;
import com.daocloud.support.s360.critical.process.RecordServicePlanDelegate;
import com.daocloud.support.s360.critical.process.RecordServiceReportDelegate;
import com.daocloud.support.s360.team.DedicatedTeamCandidates;
import com.daocloud.support.s360.team.DedicatedTeams;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code critical-event-support} model: plan before the window, report after it, the window's start and end
 * moved with {@code ClockUtil}; the real delegates, team lookup and event table.
 */
@Deployment(resources = {CriticalEventProcess.RESOURCE, CriticalEventProcess.FORM_PLAN,
    CriticalEventProcess.FORM_REPORT})
class CriticalEventProcessTest {

  private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
  private static final Instant FROM = Instant.parse("2026-12-23T16:00:00Z");
  private static final Instant TO = Instant.parse("2026-12-26T16:00:00Z");

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .useProcessEngine(S360ProcessEngine.engine()).build();

  private final CriticalEventStore store = new CriticalEventStore(S360ProcessEngine.jdbc());
  private final DedicatedTeams teams = new DedicatedTeams(S360ProcessEngine.jdbc());

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    BpmnAwareTests.init(extension.getProcessEngine());
    Mocks.register("dedicatedTeam", new DedicatedTeamCandidates(teams));
    Mocks.register("recordServicePlanDelegate", new RecordServicePlanDelegate(store));
    Mocks.register("recordServiceReportDelegate", new RecordServiceReportDelegate(store));
    Mocks.register("customerTimes", new CustomerTimes(KnownCustomers.in(S360ProcessEngine.ZONE, "acme")));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
    teams.replace("acme", List.of());
  }

  @Test
  @DisplayName("SVC-2: the team plans the service before the window (due when it opens), waits through the window and reports after it closes; the customer reads plan and report")
  void planWindowReport() {
    // Given acme's Christmas peak, registered three weeks ahead
    long id = register();
    ProcessInstance pi = start(id);

    // Then customer success writes the plan, due when the window opens
    assertThat(pi).isWaitingAtExactly(Elements.TASK_WRITE_PLAN);
    assertThat(task(Elements.TASK_WRITE_PLAN, pi)).hasCandidateGroup("customer-success")
        .hasDueDate(Date.from(FROM));
    // and its form reads the window in words in the customer's zone
    VariableMap form = extension.getFormService().getTaskFormVariables(task(Elements.TASK_WRITE_PLAN, pi).getId());
    assertThat(form.getValue("windowFromText", String.class)).isEqualTo("Thu 24 Dec 00:00 Shanghai time");
    assertThat(form.getValue("windowToText", String.class)).isEqualTo("Sun 27 Dec 00:00 Shanghai time");

    // When the plan is written
    complete(task(Elements.TASK_WRITE_PLAN, pi), withVariables(Vars.SERVICE_PLAN, "Two engineers on site, change freeze"));
    execute(job());

    // Then the customer reads it, and the process waits for the window to open
    assertThat(store.find(id).orElseThrow().status()).isEqualTo(CriticalEvent.PLANNED);
    assertThat(store.find(id).orElseThrow().servicePlan()).isEqualTo("Two engineers on site, change freeze");
    assertThat(pi).isWaitingAtExactly(Elements.TIMER_WINDOW_STARTS);
    assertThat(timer(pi).getDuedate()).isEqualTo(Date.from(FROM));

    // When the window opens, nothing is asked until it closes
    ClockUtil.setCurrentTime(Date.from(FROM));
    execute(timer(pi));
    assertThat(pi).isWaitingAtExactly(Elements.TIMER_WINDOW_ENDS);
    assertThat(timer(pi).getDuedate()).isEqualTo(Date.from(TO));

    // When it closes, the team writes the service report
    ClockUtil.setCurrentTime(Date.from(TO));
    execute(timer(pi));
    assertThat(pi).isWaitingAtExactly(Elements.TASK_WRITE_REPORT);
    complete(task(Elements.TASK_WRITE_REPORT, pi), withVariables(Vars.SERVICE_REPORT,
        "No incidents; one change deferred"));
    execute(job());

    // Then the customer receives the report
    assertThat(pi).isEnded().hasPassed(Elements.END_REPORTED);
    CriticalEvent reported = store.find(id).orElseThrow();
    assertThat(reported.status()).isEqualTo(CriticalEvent.REPORTED);
    assertThat(reported.serviceReport()).isEqualTo("No incidents; one change deferred");
  }

  @Test
  @DisplayName("SVC-2: a plan written after the window opened does not hold the process: the window-start timer is already due")
  void latePlan() {
    ProcessInstance pi = start(register());
    ClockUtil.setCurrentTime(Date.from(FROM.plusSeconds(3600)));

    complete(task(Elements.TASK_WRITE_PLAN, pi), withVariables(Vars.SERVICE_PLAN, "Late plan"));
    execute(job());

    assertThat(pi).isWaitingAtExactly(Elements.TIMER_WINDOW_STARTS);
    assertThat(timer(pi).getDuedate()).isBeforeOrEqualTo(ClockUtil.getCurrentTime());
  }

  @Test
  @DisplayName("SVC-2: with a dedicated team, the plan and the report are its tasks (candidate users)")
  void dedicatedTeamPlans() {
    teams.replace("acme", List.of("cass"));

    ProcessInstance pi = start(register());

    List<IdentityLink> links = extension.getTaskService()
        .getIdentityLinksForTask(task(Elements.TASK_WRITE_PLAN, pi).getId());
    assertThat(links).extracting(IdentityLink::getUserId).containsExactly("cass");
  }

  private long register() {
    return store.insert(new CriticalEvent(0, "acme", List.of("prod-1"), "peak", FROM, TO, "Christmas sales peak",
        CriticalEvent.PLANNING, null, null, "acme-user", null));
  }

  private ProcessInstance start(long id) {
    CriticalEvent event = store.find(id).orElseThrow();
    ProcessInstance pi = extension.getRuntimeService().createProcessInstanceByKey(CriticalEventProcess.KEY)
        .businessKey(CriticalEventProcess.businessKey(id))
        .setVariables(CriticalEventProcess.startVariables(event, id, "Acme")).execute();
    assertThat(pi).isWaitingAt(Elements.START);
    execute(job());
    return pi;
  }

  private static Job timer(ProcessInstance pi) {
    return extension.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
  }
}
