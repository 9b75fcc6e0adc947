package com.daocloud.support.entitlement;

import com.daocloud.support.customer.ExtendedMaintenanceContracts;
import com.daocloud.support.customer.Customer;
import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.customer.Installation;
import com.daocloud.support.customer.MaintenanceOrder;
import com.daocloud.support.customer.OrderService;
import com.daocloud.support.lifecycle.LifecycleDecision;
import com.daocloud.support.lifecycle.LifecycleService;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link EntitlementCheck} for incident intake: gathers the facts (customer, order, cluster, the
 * lifecycle outcome the caller evaluated, EAM) and lets {@link EntitlementRules} decide.
 */
@Service
public class EntitlementService implements EntitlementCheck {

  private final CustomerService customers;
  private final LifecycleService lifecycle;
  private final ExtendedMaintenanceContracts eam;
  private final LapseSettlements lapses;

  public EntitlementService(CustomerService customers, LifecycleService lifecycle,
      ExtendedMaintenanceContracts eam, LapseSettlements lapses) {
    this.customers = customers;
    this.lifecycle = lifecycle;
    this.eam = eam;
    this.lapses = lapses;
  }

  @Override
  @Transactional(readOnly = true)
  public Entitlement check(String customerId, String cluster, LocalDate onDate,
      Optional<LifecycleDecision.Outcome> lifecycle) {
    return EntitlementRules.decide(facts(customerId, cluster, onDate, lifecycle));
  }

  /** CHG-5: the cluster's latest lapse by the date, unless change control recorded its requirements as met. */
  private EntitlementFacts.Lapse openLapse(Customer customer, String cluster, LocalDate onDate) {
    return lapses.openLapse(customer, cluster, onDate)
        .map(lapse -> new EntitlementFacts.Lapse(lapse.lapsedFrom(), lapse.returnedOn()))
        .orElse(null);
  }

  EntitlementFacts facts(String customerId, String cluster, LocalDate onDate,
      Optional<LifecycleDecision.Outcome> decided) {
    Optional<Customer> customer = customers.customer(customerId);
    if (customer.isEmpty()) {
      return new EntitlementFacts(onDate, customerId, false, null, null, null, false, null);
    }
    MaintenanceOrder order = customer.get().orderOn(onDate).orElse(null);
    EntitlementFacts.Order orderFacts = order == null ? null
        : new EntitlementFacts.Order(order.start(), order.end(), order.feesPaid(),
            OrderService.includeIncidentSupport(order.services()));
    Installation installation = customer.get().installation(cluster).orElse(null);
    if (installation == null) {
      return new EntitlementFacts(onDate, customerId, true, orderFacts, null, null, false, null);
    }
    EntitlementFacts.Lifecycle lifecycleFacts = lifecycle
        .standing(installation.product(), installation.version(), decided)
        .map(found -> new EntitlementFacts.Lifecycle(found.phase(), found.gaDate(),
            found.eossDate(), found.eoslDate(),
            found.latestMaintenance() == null ? null : found.latestMaintenance().toString(),
            found.onLatestMaintenance(),
            found.latestVersion() == null ? null : found.latestVersion().toString(), found.onLatestVersion()))
        .orElse(null);
    return new EntitlementFacts(onDate, customerId, true, orderFacts,
        new EntitlementFacts.Cluster(installation.cluster(), installation.product(),
            installation.version().toString(), installation.kind(), installation.activatedOn()),
        lifecycleFacts, eam.isActive(customerId, cluster, onDate), openLapse(customer.get(), cluster, onDate));
  }
}
