package com.daocloud.support.customer;

import com.daocloud.support.identity.Groups;
import com.daocloud.support.identity.IdentitySetup;
import com.daocloud.support.lifecycle.Products;
import com.daocloud.support.lifecycle.Version;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo customers of the README ({@code demo} profile only, like the demo users): {@code acme} and
 * {@code globex}, each with a paid order for the current year, cluster {@code prod-1} on DCE 5.0.7
 * and two administrators; {@code acme}'s designated representative is {@code service} (L12-3). Runs after the identity set-up (application runners start once every
 * singleton, including the demo users, is ready). Idempotent: a demo customer on record is left
 * alone unless its order no longer covers today (a new year), then it is written afresh.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "dce.demo.enabled", havingValue = "true")
public class DemoCustomers implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCustomers.class);

  public static final String ACME = "acme";
  public static final String GLOBEX = "globex";
  public static final String CLUSTER = "prod-1";
  public static final Version DEMO_VERSION = new Version(5, 0, 7);
  /** The demo user of customer service (README) who is Acme's designated representative. */
  public static final String ACME_REPRESENTATIVE = "service";

  private final CustomerRepository repository;
  private final IdentitySetup identity;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public DemoCustomers(CustomerRepository repository, IdentitySetup identity,
      TransactionTemplate transaction, Clock clock) {
    this.repository = repository;
    this.identity = identity;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    LocalDate today = LocalDate.now(clock);
    // The backup administrators (CUS-1) are customer users too; the primaries are the demo users
    // of the README.
    identity.ensureUser("acme-admin", "Acme", "Administrator", "acme-admin@demo.invalid",
        "acme-admin", Groups.CUSTOMERS);
    identity.ensureUser("globex-admin", "Globex", "Administrator", "globex-admin@demo.invalid",
        "globex-admin", Groups.CUSTOMERS);
    transaction.executeWithoutResult(status -> {
      ensure(new Customer(ACME, "Acme", ServiceTier.PROFESSIONAL, ZoneId.of("Asia/Shanghai"),
          "cn-2026", order(ServiceTier.PROFESSIONAL, today, EnumSet.of(OrderService.SNS,
              OrderService.S360)), installations(today), List.of("acme-user", "acme-admin"))
          .withRepresentative(ACME_REPRESENTATIVE), today);
      ensure(new Customer(GLOBEX, "Globex", ServiceTier.PREMIUM, ZoneId.of("America/New_York"),
          "weekdays", order(ServiceTier.PREMIUM, today, EnumSet.of(OrderService.SNS)),
          installations(today), List.of("globex-user", "globex-admin")), today);
      repository.assignUser("acme-user", ACME);
      repository.assignUser("acme-admin", ACME);
      repository.assignUser("globex-user", GLOBEX);
      repository.assignUser("globex-admin", GLOBEX);
    });
  }

  private void ensure(Customer demo, LocalDate today) {
    Optional<Customer> stored = repository.find(demo.id());
    boolean current = stored.flatMap(Customer::order)
        .filter(order -> !today.isBefore(order.start()) && !today.isAfter(order.end()))
        .isPresent();
    if (!current) {
      repository.replace(demo);
      LOG.info("Demo data: customer '{}' with a paid order for {}", demo.id(), today.getYear());
    } else if (demo.representative() != null && stored.get().representative() == null) {
      // Demo data written before customers had a representative gets the README's one.
      repository.replace(stored.get().withRepresentative(demo.representative()));
    }
  }

  private static MaintenanceOrder order(ServiceTier tier, LocalDate today,
      Set<OrderService> services) {
    return new MaintenanceOrder(tier, today.withDayOfYear(1),
        today.withMonth(12).withDayOfMonth(31), true, services);
  }

  private static List<Installation> installations(LocalDate today) {
    return List.of(new Installation(CLUSTER, Products.DCE, DEMO_VERSION,
        InstallationKind.SOFTWARE, today.withDayOfYear(1)));
  }
}
