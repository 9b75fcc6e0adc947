package com.daocloud.support.incident.process;

import com.daocloud.support.customer.CustomerDirectory;
import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.customer.Installation;
import com.daocloud.support.customer.InstallationKind;
import com.daocloud.support.lifecycle.Version;
import java.time.LocalDate;
import com.daocloud.support.decision.DecisionOutputs;
import com.daocloud.support.entitlement.Entitlement;
import com.daocloud.support.entitlement.EntitlementStatus;
import com.daocloud.support.identity.Level1AssignmentGuard;
import com.daocloud.support.incident.ContractResponseTerms;
import com.daocloud.support.incident.IncidentIntake;
import com.daocloud.support.incident.IncidentRecorder;
import com.daocloud.support.incident.mail.IncidentNotifier;
import com.daocloud.support.incident.CriticalWindows;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentLevels;
import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.ResponsePlan;
import com.daocloud.support.incident.ResponsePlanner;
import com.daocloud.support.incident.ShippedCalendars;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The in-memory engine of the process tests, our tables (Flyway on an H2 database of their own), the
 * real delegates with the real store, and fakes of the outside seams (response terms).
 */
final class IncidentProcessFixture {

  static final Duration REMOTE_ACCESS_WAIT = Duration.ofMinutes(30);

  private static ProcessEngine engine;
  private static IncidentStore store;
  private static ResponsePlanner planner;
  private static final ContractResponseTerms TERMS = new ContractResponseTerms();
  private static final AtomicLong NUMBERS = new AtomicLong();

  private IncidentProcessFixture() {
  }

  static synchronized ProcessEngine engine() {
    if (engine == null) {
      ProcessEngineConfigurationImpl config = new StandaloneInMemProcessEngineConfiguration();
      config.setJdbcUrl("jdbc:h2:mem:incident-process-engine;DB_CLOSE_DELAY=-1");
      config.setDatabaseSchemaUpdate("create-drop");
      config.setHistory("full");
      config.setJobExecutorActivate(false);
      config.setEnforceHistoryTimeToLive(true);
      config.setExpressionManager(new MockExpressionManager());
      config.setProcessEngineName("incident-process-tests");
      // As application.yaml: group and user ids contain hyphens (support-engineers).
      config.setGeneralResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9-]*");
      engine = config.buildProcessEngine();

      JdbcDataSource dataSource = new JdbcDataSource();
      dataSource.setURL("jdbc:h2:mem:incident-process-tables;DB_CLOSE_DELAY=-1");
      dataSource.setUser("sa");
      migrate(dataSource);
      store = new IncidentStore(new JdbcTemplate(dataSource));
      planner = new ResponsePlanner(new ShippedCalendars());
    }
    return engine;
  }

  private static void migrate(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).table("dce_schema_history").load().migrate();
  }

  static IncidentStore store() {
    return store;
  }

  static ResponsePlanner planner() {
    return planner;
  }

  /** Registers the real delegates and listeners, wired to the test store and engine, under their bean names. */
  static void registerDelegates() {
    CustomerUpdates updates = new CustomerUpdates(store, new IncidentNotifier(store, engine.getRuntimeService()));
    Mocks.register("decisionOutputs", new DecisionOutputs());
    IncidentSettings settings = new IncidentSettings(REMOTE_ACCESS_WAIT);
    Mocks.register("incidentSettings", settings);
    Mocks.register("statusUpdates", new StatusUpdates(engine.getTaskService()));
    IncidentTasks incidentTasks = new IncidentTasks(store, planner);
    Mocks.register("incidentTasks", incidentTasks);
    IncidentTaskUpdates taskUpdates = new IncidentTaskUpdates(incidentTasks);
    Mocks.register("recordIntakeDelegate", new RecordIntakeDelegate(new IncidentRecorder(store,
        (customerId, cluster, onDate, lifecycle) -> nextEntitlement, planner, CRITICAL_WINDOWS)));
    CRITICAL_WINDOWS.clear();
    Mocks.register("incidentFacts", new IncidentFacts(store, CUSTOMERS, CRITICAL_WINDOWS));
    Mocks.register("requestRemoteAccessDelegate", new RequestRemoteAccessDelegate(updates, settings));
    Mocks.register("recordAccessGrantedDelegate", new RecordAccessGrantedDelegate(updates));
    Mocks.register("recordNoAccessDelegate", new RecordNoAccessDelegate(updates, settings));
    Mocks.register("statusChaseListener", new StatusChaseListener(updates));
    Mocks.register("breachActionListener", new BreachActionListener(updates));
    Mocks.register("reclassifyToLevel2Delegate", new ReclassifyToLevel2Delegate(store, updates, planner, settings));
    Mocks.register("statusUpdateDelegate", new StatusUpdateDelegate(updates, taskUpdates));
    Mocks.register("firstContactDelegate", new FirstContactDelegate(store, updates));
    Mocks.register("responseWarningDelegate", new ResponseWarningDelegate(store, updates, taskUpdates));
    Mocks.register("responseBreachDelegate", new ResponseBreachDelegate(store, updates, taskUpdates));
    Mocks.register("onSiteDispatchDelegate", new OnSiteDispatchDelegate(store, updates));
    Mocks.register("onSiteArrivalDelegate", new OnSiteArrivalDelegate(store, updates, planner));
    Mocks.register("closeIncidentDelegate", new CloseIncidentDelegate(store, updates, java.util.List.of()));
    Mocks.register("answerSuggestionDelegate", new AnswerSuggestionDelegate(updates));
    Mocks.register("supportScopeDelegate", new SupportScopeDelegate(updates));
    Mocks.register("supportLevelDelegate", new SupportLevelDelegate(updates));
    Mocks.register("startResponseClockDelegate", new StartResponseClockDelegate(store, CUSTOMERS, planner, updates));
    Mocks.register("bestEffortDecisionDelegate", new BestEffortDecisionDelegate(store, updates));
    Mocks.register("scopeFoundLateDelegate", new ScopeFoundLateDelegate(updates));
    Mocks.register("feesDecisionDelegate", new FeesDecisionDelegate(updates));
    Mocks.register("requestInformationDelegate", new RequestInformationDelegate(store, updates));
    Mocks.register("recordInformationDelegate", new RecordInformationDelegate(store, updates));
    Mocks.register("proposeSolutionDelegate", new ProposeSolutionDelegate(store, updates, java.util.List.of()));
    Mocks.register("recordObjectionDelegate", new RecordObjectionDelegate(store, updates));
    Mocks.register("resolutionOutcomeValidator", new ResolutionOutcomeValidator(store));
    Mocks.register("level1AssignmentGuard", new Level1AssignmentGuard(store));
  }

  /** SVC-2: the critical phases of the process tests: none until a test registers one on acme's prod-1. */
  static final TestCriticalWindows CRITICAL_WINDOWS = new TestCriticalWindows();

  /** Critical phases kept in memory, by customer, on cluster {@code prod-1} (the reports' cluster). */
  static final class TestCriticalWindows implements CriticalWindows {

    private final Map<String, Window> byCustomer = new java.util.concurrent.ConcurrentHashMap<>();

    void register(String customerId, Window window) {
      byCustomer.put(customerId, window);
    }

    void clear() {
      byCustomer.clear();
    }

    @Override
    public Optional<Window> at(String customerId, String cluster, Instant at) {
      return Optional.ofNullable(byCustomer.get(customerId))
          .filter(window -> "prod-1".equals(cluster) && !at.isBefore(window.from()) && at.isBefore(window.to()));
    }
  }

  /** The customers of the process tests: {@code acme} names {@code service} its representative (L12-3). */
  static final CustomerDirectory CUSTOMERS = new CustomerDirectory() {
    @Override
    public Optional<CustomerProfile> find(String customerId) {
      return Optional.of(new CustomerProfile(customerId, customerId + " Corp.", "professional",
          ZoneId.of("Asia/Shanghai"), "cn-2026", List.of(), customerId.equals("acme") ? "service" : null));
    }

    @Override
    public Optional<String> customerOfUser(String userId) {
      return Optional.empty();
    }

    @Override
    public List<String> clusters(String customerId) {
      return List.of("prod-1");
    }
  };

  /** A customer's report as intake would record it; {@link Reported#variables()} start the process. */
  static Reported report(Report r) {
    String number = "INC-2026-" + String.format("%06d", 900_000 + NUMBERS.incrementAndGet());
    boolean clockRuns = r.entitlementStatus.equals("entitled") || r.entitlementStatus.equals("limited");
    ResponsePlan plan = planner.plan(TERMS.terms(r.level, r.tier), clockRuns, r.reportedAt, r.zone, r.calendarId,
        null);
    Incident incident = new Incident(0, number, r.customerId, "prod-1", "Cluster down", "Nothing answers",
        "fault", "outage", false, false, new Incident.Contact("Li Lei", "+86 10 1234 5678", "li@example.com"),
        "acme-user", r.reportedAt, r.zone, r.level,
        IncidentLevels.reason(r.level, "fault", "outage", false, false), r.tier, IncidentStatus.OPEN, null,
        r.entitlementStatus, "test", "Test entitlement", r.extendedMaintenance, plan.terms().responseTime(),
        plan.terms().coverage(), plan.terms().channels(), plan.responseDue(), plan.responseDueAt(),
        plan.calendarId(), plan.calendarVersion(), plan.explanation(), null, false, null, null, null, null);
    long id = store.insert(incident);
    Map<String, Object> variables = new HashMap<>(IncidentVariables.afterIntake(incident, plan));
    // Transient at intake, for "Entitled?" and the start of "Access for Level 1 and 2": an instance started after
    // intake (where a path begins) has neither passed nor needs them.
    variables.remove(Vars.ENTITLEMENT_STATUS);
    variables.put(Vars.INCIDENT_NUMBER, number);
    variables.put(Vars.CUSTOMER_NAME, r.customerId + " Corp.");
    variables.put(Vars.TITLE, incident.title());
    return new Reported(number, id, plan, variables);
  }

  /** What the fake entitlement check answers for the next report that starts at the start event. */
  private static Entitlement nextEntitlement;

  /**
   * A customer's report as intake hands it to the process (no row yet: the process records it); the
   * facts are chosen so that {@code incident-level} decides the report's level.
   */
  static Reported intake(Report r) {
    String number = "INC-2026-" + String.format("%06d", 900_000 + NUMBERS.incrementAndGet());
    boolean clockRuns = r.entitlementStatus.equals("entitled") || r.entitlementStatus.equals("limited");
    ResponsePlan plan = planner.plan(TERMS.terms(r.level, r.tier), clockRuns, r.reportedAt, r.zone, r.calendarId,
        null);
    nextEntitlement = new Entitlement(EntitlementStatus.valueOf(r.entitlementStatus.toUpperCase().replace('-', '_')), "test", "Test entitlement",
        r.extendedMaintenance);
    String[] facts = FACTS_BY_LEVEL[r.level];
    IncidentIntake.Report report = new IncidentIntake.Report(
        new CustomerProfile(r.customerId, r.customerId + " Corp.", r.tier, r.zone, r.calendarId, List.of()),
        "prod-1", "Cluster down", "Nothing answers", facts[0], facts[1], false, Boolean.parseBoolean(facts[2]),
        new Incident.Contact("Li Lei", "+86 10 1234 5678", "li@example.com"), "acme-user", null);
    return new Reported(number, -1, plan,
        IncidentIntake.startVariables(number, new IncidentIntake.Received(report, r.reportedAt), INSTALLATION));
  }

  /** The reported cluster: DCE 5.0.7 (the lifecycle decision's answer goes to the fake entitlement check). */
  private static final Installation INSTALLATION = new Installation("prod-1", "dce", Version.parse("5.0.7").orElseThrow(),
      InstallationKind.SOFTWARE, LocalDate.parse("2026-01-01"));

  /** Request type, production impact and workaround that the shipped incident-level table classifies as 1..5. */
  private static final String[][] FACTS_BY_LEVEL = {null,
      {"fault", "outage", "false"}, {"fault", "outage", "true"}, {"fault", "partial", "false"},
      {"fault", "none", "false"}, {"suggestion", "none", "false"}};

  /** {@code id} is -1 for a report that the process records itself ({@link #intake}). */
  record Reported(String number, long id, ResponsePlan plan, Map<String, Object> variables) {
  }

  /** The inputs of a test report; defaults: acme, professional, Level 1, Shanghai, entitled. */
  static final class Report {
    int level = 1;
    String tier = "professional";
    String customerId = "acme";
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    String calendarId = "cn-2026";
    Instant reportedAt;
    String entitlementStatus = "entitled";
    boolean extendedMaintenance;

    Report(Instant reportedAt) {
      this.reportedAt = reportedAt;
    }

    Report level(int value) {
      level = value;
      return this;
    }

    Report tier(String value) {
      tier = value;
      return this;
    }

    Report customer(String id, ZoneId timeZone, String calendar) {
      customerId = id;
      zone = timeZone;
      calendarId = calendar;
      return this;
    }

    Report entitlement(String status) {
      entitlementStatus = status;
      return this;
    }

    Report extendedMaintenance() {
      extendedMaintenance = true;
      return this;
    }
  }
}
