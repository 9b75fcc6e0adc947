package com.daocloud.support.entitlement;

import com.daocloud.support.customer.ExtendedMaintenanceContracts;
import com.daocloud.support.customer.DemoCustomers;
import com.daocloud.support.lifecycle.LifecycleService;
import com.daocloud.support.lifecycle.Products;
import com.daocloud.support.lifecycle.SupportLifecycle;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's extended-maintenance contract ({@code demo} profile only): {@code acme} holds one for {@code prod-1} from
 * DCE 5's end of standard support, for the two years extended maintenance may last (EAM-1), so its incidents are
 * entitled under extended maintenance; {@code globex} holds none, so its incidents show the {@code eam-required}
 * path (README). Runs after {@link DemoCustomers}; idempotent.
 */
@Component
@Order(110)
@ConditionalOnProperty(name = "dce.demo.enabled", havingValue = "true")
public class DemoExtendedMaintenance implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoExtendedMaintenance.class);
  static final String REFERENCE = "DEMO-EAM";

  private final ExtendedMaintenanceContracts contracts;
  private final LifecycleService lifecycle;
  private final Clock clock;

  public DemoExtendedMaintenance(ExtendedMaintenanceContracts contracts, LifecycleService lifecycle, Clock clock) {
    this.contracts = contracts;
    this.lifecycle = lifecycle;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!contracts.contracts(DemoCustomers.ACME, DemoCustomers.CLUSTER).isEmpty()) {
      return;
    }
    Optional<LocalDate> eoss = lifecycle.lifecycle(Products.DCE, DemoCustomers.DEMO_VERSION, LocalDate.now(clock))
        .map(SupportLifecycle::eossDate);
    if (eoss.isEmpty()) {
      LOG.warn("Demo data: no support lifecycle for DCE {}, so acme gets no extended-maintenance contract",
          DemoCustomers.DEMO_VERSION);
      return;
    }
    contracts.record(DemoCustomers.ACME, DemoCustomers.CLUSTER, eoss.get(), eoss.get().plusYears(2), REFERENCE);
    LOG.info("Demo data: acme holds an extended-maintenance contract for prod-1 from {} to {}", eoss.get(),
        eoss.get().plusYears(2));
  }
}
