package com.daocloud.support.customer;

import java.time.LocalDate;
import java.util.Set;

/**
 * A signed maintenance order (ENT-1): its tier, its term from {@code start} to {@code end} (both
 * inclusive), whether its fees are paid (ENT-3) and the services it names (SVC-1).
 */
public record MaintenanceOrder(ServiceTier serviceTier, LocalDate start, LocalDate end,
    boolean feesPaid, Set<OrderService> services) {

  public MaintenanceOrder {
    services = Set.copyOf(services);
  }
}
