package com.daocloud.support.eam.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.daocloud.support.eam.EamApplication;
import com.daocloud.support.eam.EamApplicationStore;
import com.daocloud.support.eam.EamStatus;
import com.daocloud.support.eam.process.EamApplicationProcess.Elements;
import com.daocloud.support.eam.process.EamApplicationProcess.Vars;
import com.daocloud.support.customer.ExtendedMaintenanceContracts;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code eam-application} model, every path, against an in-memory engine with the real delegates,
 * the real application store and the real EAM contract table (which entitlement reads, EAM-2).
 */
@Deployment(resources = {EamApplicationProcess.RESOURCE, "bpmn/form-approve-eam.form",
    "bpmn/form-confirm-arrears-paid.form"})
class EamApplicationProcessTest {

  private static final LocalDate EOSS = LocalDate.parse("2026-06-01");
  private static final LocalDate TODAY = LocalDate.parse("2026-11-26");
  private static final AtomicLong NUMBERS = new AtomicLong();

  private static ProcessEngine engine;
  private static EamApplicationStore store;
  private static ExtendedMaintenanceContracts contracts;
  /** What the contract table announced (incidents waiting for a contract listen to it). */
  private static final java.util.List<Object> RECORDED = new java.util.concurrent.CopyOnWriteArrayList<>();

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(engine()).build();

  static synchronized ProcessEngine engine() {
    if (engine == null) {
      ProcessEngineConfigurationImpl config = new StandaloneInMemProcessEngineConfiguration();
      config.setJdbcUrl("jdbc:h2:mem:eam-process-engine;DB_CLOSE_DELAY=-1");
      config.setDatabaseSchemaUpdate("create-drop");
      config.setHistory("full");
      config.setJobExecutorActivate(false);
      config.setEnforceHistoryTimeToLive(true);
      config.setExpressionManager(new MockExpressionManager());
      config.setProcessEngineName("eam-process-tests");
      engine = config.buildProcessEngine();

      JdbcDataSource dataSource = new JdbcDataSource();
      dataSource.setURL("jdbc:h2:mem:eam-process-tables;DB_CLOSE_DELAY=-1");
      dataSource.setUser("sa");
      Flyway.configure().dataSource(dataSource).table("dce_schema_history").load().migrate();
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      // The contract table refers to its customer.
      jdbc.update("INSERT INTO dce_customer (id, name, service_tier, time_zone, calendar_id)"
          + " VALUES ('acme', 'Acme', 'professional', 'Asia/Shanghai', 'cn-2026')");
      store = new EamApplicationStore(jdbc);
      contracts = new ExtendedMaintenanceContracts(jdbc, RECORDED::add);
    }
    return engine;
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    Mocks.register("recordEamContractDelegate", new RecordEamContractDelegate(store, contracts));
    Mocks.register("rejectEamDelegate", new RejectEamDelegate(store));
    Mocks.register("awaitArrearsListener", new AwaitArrearsListener(store));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  @DisplayName("EAM-1, EAM-2, EAM-4: an eligible application goes to a support manager; after approval and the arrears "
      + "confirmed paid, the contract that entitlement honours is recorded")
  void approvedApplicationRecordsContract() {
    // Given an eligible application for 1 year on a cluster of its own, made after the end of standard support
    String cluster = "approve-" + NUMBERS.incrementAndGet();
    EamApplication application = record(cluster, true, "eligible");
    ProcessInstance pi = start(application);

    // Then a support manager decides
    assertThat(pi).isWaitingAtExactly(Elements.TASK_APPROVE_EAM);
    assertThat(task(Elements.TASK_APPROVE_EAM, pi)).hasCandidateGroup("support-managers");

    // When the manager approves, the contract waits for the arrears
    complete(task(Elements.TASK_APPROVE_EAM, pi), withVariables(Vars.APPROVED, true));
    assertThat(pi).isWaitingAtExactly(Elements.TASK_CONFIRM_ARREARS_PAID);
    assertThat(task(Elements.TASK_CONFIRM_ARREARS_PAID, pi)).hasCandidateGroup("customer-service")
        .hasCandidateGroup("support-managers");
    assertThat(store.require(application.number()).status()).isEqualTo(EamStatus.AWAITING_ARREARS);
    assertThat(contracts.contracts("acme", cluster)).as("no contract before the arrears are paid").isEmpty();

    // When the arrears are confirmed paid
    complete(task(Elements.TASK_CONFIRM_ARREARS_PAID, pi), withVariables(Vars.ARREARS_PAID, true));
    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_EAM_CONTRACT);
    execute(job());

    // Then the contract covers the offered term and the customer reads "approved"
    assertThat(pi).isEnded().hasPassed(Elements.END_GRANTED);
    assertThat(contracts.isActive("acme", cluster, EOSS)).isTrue();
    assertThat(contracts.isActive("acme", cluster, EOSS.plusYears(1).minusDays(1))).isTrue();
    assertThat(contracts.isActive("acme", cluster, EOSS.plusYears(1))).isFalse();
    assertThat(store.require(application.number()).status()).isEqualTo(EamStatus.APPROVED);
    assertThat(RECORDED).contains(new ExtendedMaintenanceContracts.Recorded("acme", cluster, EOSS, EOSS.plusYears(1)));
  }

  @Test
  @DisplayName("EAM-4: arrears that are not paid reject the approved application; no contract is recorded")
  void arrearsUnpaid() {
    String cluster = "unpaid-" + NUMBERS.incrementAndGet();
    EamApplication application = record(cluster, true, "eligible");
    ProcessInstance pi = start(application);
    complete(task(Elements.TASK_APPROVE_EAM, pi), withVariables(Vars.APPROVED, true));

    complete(task(Elements.TASK_CONFIRM_ARREARS_PAID, pi), withVariables(Vars.ARREARS_PAID, false,
        Vars.ARREARS_NOTE, "No payment arrived within 30 days"));

    assertThat(pi).isEnded().hasPassed(Elements.END_REJECTED).hasNotPassed(Elements.TASK_RECORD_EAM_CONTRACT);
    EamApplication read = store.require(application.number());
    assertThat(read.status()).isEqualTo(EamStatus.REJECTED);
    assertThat(read.reason()).isEqualTo(EamStatus.REASON_ARREARS_UNPAID);
    assertThat(read.decisionComment()).isEqualTo("No payment arrived within 30 days");
    assertThat(contracts.contracts("acme", cluster)).isEmpty();
  }

  @Test
  @DisplayName("EAM-4: an application made before the end of standard support has no arrears: approval records the "
      + "contract at once")
  void noArrears() {
    String cluster = "in-time-" + NUMBERS.incrementAndGet();
    EamApplication application = record(cluster, true, "eligible", false);
    ProcessInstance pi = start(application);

    complete(task(Elements.TASK_APPROVE_EAM, pi), withVariables(Vars.APPROVED, true));

    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_EAM_CONTRACT).hasNotPassed(Elements.TASK_CONFIRM_ARREARS_PAID);
    execute(job());
    assertThat(contracts.isActive("acme", cluster, EOSS)).isTrue();
  }

  @Test
  @DisplayName("EAM-1: a manager's rejection records no contract; the customer reads the status, reason and comment")
  void rejectedApplication() {
    String cluster = "reject-" + NUMBERS.incrementAndGet();
    EamApplication application = record(cluster, true, "eligible");
    ProcessInstance pi = start(application);

    complete(task(Elements.TASK_APPROVE_EAM, pi), withVariables(Vars.APPROVED, false,
        Vars.APPROVAL_COMMENT, "Workload grows 40 % next quarter"));

    assertThat(pi).isEnded().hasPassed(Elements.END_REJECTED).hasNotPassed(Elements.TASK_RECORD_EAM_CONTRACT);
    EamApplication read = store.require(application.number());
    assertThat(read.status()).isEqualTo(EamStatus.REJECTED);
    assertThat(read.reason()).isEqualTo(EamStatus.REASON_REJECTED);
    assertThat(read.decisionComment()).isEqualTo("Workload grows 40 % next quarter");
    assertThat(contracts.contracts("acme", cluster)).isEmpty();
  }

  @Test
  @DisplayName("EAM-3: an ineligible application ends at once, without a manager and without a contract")
  void ineligibleApplicationEnds() {
    String cluster = "ineligible-" + NUMBERS.incrementAndGet();
    EamApplication application = record(cluster, false, "unstable-environment");

    ProcessInstance pi = start(application);

    assertThat(pi).isEnded().hasPassed(Elements.END_NOT_ELIGIBLE).hasNotPassed(Elements.TASK_APPROVE_EAM);
    assertThat(store.require(application.number()).status()).isEqualTo(EamStatus.INELIGIBLE);
    assertThat(contracts.contracts("acme", cluster)).isEmpty();
  }

  private ProcessInstance start(EamApplication application) {
    ProcessInstance pi = extension.getRuntimeService().startProcessInstanceByKey(EamApplicationProcess.KEY,
        application.number(), EamApplicationProcess.startVariables(application, "Acme"));
    assertThat(pi).isWaitingAt(Elements.START);
    execute(job());
    return pi;
  }

  private static EamApplication record(String cluster, boolean eligible, String reason) {
    return record(cluster, eligible, reason, true);
  }

  /** {@code arrears}: applied after the end of standard support, so arrears run from it to the application. */
  private static EamApplication record(String cluster, boolean eligible, String reason, boolean arrears) {
    String number = "EAM-2026-" + String.format("%06d", 900_000 + NUMBERS.incrementAndGet());
    store.insert(new EamApplication(0, number, "acme", cluster, "dce", "5.0.7", 1, eligible, true, true, true, 1,
        eligible, reason, EOSS, eligible ? EOSS : null, eligible ? EOSS.plusYears(1) : null, eligible && arrears ? EOSS : null,
        eligible && arrears ? TODAY : null, TODAY, "acme-user", eligible ? EamStatus.PENDING_APPROVAL : EamStatus.INELIGIBLE,
        null, null));
    return store.require(number);
  }
}
