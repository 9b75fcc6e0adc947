package com.daocloud.support.s360;

import com.daocloud.support.customer.Customer;
import com.daocloud.support.customer.CustomerRepository;
import com.daocloud.support.customer.Installation;
import com.daocloud.support.customer.InstallationKind;
import com.daocloud.support.customer.MaintenanceOrder;
import com.daocloud.support.customer.OrderService;
import com.daocloud.support.customer.ServiceTier;
import com.daocloud.support.lifecycle.Version;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The in-memory engine of the S360 process tests, and the application's own tables (Flyway) beside it, with
 * three customers: {@code acme} (professional, S360), {@code initech} (standard, S360) and {@code globex} (premium,
 * SNS only).
 */
public final class S360ProcessEngine {

  /** Where every customer of these tests runs. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static ProcessEngine engine;
  private static JdbcTemplate jdbc;

  private S360ProcessEngine() {
  }

  public static synchronized ProcessEngine engine() {
    if (engine == null) {
      ProcessEngineConfigurationImpl config = new StandaloneInMemProcessEngineConfiguration();
      config.setJdbcUrl("jdbc:h2:mem:s360-process-engine;DB_CLOSE_DELAY=-1");
      config.setDatabaseSchemaUpdate("create-drop");
      config.setHistory("full");
      config.setJobExecutorActivate(false);
      config.setEnforceHistoryTimeToLive(true);
      config.setExpressionManager(new MockExpressionManager());
      config.setProcessEngineName("s360-process-tests");
      engine = config.buildProcessEngine();

      JdbcDataSource dataSource = new JdbcDataSource();
      dataSource.setURL("jdbc:h2:mem:s360-process-tables;DB_CLOSE_DELAY=-1");
      dataSource.setUser("sa");
      Flyway.configure().dataSource(dataSource).table("dce_schema_history").load().migrate();
      jdbc = new JdbcTemplate(dataSource);
      CustomerRepository customers = new CustomerRepository(jdbc);
      customers.replace(customer("acme", ServiceTier.PROFESSIONAL, EnumSet.of(OrderService.SNS, OrderService.S360)));
      customers.replace(customer("initech", ServiceTier.STANDARD, EnumSet.of(OrderService.S360)));
      customers.replace(customer("globex", ServiceTier.PREMIUM, EnumSet.of(OrderService.SNS)));
    }
    return engine;
  }

  /** A customer with a paid order for 2026 naming {@code services} and one cluster {@code prod-1} on DCE 5.0.7. */
  public static Customer customer(String id, ServiceTier tier, Set<OrderService> services) {
    return new Customer(id, id.substring(0, 1).toUpperCase() + id.substring(1), tier, ZONE,
        "weekdays", new MaintenanceOrder(tier, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), true,
            services),
        List.of(new Installation("prod-1", "dce", new Version(5, 0, 7), InstallationKind.SOFTWARE,
            LocalDate.parse("2026-01-01"))), List.of());
  }

  public static JdbcTemplate jdbc() {
    engine();
    return jdbc;
  }
}
