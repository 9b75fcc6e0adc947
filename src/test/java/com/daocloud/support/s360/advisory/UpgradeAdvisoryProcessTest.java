package com.daocloud.support.s360.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.daocloud.support.customer.Customer;
import com.daocloud.support.customer.CustomerRepository;
import com.daocloud.support.customer.OrderService;
import com.daocloud.support.customer.ServiceTier;
import com.daocloud.support.identity.EngineUsers;
import com.daocloud.support.incident.mail.IncidentMailProcess;
import com.daocloud.support.incident.mail.MailQueue;
import com.daocloud.support.s360.S360Customers;
import com.daocloud.support.s360.S360ProcessEngine;
import com.daocloud.support.s360.advisory.process.RecordAdvisoryAssessmentDelegate;
import com.daocloud.support.s360.advisory.process.UpgradeAdvisoryProcess;
import com.daocloud.support.s360.advisory.process.UpgradeAdvisoryProcess.Elements;
import com.daocloud.support.s360.advisory.process.UpgradeAdvisoryProcess.Vars;
import com.daocloud.support.s360.team.DedicatedTeamCandidates;
import com.daocloud.support.s360.team.DedicatedTeams;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@code upgrade-advisory} model, each path, with the real delegate, team lookup and advisory tables. */
@Deployment(resources = {UpgradeAdvisoryProcess.RESOURCE, UpgradeAdvisoryProcess.FORM, IncidentMailProcess.RESOURCE})
class UpgradeAdvisoryProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .useProcessEngine(S360ProcessEngine.engine()).build();

  private final AdvisoryStore store = new AdvisoryStore(S360ProcessEngine.jdbc());
  private final DedicatedTeams teams = new DedicatedTeams(S360ProcessEngine.jdbc());

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    AdvisoryMails mails = new AdvisoryMails(new MailQueue(extension.getRuntimeService()),
        new EngineUsers(extension.getIdentityService()));
    Mocks.register("recordAdvisoryAssessmentDelegate", new RecordAdvisoryAssessmentDelegate(store,
        new S360Customers(new CustomerRepository(S360ProcessEngine.jdbc()), S360ProcessEngine.jdbc()), mails));
    Mocks.register("dedicatedTeam", new DedicatedTeamCandidates(teams));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    teams.replace("acme", List.of());
  }

  @Test
  @DisplayName("SVC-2: without a dedicated team, customer success assesses the advisory; the customer reads the assessment and note")
  void groupAssessesAndCustomerIsTold() {
    // Given an advisory that reached acme's prod-1, which names no team
    long notice = notice("acme");
    ProcessInstance pi = start(notice, "acme");

    // Then customer success is asked to assess it
    assertThat(pi).isWaitingAtExactly(Elements.TASK_ASSESS);
    assertThat(task(Elements.TASK_ASSESS, pi)).hasCandidateGroup("customer-success");
    assertThat(store.findNotice(notice).orElseThrow().assessment()).isEqualTo(AdvisoryNotice.ASSESSING);

    // When the team recommends the upgrade
    complete(task(Elements.TASK_ASSESS, pi), withVariables(Vars.ASSESSMENT, AdvisoryNotice.UPGRADE_RECOMMENDED,
        Vars.ASSESSMENT_NOTE, "Upgrade to 5.0.8 in your next window"));
    execute(job());

    // Then the customer's notice carries the assessment
    assertThat(pi).isEnded().hasPassed(Elements.END_CUSTOMER_TOLD);
    AdvisoryNotice told = store.findNotice(notice).orElseThrow();
    assertThat(told.assessment()).isEqualTo(AdvisoryNotice.UPGRADE_RECOMMENDED);
    assertThat(told.note()).isEqualTo("Upgrade to 5.0.8 in your next window");
    assertThat(told.assessedAt()).isNotNull();
  }

  @Test
  @DisplayName("SVC-2: a customer's dedicated team gets the assessment as candidate users, not the whole group")
  void dedicatedTeamAssesses() {
    // Given acme's dedicated team of two
    teams.replace("acme", List.of("cass", "chen"));

    // When an advisory reaches acme
    ProcessInstance pi = start(notice("acme"), "acme");

    // Then only the team may take the task
    List<IdentityLink> links = extension.getTaskService().getIdentityLinksForTask(task(Elements.TASK_ASSESS, pi).getId());
    assertThat(links).extracting(IdentityLink::getUserId).containsExactlyInAnyOrder("cass", "chen");
    assertThat(links).extracting(IdentityLink::getGroupId).containsOnlyNulls();
  }

  @Test
  @DisplayName("SVC-2: 'not affected' is told to the customer as well, so the advisory does not stay 'being assessed'")
  void notAffected() {
    long notice = notice("initech");
    ProcessInstance pi = start(notice, "initech");

    complete(task(Elements.TASK_ASSESS, pi), withVariables(Vars.ASSESSMENT, AdvisoryNotice.NOT_AFFECTED));
    execute(job());

    assertThat(pi).isEnded();
    assertThat(store.findNotice(notice).orElseThrow().assessment()).isEqualTo(AdvisoryNotice.NOT_AFFECTED);
  }

  @Test
  @DisplayName("SVC-2: the assessment is e-mailed to the customer's administrators that have an address on their record, through the application's mail process")
  void assessmentIsMailedToTheAdministrators() {
    // Given an S360 customer whose primary administrator has an e-mail address and whose backup has none
    new CustomerRepository(S360ProcessEngine.jdbc()).replace(withAdministrators("umbrella"));
    // (the in-memory engine's default user ids: letters and digits only)
    user("umbrellaprimary", "ops@umbrella.example");
    user("umbrellabackup", null);
    long notice = notice("umbrella");
    ProcessInstance pi = start(notice, "umbrella");

    // When the team recommends the upgrade
    complete(task(Elements.TASK_ASSESS, pi), withVariables(Vars.ASSESSMENT, AdvisoryNotice.UPGRADE_RECOMMENDED,
        Vars.ASSESSMENT_NOTE, "Upgrade to 5.0.8 in your next window"));
    execute(job());

    // Then one e-mail to the primary administrator waits to be sent, about this advisory and installation
    List<ProcessInstance> mails = extension.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(IncidentMailProcess.KEY).processInstanceBusinessKey(pi.getBusinessKey()).list();
    assertThat(mails).singleElement().satisfies(mail -> {
      var variables = extension.getRuntimeService().getVariables(mail.getId());
      assertThat(variables.get(IncidentMailProcess.Vars.TO)).isEqualTo("ops@umbrella.example");
      assertThat(variables.get(IncidentMailProcess.Vars.SUBJECT))
          .isEqualTo("[" + pi.getBusinessKey() + "] Assessment for prod-1: kube-apiserver privilege escalation");
      assertThat((String) variables.get(IncidentMailProcess.Vars.TEXT))
          .contains("for your installation prod-1: upgrade recommended.", "Upgrade to 5.0.8 in your next window",
              "GET /api/advisories?customerId=umbrella");
    });
  }

  private void user(String id, String email) {
    var identity = extension.getIdentityService();
    if (identity.createUserQuery().userId(id).count() == 0) {
      var user = identity.newUser(id);
      user.setEmail(email);
      identity.saveUser(user);
    }
  }

  private static Customer withAdministrators(String id) {
    Customer plain = S360ProcessEngine.customer(id, ServiceTier.PREMIUM, EnumSet.of(OrderService.S360));
    return new Customer(plain.id(), plain.name(), plain.serviceTier(), plain.timeZone(), plain.calendarId(),
        plain.maintenanceOrders(), plain.installations(), List.of(id + "primary", id + "backup"), null);
  }

  private long notice(String customer) {
    long advisory = store.insert(advisory());
    return store.insertNotice(advisory, customer, "prod-1", "5.0.7");
  }

  private static Advisory advisory() {
    return new Advisory(0, Advisory.VULNERABILITY, "dce", "kube-apiserver privilege escalation",
        List.of("CVE-2026-12345"), List.of(">=5.0.0 <5.0.8"), "5.0.8", "high", Instant.parse("2026-11-30T08:00:00Z"),
        "engineer");
  }

  private ProcessInstance start(long notice, String customer) {
    Advisory advisory = store.find(store.findNotice(notice).orElseThrow().advisoryId()).orElseThrow();
    ProcessInstance pi = extension.getRuntimeService().createProcessInstanceByKey(UpgradeAdvisoryProcess.KEY)
        .businessKey(UpgradeAdvisoryProcess.businessKey(advisory.id()))
        .setVariables(UpgradeAdvisoryProcess.startVariables(advisory, notice, customer, customer, "prod-1", "5.0.7"))
        .execute();
    assertThat(pi).isWaitingAt(Elements.START);
    execute(job());
    return pi;
  }
}
