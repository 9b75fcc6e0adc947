package com.daocloud.support.change.process;

import com.daocloud.support.change.ChangeNotice;
import com.daocloud.support.change.ChangeRequest;
import com.daocloud.support.change.ChangeRequestStore;
import com.daocloud.support.change.ChangeStatus;
import com.daocloud.support.change.DowntimeIncidentClosure;
import com.daocloud.support.change.DowntimeIncidents;
import com.daocloud.support.customer.CustomerTimes;
import com.daocloud.support.customer.KnownCustomers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The in-memory engine of the change-control process tests, our tables (Flyway on an H2 database of
 * their own), the real delegates with the real store, and a fake of incident intake that remembers
 * what it was asked to open.
 */
final class ChangeProcessFixture {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static ProcessEngine engine;
  private static ChangeRequestStore store;
  private static final AtomicLong NUMBERS = new AtomicLong();
  static final FakeIncidents INCIDENTS = new FakeIncidents();

  private ChangeProcessFixture() {
  }

  static synchronized ProcessEngine engine() {
    if (engine == null) {
      ProcessEngineConfigurationImpl config = new StandaloneInMemProcessEngineConfiguration();
      config.setJdbcUrl("jdbc:h2:mem:change-process-engine;DB_CLOSE_DELAY=-1");
      config.setDatabaseSchemaUpdate("create-drop");
      config.setHistory("full");
      config.setJobExecutorActivate(false);
      config.setEnforceHistoryTimeToLive(true);
      config.setExpressionManager(new MockExpressionManager());
      config.setProcessEngineName("change-process-tests");
      engine = config.buildProcessEngine();

      JdbcDataSource dataSource = new JdbcDataSource();
      dataSource.setURL("jdbc:h2:mem:change-process-tables;DB_CLOSE_DELAY=-1");
      dataSource.setUser("sa");
      Flyway.configure().dataSource(dataSource).table("dce_schema_history").load().migrate();
      store = new ChangeRequestStore(new JdbcTemplate(dataSource));
    }
    return engine;
  }

  static ChangeRequestStore store() {
    return store;
  }

  static DowntimeIncidentClosure closure() {
    return new DowntimeIncidentClosure(engine.getRuntimeService(), store);
  }

  static void registerDelegates() {
    Mocks.register("acceptChangeDelegate", new AcceptChangeDelegate(store));
    Mocks.register("rejectChangeDelegate", new RejectChangeDelegate(store));
    Mocks.register("recordChangePlanDelegate", new RecordChangePlanDelegate(store));
    Mocks.register("completeChangeDelegate", new CompleteChangeDelegate(store));
    Mocks.register("recordReviewDelegate", new RecordReviewDelegate(store));
    Mocks.register("openDowntimeIncidentDelegate", new OpenDowntimeIncidentDelegate(store, INCIDENTS));
    Mocks.register("customerTimes", new CustomerTimes(KnownCustomers.in(SHANGHAI, "acme")));
  }

  /**
   * Records a change request as the API would, with the shipped change-notice terms (28 days and
   * manager review for production changes, 30 days and additional fees otherwise).
   */
  static ChangeRequest submit(String changeType, Instant submittedAt, Instant plannedAt, boolean returningAfterLapse) {
    boolean production = changeType.equals("production-change");
    int minimum = production ? 28 : 30;
    String handling = production ? ChangeNotice.MANAGER_REVIEW : ChangeNotice.ADDITIONAL_FEES;
    int days = ChangeNotice.noticeDays(submittedAt, plannedAt, SHANGHAI);
    boolean sufficient = ChangeNotice.sufficient(days, minimum);
    String number = "CHG-2026-" + String.format("%06d", 900_000 + NUMBERS.incrementAndGet());
    ChangeRequest change = new ChangeRequest(0, number, "acme", changeType, plannedAt, "Upgrade the storage layer",
        production ? null : "Shanghai DC 2", production ? null : LocalDate.ofInstant(plannedAt, SHANGHAI),
        "prod-1", returningAfterLapse, submittedAt, "acme-user", minimum, days, sufficient, handling,
        ChangeNotice.additionalFees(sufficient, handling), ChangeStatus.SUBMITTED, null, null, null, null, null, null);
    store.insert(change);
    return store.require(number);
  }

  static Map<String, Object> variables(ChangeRequest change) {
    return ChangeControlProcess.startVariables(change, "Acme");
  }

  /** Incident intake's stand-in: numbers its incidents and remembers the changes they name. */
  static final class FakeIncidents implements DowntimeIncidents {
    final List<String> changes = new CopyOnWriteArrayList<>();
    private final AtomicLong numbers = new AtomicLong();

    @Override
    public String openLevel1(ChangeRequest change, String cluster, String detail, String reportedBy) {
      changes.add(change.number());
      return "INC-2026-" + String.format("%06d", 800_000 + numbers.incrementAndGet());
    }
  }
}
