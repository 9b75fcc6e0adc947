package com.daocloud.support.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.customer.ExtendedMaintenanceContracts;
import com.daocloud.support.lifecycle.Release;
import com.daocloud.support.lifecycle.ReleaseCatalogue;
import com.daocloud.support.lifecycle.Version;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migration and the repositories on H2, the default database (README, The two commands); the integration
 * tests cover PostgreSQL.
 */
@DisplayName("Customer tables on H2")
class CustomerRepositoryH2Test {

  static JdbcTemplate jdbc;

  @BeforeAll
  static void migrate() {
    DriverManagerDataSource dataSource =
        new DriverManagerDataSource("jdbc:h2:mem:customers;DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).table("dce_schema_history")
        .locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
  }

  static Customer customer(String id, MaintenanceOrder order, List<String> administrators) {
    return new Customer(id, "Initech", ServiceTier.PREMIUM, ZoneId.of("Europe/Berlin"), "weekdays",
        order, List.of(new Installation("prod-1", "dce", new Version(5, 0, 7),
            InstallationKind.INTEGRATED, LocalDate.parse("2026-02-01"))), administrators);
  }

  @Test
  @DisplayName("CUS-1, SVC-1: a customer is stored and replaced with its order, services, installations and administrators")
  void storeAndReplace() {
    CustomerRepository repository = new CustomerRepository(jdbc);
    MaintenanceOrder order = new MaintenanceOrder(ServiceTier.PREMIUM, LocalDate.parse("2026-01-01"),
        LocalDate.parse("2026-12-31"), true, EnumSet.of(OrderService.SNS, OrderService.S360));

    repository.replace(customer("h2-initech", order, List.of("primary", "backup")));
    repository.replace(customer("h2-initech", order, List.of("backup", "primary")));
    repository.assignUser("h2-user", "h2-initech");

    Customer stored = repository.find("h2-initech").orElseThrow();
    assertThat(stored.maintenanceOrder()).isEqualTo(order);
    assertThat(stored.installations()).singleElement()
        .satisfies(i -> assertThat(i.kind()).isEqualTo(InstallationKind.INTEGRATED));
    assertThat(stored.administrators()).containsExactly("backup", "primary");
    assertThat(repository.customerOfUser("h2-user")).contains("h2-initech");
    assertThat(repository.isCalendarUsed("weekdays")).isTrue();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM dce_maintenance_order", Integer.class))
        .isEqualTo(1);

    repository.replace(customer("h2-initech", null, List.of()));
    assertThat(repository.find("h2-initech").orElseThrow().order()).isEmpty();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM dce_order_service", Integer.class))
        .isZero();
  }

  @Test
  @DisplayName("LC-3: the release catalogue ships DCE 5.0, 4.0 and 3.1 and moves a line's latest maintenance version")
  void releaseCatalogue() {
    ReleaseCatalogue catalogue = new ReleaseCatalogue(jdbc, event -> { });

    assertThat(catalogue.find("dce", 5, 0)).contains(new Release("dce", 5, 0, 7));
    assertThat(catalogue.find("dce", 4, 0)).contains(new Release("dce", 4, 0, 9));
    assertThat(catalogue.find("dce", 3, 1)).contains(new Release("dce", 3, 1, 12));
    catalogue.save(new Release("dce", 6, 1, 2));
    catalogue.save(new Release("dce", 6, 1, 3));
    assertThat(catalogue.find("dce", 6, 1)).contains(new Release("dce", 6, 1, 3));
  }

  @Test
  @DisplayName("EAM-2: an EAM contract is active from its start up to (not including) its end")
  void eamContracts() {
    CustomerRepository repository = new CustomerRepository(jdbc);
    repository.replace(customer("h2-eam", null, List.of()));
    ExtendedMaintenanceContracts contracts = new ExtendedMaintenanceContracts(jdbc, event -> { });

    contracts.record("h2-eam", "prod-1", LocalDate.parse("2026-06-01"),
        LocalDate.parse("2027-06-01"), "EAM-1");

    assertThat(contracts.isActive("h2-eam", "prod-1", LocalDate.parse("2026-05-31"))).isFalse();
    assertThat(contracts.isActive("h2-eam", "prod-1", LocalDate.parse("2026-06-01"))).isTrue();
    assertThat(contracts.isActive("h2-eam", "prod-1", LocalDate.parse("2027-05-31"))).isTrue();
    assertThat(contracts.isActive("h2-eam", "prod-1", LocalDate.parse("2027-06-01"))).isFalse();
    assertThat(contracts.isActive("h2-eam", "prod-2", LocalDate.parse("2026-07-01"))).isFalse();
  }
}
