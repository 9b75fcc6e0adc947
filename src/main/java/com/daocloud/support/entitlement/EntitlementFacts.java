package com.daocloud.support.entitlement;

import com.daocloud.support.customer.InstallationKind;
import com.daocloud.support.lifecycle.LifecyclePhase;
import java.time.LocalDate;

/**
 * Everything {@link EntitlementRules} needs, gathered beforehand: plain values, no engine or
 * database. A null part means "not on record" (no customer, no order, no such cluster, no lifecycle
 * for the version).
 */
public record EntitlementFacts(LocalDate onDate, String customerId, boolean customerKnown,
    Order order, Cluster cluster, Lifecycle lifecycle, boolean extendedMaintenanceActive, Lapse lapse) {

  /** The customer's maintenance order: term (both ends inclusive), fees, whether it includes SNS. */
  public record Order(LocalDate start, LocalDate end, boolean feesPaid,
      boolean supportServicePurchased) {
  }

  /** The installation: cluster, product and version x.y.z, kind and first activation (ENT-4, 5). */
  public record Cluster(String cluster, String product, String version, InstallationKind kind,
      LocalDate activatedOn) {
  }

  /**
   * The version's lifecycle on the date (LC-1), the release line's latest maintenance version and the latest
   * version of the product (LC-3; null when the catalogue does not know the line, or the product).
   */
  public record Lifecycle(LifecyclePhase phase, LocalDate gaDate, LocalDate eossDate,
      LocalDate eoslDate, String latestMaintenance, Boolean onLatestMaintenance, String latestVersion,
      Boolean onLatestVersion) {
  }

  /**
   * CHG-5: a gap in the maintenance orders after the cluster's activation whose requirements (overdue fees,
   * re-certification) are still open: no order from {@code lapsedFrom} until {@code returnedOn}.
   */
  public record Lapse(LocalDate lapsedFrom, LocalDate returnedOn) {
  }
}
