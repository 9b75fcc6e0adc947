package com.daocloud.support.incident.process;

import com.daocloud.support.incident.TimelineEntry;
import java.util.List;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.process.IncidentProcessFixture.Reported;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every process test of {@code incident-handling} shares: the model with its forms and the
 * decisions it evaluates, the in-memory engine with the real delegates, the report time on the engine
 * clock, and starting an instance where a path begins.
 */
@Deployment(resources = {
    IncidentProcess.RESOURCE,
    "bpmn/form-acknowledge-level1.form", "bpmn/form-note-level1-incident.form", "bpmn/form-contact-customer.form",
    "bpmn/form-resolve-incident.form", "bpmn/form-post-status-update.form", "bpmn/form-handle-response-breach.form",
    "bpmn/form-review-suggestion.form", "bpmn/form-inform-not-entitled.form", "bpmn/form-confirm-on-site-arrival.form",
    "bpmn/form-agree-out-of-scope-fees.form", "bpmn/form-ask-for-access.form",
    "bpmn/form-note-reclassification.form", "bpmn/form-chase-status-update.form", "bpmn/form-decide-support-level.form",
    "bpmn/form-offer-extended-maintenance.form", "bpmn/form-decide-best-effort.form", "dmn/incident-level.dmn", "dmn/response-sla.dmn", "dmn/support-lifecycle.dmn",
    "dmn/customer-wait-limits.dmn", "dmn/support-scope.dmn"})
abstract class IncidentProcessTestCase {

  /** One per test instance: a static one in this base class would be shared by the subclasses. */
  @RegisterExtension
  ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .useProcessEngine(IncidentProcessFixture.engine()).build();

  /** Monday 2026-03-09 10:00 in Shanghai. */
  static final Instant REPORTED = OffsetDateTime.parse("2026-03-09T10:00:00+08:00").toInstant();

  RuntimeService runtime;

  @BeforeEach
  void startEngineClock() {
    BpmnAwareTests.init(extension.getProcessEngine());
    runtime = extension.getRuntimeService();
    IncidentProcessFixture.registerDelegates();
    ClockUtil.setCurrentTime(Date.from(REPORTED));
  }

  @AfterEach
  void resetEngineClock() {
    extension.getIdentityService().clearAuthentication();
    ClockUtil.reset();
    Mocks.reset();
  }

  /** Starts an instance at its start event, as intake does ({@link IncidentProcessFixture#intake}). */
  ProcessInstance start(Reported reported) {
    return runtime.createProcessInstanceByKey(IncidentProcess.KEY).businessKey(reported.number())
        .setVariables(reported.variables()).execute();
  }

  /** Starts an instance before the given activities, as intake would have left it there. */
  ProcessInstance startBefore(Reported reported, String... activityIds) {
    var builder = runtime.createProcessInstanceByKey(IncidentProcess.KEY).businessKey(reported.number())
        .setVariables(reported.variables());
    for (String id : activityIds) {
      builder.startBeforeActivity(id);
    }
    ProcessInstance pi = builder.execute();
    IncidentProcessFixture.store().setProcessInstanceId(reported.id(), pi.getId());
    return pi;
  }

  static Task task(String key, ProcessInstance pi) {
    return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  static Incident incident(Reported reported) {
    return IncidentProcessFixture.store().require(reported.number());
  }

  /** The incident's whole timeline, internal entries included, oldest first. */
  static List<TimelineEntry> timeline(Reported reported) {
    return IncidentProcessFixture.store().timeline(incident(reported).id(), true);
  }

  /** The events of the timeline, oldest first. */
  static List<String> events(Reported reported) {
    return timeline(reported).stream().map(TimelineEntry::event).toList();
  }
}
