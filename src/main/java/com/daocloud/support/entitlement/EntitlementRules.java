package com.daocloud.support.entitlement;

import static com.daocloud.support.entitlement.EntitlementReasons.*;

import com.daocloud.support.lifecycle.LifecyclePhase;
import com.daocloud.support.lifecycle.Products;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The entitlement rules in one place (ENT-1..5, LC-1..4, EAM-2, EAM-4, SVC-1, CHG-5): pure logic over
 * {@link EntitlementFacts}, no engine, no database, no clock. The first rule that applies decides:
 *
 * <ol>
 *   <li>unknown customer or cluster → not entitled;</li>
 *   <li>ENT-1: no maintenance order in force on the date (none, or it starts later) → not entitled;</li>
 *   <li>ENT-3: fees unpaid → not entitled;</li>
 *   <li>SVC-1: the order includes neither SNS nor S360 → not entitled (PDS alone is a deployment engagement);</li>
 *   <li>CHG-5: the cluster returns after a lapse in the orders and its overdue fees or re-certification are
 *       open → not entitled;</li>
 *   <li>ENT-4, ENT-5: outside the cluster's service validity (before its activation or delivery, or
 *       after the purchased duration, see {@link ServiceValidity}) → not entitled;</li>
 *   <li>ENT-2, LC-1: no lifecycle for the product's major version, or {@code pre-release} →
 *       not entitled;</li>
 *   <li>LC-4: {@code ended} (deprecated software) → best effort: no SLA clock, no code fix, a manager decides
 *       whether experts can help;</li>
 *   <li>EAM-4: {@code extended} (past the end of standard support) with an extended-maintenance contract on the
 *       date → entitled with EAM's limits (EAM-2: remote only, code fixes for levels 1 and 2 only); without one
 *       → EAM required: the customer signs one and pays the arrears from the end of standard support;</li>
 *   <li>LC-3: {@code full} and not on the latest version of the product (the newest release line's latest
 *       maintenance release) → limited, with the upgrade target;</li>
 *   <li>otherwise entitled.</li>
 * </ol>
 */
public final class EntitlementRules {

  private EntitlementRules() {
  }

  public static Entitlement decide(EntitlementFacts facts) {
    LocalDate onDate = facts.onDate();
    if (!facts.customerKnown()) {
      return notEntitled(UNKNOWN_CUSTOMER,
          "There is no customer '" + facts.customerId() + "' on record.");
    }
    EntitlementFacts.Cluster cluster = facts.cluster();
    if (cluster == null) {
      return notEntitled(UNKNOWN_INSTALLATION,
          "Customer " + facts.customerId() + " has no installation with this cluster name.");
    }
    EntitlementFacts.Order order = facts.order();
    if (order == null || onDate.isBefore(order.start())) {
      return notEntitled(NO_MAINTENANCE_ORDER, "Customer " + facts.customerId()
          + " holds no maintenance order in force on " + onDate
          + "; support needs a signed maintenance order.");
    }
    if (!order.feesPaid()) {
      return notEntitled(FEES_UNPAID, "The maintenance fees of the order from " + order.start()
          + " to " + order.end() + " are not paid; support needs paid fees.");
    }
    if (!order.supportServicePurchased()) {
      return notEntitled(NO_SUPPORT_SERVICE, "The maintenance order from " + order.start()
          + " to " + order.end() + " includes neither SNS (support and subscription) nor S360; PDS alone is a "
          + "deployment engagement, not incident support.");
    }
    EntitlementFacts.Lapse lapse = facts.lapse();
    if (lapse != null) {
      return notEntitled(LAPSE_REQUIREMENTS_OPEN, "Cluster " + cluster.cluster() + " had no maintenance order from "
          + lapse.lapsedFrom() + " until " + lapse.returnedOn() + ". A product returning after a lapse must first "
          + "pay the overdue fees and, unless it is under warranty, pass re-certification (a product addition "
          + "under change control).");
    }
    ServiceValidity validity = ServiceValidity.of(cluster.activatedOn(), order.start(),
        order.end());
    if (onDate.isBefore(validity.from())) {
      return notEntitled(SERVICE_NOT_STARTED, "Service for cluster " + cluster.cluster()
          + " starts on its " + cluster.kind().serviceStart() + ", " + cluster.activatedOn() + ".");
    }
    if (!validity.covers(onDate)) {
      return notEntitled(SERVICE_EXPIRED, "Service for cluster " + cluster.cluster() + " ran for "
          + describe(validity.purchased()) + " from " + validity.from() + " and ended on "
          + validity.lastDay() + ".");
    }

    String product = Products.displayName(cluster.product()) + " " + cluster.version();
    EntitlementFacts.Lifecycle lifecycle = facts.lifecycle();
    if (lifecycle == null) {
      return notEntitled(UNSUPPORTED_VERSION,
          product + " has no support lifecycle; support needs a supported product version.");
    }
    if (lifecycle.phase() == LifecyclePhase.PRE_RELEASE) {
      return notEntitled(PRE_RELEASE, product + " is not generally available before "
          + lifecycle.gaDate() + ".");
    }
    switch (lifecycle.phase()) {
      case ENDED -> {
        return new Entitlement(EntitlementStatus.BEST_EFFORT, VERSION_ENDED, product
            + " reached the end of its support life on " + lifecycle.eoslDate() + ". Deprecated software gets no "
            + "code maintenance; support depends on the experts available (best effort, no response deadline), "
            + "and a support manager decides.", false);
      }
      case EXTENDED -> {
        if (facts.extendedMaintenanceActive()) {
          return underExtendedMaintenance(cluster.cluster() + " (" + product + ")");
        }
        return new Entitlement(EntitlementStatus.EAM_REQUIRED, NO_EAM_CONTRACT, product
            + " is past the end of standard support (" + lifecycle.eossDate() + "). Support from then on needs an "
            + "extended maintenance (EAM) contract: sign one and pay the arrears from " + lifecycle.eossDate()
            + " to " + onDate + ". The incident is recorded and waits; the response deadline starts when the "
            + "contract is recorded.", false);
      }
      default -> {
        // FULL: the latest-version check below.
      }
    }
    if (lifecycle.onLatestMaintenance() == null) {
      return limited(RELEASE_UNKNOWN, "No latest maintenance version is on record for "
          + product + "'s release line: support is limited until it is confirmed.");
    }
    if (!Boolean.TRUE.equals(lifecycle.onLatestVersion())) {
      return limited(NOT_LATEST_VERSION, product + " is not the latest version of the product, "
          + lifecycle.latestVersion() + ": support is limited and may cost extra. Upgrade to "
          + lifecycle.latestVersion() + " for full support.");
    }
    return new Entitlement(EntitlementStatus.ENTITLED, COVERED, "Cluster " + cluster.cluster()
        + " (" + product + ") is covered by the maintenance order until " + validity.lastDay()
        + ".", false);
  }

  /**
   * EAM-2: entitled under an extended-maintenance contract, with its limits; {@code cluster} as the explanation
   * names it (e.g. "prod-1 (DCE 5.0.7)").
   */
  public static Entitlement underExtendedMaintenance(String cluster) {
    return new Entitlement(EntitlementStatus.ENTITLED, EXTENDED_MAINTENANCE, "Cluster " + cluster
        + " is covered by extended maintenance: remote service only, code-level fixes for levels 1 and 2 only.",
        true);
  }

  private static Entitlement notEntitled(String reason, String explanation) {
    return new Entitlement(EntitlementStatus.NOT_ENTITLED, reason, explanation, false);
  }

  private static Entitlement limited(String reason, String explanation) {
    return new Entitlement(EntitlementStatus.LIMITED, reason, explanation, false);
  }

  /** "1 year", "6 months", "1 year and 15 days". */
  static String describe(Period period) {
    List<String> parts = new ArrayList<>();
    add(parts, period.getYears(), "year");
    add(parts, period.getMonths(), "month");
    add(parts, period.getDays(), "day");
    if (parts.isEmpty()) {
      return "0 days";
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and "
        + parts.get(parts.size() - 1);
  }

  private static void add(List<String> parts, int amount, String unit) {
    if (amount != 0) {
      parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
    }
  }
}
