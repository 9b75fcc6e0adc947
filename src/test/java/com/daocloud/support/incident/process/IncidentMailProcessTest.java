package com.daocloud.support.incident.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.daocloud.support.incident.CustomerLoop;
import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.incident.TimelineEntry;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.mail.IncidentMailProcess;
import com.daocloud.support.incident.mail.SendIncidentMailDelegate;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import com.daocloud.support.incident.process.IncidentProcessFixture.Report;
import com.daocloud.support.incident.process.IncidentProcessFixture.Reported;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
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
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * L12-7: e-mail updates through a real SMTP server (GreenMail) with Spring's real JavaMailSender: what the
 * customer receives, and that a failing mail server never blocks or rolls back the incident.
 */
@Deployment(resources = {
    IncidentProcess.RESOURCE, IncidentMailProcess.RESOURCE,
    "bpmn/form-acknowledge-level1.form", "bpmn/form-note-level1-incident.form", "bpmn/form-contact-customer.form",
    "bpmn/form-resolve-incident.form", "bpmn/form-post-status-update.form", "bpmn/form-handle-response-breach.form",
    "bpmn/form-review-suggestion.form", "bpmn/form-inform-not-entitled.form", "bpmn/form-confirm-on-site-arrival.form",
    "bpmn/form-agree-out-of-scope-fees.form", "bpmn/form-ask-for-access.form",
    "bpmn/form-note-reclassification.form", "bpmn/form-chase-status-update.form", "bpmn/form-decide-support-level.form",
    "bpmn/form-offer-extended-maintenance.form", "bpmn/form-decide-best-effort.form", "dmn/customer-wait-limits.dmn", "dmn/support-scope.dmn"})
class IncidentMailProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .useProcessEngine(IncidentProcessFixture.engine()).build();

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final Instant REPORTED = OffsetDateTime.parse("2026-03-09T10:00:00+08:00").toInstant();
  private static final String FROM = "support@daocloud.example";
  private static final String CUSTOMER = "ops@acme.example";

  private RuntimeService runtime;
  private ManagementService management;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    runtime = extension.getRuntimeService();
    management = extension.getManagementService();
    IncidentProcessFixture.registerDelegates();
    Mocks.register("sendIncidentMailDelegate", new SendIncidentMailDelegate(sender(greenMail.getSmtp().getPort()), FROM));
    ClockUtil.setCurrentTime(Date.from(REPORTED));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  @DisplayName("L12-7: a subscribed customer is mailed the information request, the proposed solution and the closure, each with its content")
  void subscribedCustomerIsMailed() throws Exception {
    // Given a Level 3 incident whose customer asked for e-mail updates
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    IncidentProcessFixture.store().subscribe(reported.number(), CUSTOMER, true);
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);

    // When the engineer asks for information, the customer answers, a solution is proposed and accepted
    complete(task(pi), withVariables(Vars.OUTCOME, "need-information", Vars.INFORMATION_REQUESTED,
        "Please send the output of dce version"));
    sendQueuedMails();
    new CustomerLoop(runtime).provideInformation(IncidentProcessFixture.store().require(reported.number()), "5.0.7");
    complete(task(pi), withVariables(Vars.OUTCOME, "solution", Vars.RESOLUTION_TYPE, "countermeasure",
        Vars.SOLUTION_SUMMARY, "Upgrade to 5.0.8"));
    new CustomerLoop(runtime).respondToSolution(IncidentProcessFixture.store().require(reported.number()), true, null);
    sendQueuedMails();

    // Then each step reached the customer's mailbox through SMTP
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).extracting(MimeMessage::getSubject).containsExactly(
        "[" + reported.number() + "] Information requested",
        "[" + reported.number() + "] Information received",
        "[" + reported.number() + "] Solution proposed",
        "[" + reported.number() + "] Incident closed: resolved");
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(CUSTOMER);
    assertThat(received[0].getFrom()[0].toString()).isEqualTo(FROM);
    assertThat(GreenMailUtil.getBody(received[0])).contains("Please send the output of dce version", "7 days");
    assertThat(GreenMailUtil.getBody(received[2])).contains("Upgrade to 5.0.8", "countermeasure");
    assertThat(GreenMailUtil.getBody(received[3])).contains("resolved", "CLS-1");
    assertThat(received).extracting(MimeMessage::getMessageID).doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).endsWith("@daocloud.example>"));
  }

  @Test
  @DisplayName("L12-7: a subscriber is mailed only the events the communication table e-mails; the staff-only warning is neither mailed nor shown")
  void onlyEmailedEventsAreMailed() throws Exception {
    // Given a subscribed customer whose incident waits for its first contact
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    IncidentProcessFixture.store().subscribe(reported.number(), CUSTOMER, true);
    ProcessInstance pi = startBefore(reported, Elements.TASK_CONTACT_CUSTOMER);

    // When the staff-only warning fires, the customer is contacted and then asked for information
    management.executeJob(management.createJobQuery().processInstanceId(pi.getId())
        .activityId(Elements.TIMER_RESPONSE_WARNING).singleResult().getId());
    complete(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Elements.TASK_CONTACT_CUSTOMER).singleResult());
    complete(task(pi), withVariables(Vars.OUTCOME, "need-information", Vars.INFORMATION_REQUESTED, "Logs, please"));

    // Then only the information request is queued as a mail, and the customer's timeline lacks the warning
    sendQueuedMails();
    assertThat(greenMail.getReceivedMessages()).extracting(MimeMessage::getSubject)
        .containsExactly("[" + reported.number() + "] Information requested");
    assertThat(IncidentProcessFixture.store().timeline(reported.id(), true)).extracting(TimelineEntry::event)
        .containsExactly(TimelineEvent.RESPONSE_WARNING.code(), TimelineEvent.CONTACTED.code(),
            TimelineEvent.INFORMATION_REQUESTED.code());
    assertThat(IncidentProcessFixture.store().timeline(reported.id(), false)).extracting(TimelineEntry::event)
        .containsExactly(TimelineEvent.CONTACTED.code(), TimelineEvent.INFORMATION_REQUESTED.code());
  }

  @Test
  @DisplayName("L12-7: a mail sent again because its job ran twice (the node died before committing) carries the same Message-ID")
  void resentMailIsRecognisableAsTheSame() throws Exception {
    // Given an SMTP server that accepts the first update, and a node that dies right after it (the job
    // fails after the send, as if the node had died before committing)
    JavaMailSenderImpl smtp = sender(greenMail.getSmtp().getPort());
    AtomicBoolean nodeDies = new AtomicBoolean(true);
    JavaMailSenderImpl dyingNode = new JavaMailSenderImpl() {
      @Override
      public void send(MimeMessage... messages) {
        smtp.send(messages);
        if (nodeDies.getAndSet(false)) {
          throw new IllegalStateException("node lost before the job committed");
        }
      }
    };
    Mocks.register("sendIncidentMailDelegate", new SendIncidentMailDelegate(dyingNode, FROM));
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    IncidentProcessFixture.store().subscribe(reported.number(), CUSTOMER, true);
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);
    complete(task(pi), withVariables(Vars.OUTCOME, "need-information", Vars.INFORMATION_REQUESTED, "Logs?"));

    // When the job runs, fails after sending, and runs again (another node takes it over)
    String job = mailJobs(reported.number()).get(0).getId();
    assertThatThrownBy(() -> management.executeJob(job)).isNotNull();
    management.executeJob(job);

    // Then the customer's server got two copies of one message: same Message-ID, same subject
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(received[1].getMessageID()).isEqualTo(received[0].getMessageID());
    assertThat(received[1].getSubject()).isEqualTo(received[0].getSubject());
    assertThat(mailJobs(reported.number())).isEmpty();
  }

  @Test
  @DisplayName("L12-7: without a subscription nothing is mailed")
  void noSubscriptionNoMail() {
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);

    complete(task(pi), withVariables(Vars.OUTCOME, "need-information", Vars.INFORMATION_REQUESTED, "Logs?"));

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(IncidentMailProcess.KEY)
        .processInstanceBusinessKey(reported.number()).count()).isZero();
  }

  @Test
  @DisplayName("L12-7: a failing mail server never blocks or rolls back the incident: the mail job is retried and ends as a Cockpit incident")
  void failingMailServerDoesNotBlockTheIncident() throws Exception {
    // Given a mail server that refuses connections
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Mocks.register("sendIncidentMailDelegate", new SendIncidentMailDelegate(sender(closedPort), FROM));
    Reported reported = IncidentProcessFixture.report(new Report(REPORTED).level(3));
    IncidentProcessFixture.store().subscribe(reported.number(), CUSTOMER, true);
    ProcessInstance pi = startBefore(reported, Elements.TASK_RESOLVE_INCIDENT);

    // When the engineer asks for information
    complete(task(pi), withVariables(Vars.OUTCOME, "need-information", Vars.INFORMATION_REQUESTED, "Logs?"));

    // Then the incident waits for the customer, whatever the mail does
    assertThat(IncidentProcessFixture.store().require(reported.number()).status())
        .isEqualTo(IncidentStatus.AWAITING_CUSTOMER);
    assertThat(pi).isWaitingAt(Elements.EVENT_GATEWAY_INFORMATION_ANSWER);

    // And the mail's job fails, is retried five times, then becomes a Cockpit incident
    Job mail = mailJobs(reported.number()).get(0);
    for (int attempt = 1; attempt <= 5; attempt++) {
      String id = mail.getId();
      assertThatThrownBy(() -> management.executeJob(id)).isNotNull();
      mail = management.createJobQuery().jobId(id).singleResult();
    }
    assertThat(mail.getRetries()).isZero();
    assertThat(mail.getExceptionMessage()).isNotBlank();
    assertThat(runtime.createIncidentQuery().processInstanceId(mail.getProcessInstanceId()).count()).isEqualTo(1);
    assertThat(pi).isWaitingAt(Elements.EVENT_GATEWAY_INFORMATION_ANSWER);
  }

  // ---------------------------------------------------------------- helpers

  private static JavaMailSenderImpl sender(int port) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("localhost");
    sender.setPort(port);
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
    return sender;
  }

  /** In the order they were queued: the engine's ids are numbers, which sort as text only while of one length. */
  private void sendQueuedMails() {
    management.createJobQuery().processDefinitionKey(IncidentMailProcess.KEY).list().stream()
        .map(Job::getId).sorted(java.util.Comparator.comparingLong(Long::parseLong))
        .forEach(management::executeJob);
  }

  private List<Job> mailJobs(String number) {
    return management.createJobQuery().processDefinitionKey(IncidentMailProcess.KEY).list().stream()
        .filter(job -> number.equals(runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
            .singleResult().getBusinessKey()))
        .toList();
  }

  private ProcessInstance startBefore(Reported reported, String activityId) {
    ProcessInstance pi = runtime.createProcessInstanceByKey(IncidentProcess.KEY).businessKey(reported.number())
        .setVariables(reported.variables()).startBeforeActivity(activityId).execute();
    IncidentProcessFixture.store().setProcessInstanceId(reported.id(), pi.getId());
    return pi;
  }

  private static org.camunda.bpm.engine.task.Task task(ProcessInstance pi) {
    return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Elements.TASK_RESOLVE_INCIDENT).singleResult();
  }
}
