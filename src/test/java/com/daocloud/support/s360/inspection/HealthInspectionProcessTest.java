package com.daocloud.support.s360.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.daocloud.support.customer.CustomerRepository;
import com.daocloud.support.customer.CustomerTimes;
import com.daocloud.support.customer.KnownCustomers;
import com.daocloud.support.customer.OrderService;
import com.daocloud.support.customer.ServiceTier;
import com.daocloud.support.s360.S360Customers;
import com.daocloud.support.s360.S360ProcessEngine;
import com.daocloud.support.s360.S360ServicesDecision;
import com.daocloud.support.s360.inspection.process.HealthInspectionProcess;
import com.daocloud.support.s360.inspection.process.HealthInspectionProcess.Elements;
import com.daocloud.support.s360.inspection.process.HealthInspectionProcess.Vars;
import com.daocloud.support.s360.inspection.process.PublishInspectionReportDelegate;
import com.daocloud.support.s360.inspection.process.ScheduleNextInspectionDelegate;
import com.daocloud.support.s360.team.DedicatedTeamCandidates;
import com.daocloud.support.s360.team.DedicatedTeams;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code health-inspection} model, each path, with the engine clock moved by {@code ClockUtil}: the real
 * delegates, the real s360-services table, the real inspection and customer tables.
 */
@Deployment(resources = {HealthInspectionProcess.RESOURCE, HealthInspectionProcess.FORM_INSPECT,
    HealthInspectionProcess.FORM_CHASE, S360ServicesDecision.RESOURCE})
class HealthInspectionProcessTest {

  private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
  private static final Instant DUE = Instant.parse("2026-12-01T01:00:00Z");

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .useProcessEngine(S360ProcessEngine.engine()).build();

  private final InspectionStore store = new InspectionStore(S360ProcessEngine.jdbc());
  private final CustomerRepository customers = new CustomerRepository(S360ProcessEngine.jdbc());
  private InspectionScheduler scheduler;
  private final FindingIncidents findingIncidents = org.mockito.Mockito.mock(FindingIncidents.class);
  private final FindingChanges findingChanges = org.mockito.Mockito.mock(FindingChanges.class);

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    BpmnAwareTests.init(extension.getProcessEngine());
    scheduler = new InspectionScheduler(store, new S360Customers(customers, S360ProcessEngine.jdbc()),
        extension.getRuntimeService());
    Mocks.register("dedicatedTeam", new DedicatedTeamCandidates(new DedicatedTeams(S360ProcessEngine.jdbc())));
    Mocks.register("publishInspectionReportDelegate", new PublishInspectionReportDelegate(store,
        findingIncidents, findingChanges));
    Mocks.register("scheduleNextInspectionDelegate", new ScheduleNextInspectionDelegate(scheduler));
    Mocks.register("customerTimes", new CustomerTimes(KnownCustomers.in(S360ProcessEngine.ZONE, "acme", "initech",
        "globex")));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
    customers.replace(S360ProcessEngine.customer("acme", ServiceTier.PROFESSIONAL,
        EnumSet.of(OrderService.SNS, OrderService.S360)));
  }

  @Test
  @DisplayName("SVC-2: an inspection waits for its due date, then customer success is asked for the report")
  void inspectionFallsDue() {
    // Given an inspection of acme's prod-1 due tomorrow
    ProcessInstance pi = schedule("acme", DUE);

    // Then nothing is asked before the due date
    assertThat(pi).isWaitingAtExactly(Elements.TIMER_DUE);
    assertThat(timer(pi).getDuedate()).isEqualTo(Date.from(DUE));

    // When the due date comes
    ClockUtil.setCurrentTime(Date.from(DUE.plusSeconds(1)));
    execute(timer(pi));

    // Then customer success inspects
    assertThat(pi).isWaitingAtExactly(Elements.TASK_INSPECT);
    assertThat(task(Elements.TASK_INSPECT, pi)).hasCandidateGroup("customer-success");
    // and its form reads the due date in words where the cluster runs, a value of the task only
    assertThat(extension.getFormService().getTaskFormVariables(task(Elements.TASK_INSPECT, pi).getId())
        .getValue("dueAtText", String.class)).isEqualTo("Tue 1 Dec 09:00 Shanghai time");
    assertThat(extension.getRuntimeService().getVariables(pi.getId())).doesNotContainKey("dueAtText");
  }

  @Test
  @DisplayName("SVC-2: a finding the inspector marks as needing an incident is reported when the report is published, by the inspector, with the title and impact of the form and the findings as its description")
  void findingOpensAnIncident() {
    // Given acme's inspection, due, claimed by 'cass'
    ProcessInstance pi = dueInspection("acme");
    long id = (Long) extension.getRuntimeService().getVariable(pi.getId(), Vars.INSPECTION_ID);
    extension.getTaskService().claim(task(Elements.TASK_INSPECT, pi).getId(), "cass");

    // When cass writes the report and marks a finding as needing an incident
    Map<String, Object> form = new java.util.HashMap<>(report());
    form.put(Vars.OPEN_INCIDENT, true);
    form.put(Vars.INCIDENT_TITLE, "node-7 out of memory");
    form.put(Vars.INCIDENT_IMPACT, "partial");
    complete(task(Elements.TASK_INSPECT, pi), form);
    execute(job());

    // Then the finding is reported through intake for the published inspection
    org.mockito.Mockito.verify(findingIncidents).report(store.find(id).orElseThrow(), "node-7 out of memory",
        "partial", "Add memory to node-7\nRotate etcd certificates before March", "cass");
  }

  @Test
  @DisplayName("SVC-2: without the mark, publishing the report reports no incident")
  void noMarkNoIncident() {
    ProcessInstance pi = dueInspection("acme");

    complete(task(Elements.TASK_INSPECT, pi), report());
    execute(job());

    org.mockito.Mockito.verifyNoInteractions(findingIncidents);
  }

  @Test
  @DisplayName("SVC-2: the completed report's six sections and findings reach the customer, and the next inspection is due one s360-services interval later (professional: a month)")
  void reportPublishedAndNextScheduled() {
    // Given acme's inspection, due and open
    ProcessInstance pi = dueInspection("acme");
    long id = (Long) extension.getRuntimeService().getVariable(pi.getId(), Vars.INSPECTION_ID);

    // When the team writes the report on 2026-12-02
    Instant completed = Instant.parse("2026-12-02T03:00:00Z");
    ClockUtil.setCurrentTime(Date.from(completed));
    complete(task(Elements.TASK_INSPECT, pi), report());
    execute(job());

    // Then the customer's inspection holds the report
    assertThat(pi).isEnded().hasPassed(Elements.TASK_DECIDE_INTERVAL, Elements.END_PUBLISHED);
    Inspection done = store.find(id).orElseThrow();
    assertThat(done.status()).isEqualTo(Inspection.COMPLETED);
    assertThat(done.completedAt()).isEqualTo(completed);
    assertThat(done.report()).isEqualTo(new Inspection.Report("3 clusters, 120 nodes", "3 masters healthy",
        "2 nodes above 85 % memory", "412 applications running", "Backups verified; 1 open question answered",
        "Healthy with two findings", "Add memory to node-7\nRotate etcd certificates before March"));

    // And the next one is due a month later (professional tier)
    List<Inspection> all = store.of("acme", "prod-1");
    Inspection next = all.get(0);
    assertThat(next.id()).isNotEqualTo(id);
    assertThat(next.status()).isEqualTo(Inspection.SCHEDULED);
    assertThat(next.dueAt()).isEqualTo(Instant.parse("2027-01-02T03:00:00Z"));
    ProcessInstance following = extension.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(HealthInspectionProcess.businessKey(next.id())).singleResult();
    assertThat(following).isWaitingAt(Elements.START);
  }

  @Test
  @DisplayName("SVC-2: the cadence follows the tier in s360-services: a standard customer's next inspection is six months later")
  void standardTierCadence() {
    ProcessInstance pi = dueInspection("initech");

    complete(task(Elements.TASK_INSPECT, pi), report());
    execute(job());

    Instant completedAt = store.of("initech", "prod-1").get(1).completedAt();
    assertThat(store.of("initech", "prod-1").get(0).dueAt())
        .isEqualTo(InspectionScheduler.nextDue(completedAt, java.time.Period.ofMonths(6)));
  }

  @Test
  @DisplayName("SVC-2: an inspection still open fourteen days after its due date goes to a support manager; the inspection stays open")
  void overdueInspectionEscalates() {
    // Given acme's inspection, due and open
    ProcessInstance pi = dueInspection("acme");

    // When fourteen days pass without a report
    Job overdue = timer(pi);
    assertThat(overdue.getDuedate()).isEqualTo(Date.from(DUE.plusSeconds(1).plus(Duration.ofDays(14))));
    ClockUtil.setCurrentTime(overdue.getDuedate());
    execute(overdue);

    // Then a support manager chases it, beside the still open inspection
    assertThat(pi).isWaitingAt(Elements.TASK_INSPECT, Elements.TASK_CHASE);
    assertThat(task(Elements.TASK_CHASE, pi)).hasCandidateGroup("support-managers");
    complete(task(Elements.TASK_CHASE, pi), withVariables(Vars.CHASE_NOTE, "Team reminded"));
    assertThat(pi).hasPassed(Elements.END_CHASED).isWaitingAtExactly(Elements.TASK_INSPECT);
  }

  @Test
  @DisplayName("SVC-2: a customer that no longer has S360 gets no next inspection")
  void noNextInspectionWithoutS360() {
    ProcessInstance pi = dueInspection("acme");
    int before = store.of("acme", "prod-1").size();
    customers.replace(S360ProcessEngine.customer("acme", ServiceTier.PROFESSIONAL, EnumSet.of(OrderService.SNS)));

    complete(task(Elements.TASK_INSPECT, pi), report());
    execute(job());

    assertThat(pi).isEnded();
    assertThat(store.of("acme", "prod-1")).hasSize(before);
  }

  private ProcessInstance schedule(String customer, Instant due) {
    long id = scheduler.schedule(customers.find(customer).orElseThrow(), "prod-1", due);
    ProcessInstance pi = extension.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(HealthInspectionProcess.businessKey(id)).singleResult();
    assertThat(pi).isWaitingAt(Elements.START);
    execute(job());
    return pi;
  }

  private ProcessInstance dueInspection(String customer) {
    ProcessInstance pi = schedule(customer, DUE);
    ClockUtil.setCurrentTime(Date.from(DUE.plusSeconds(1)));
    execute(timer(pi));
    assertThat(pi).isWaitingAtExactly(Elements.TASK_INSPECT);
    return pi;
  }

  private static Job timer(ProcessInstance pi) {
    return extension.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
  }

  private static Map<String, Object> report() {
    Map<String, Object> report = new HashMap<>();
    report.put(Vars.OVERALL_INFORMATION, "3 clusters, 120 nodes");
    report.put(Vars.MANAGEMENT_NODES, "3 masters healthy");
    report.put(Vars.COMPUTE_NODES, "2 nodes above 85 % memory");
    report.put(Vars.APPLICATION_STATUS, "412 applications running");
    report.put(Vars.FUNCTIONAL_REQUIREMENTS, "Backups verified; 1 open question answered");
    report.put(Vars.OVERALL_EVALUATION, "Healthy with two findings");
    report.put(Vars.FINDINGS, "Add memory to node-7\nRotate etcd certificates before March");
    return report;
  }
}
