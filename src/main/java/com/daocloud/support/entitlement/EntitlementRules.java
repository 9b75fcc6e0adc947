package com.daocloud.support.entitlement;

import static com.daocloud.support.entitlement.EntitlementReasons.*;

import com.daocloud.support.lifecycle.LifecyclePhase;
import com.daocloud.support.lifecycle.Products;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The entitlement rules in one place (ENT-1..5, LC-1..4, EAM-2, SVC-1): pure logic over
 * {@link EntitlementFacts}, no engine, no database, no clock. The first rule that applies decides:
 *
 * <ol>
 *   <li>unknown customer or cluster → not entitled;</li>
 *   <li>ENT-1: no maintenance order in force on the date (none, or it starts later) → not entitled;</li>
 *   <li>ENT-3: fees unpaid → not entitled;</li>
 *   <li>SVC-1: the order does not include SNS, the support service → not entitled;</li>
 *   <li>ENT-4, ENT-5: outside the cluster's service validity (before its activation or delivery, or
 *       after the purchased duration, see {@link ServiceValidity}) → not entitled;</li>
 *   <li>ENT-2, LC-1: no lifecycle for the product's major version, or {@code pre-release} →
 *       not entitled;</li>
 *   <li>EAM-2: an active extended-maintenance contract → entitled, with EAM's limits (remote only,
 *       code fixes for levels 1 and 2 only); it covers the {@code limited} and {@code ended}
 *       phases;</li>
 *   <li>LC-1, LC-4: {@code ended} → not entitled (deprecated software gets no code maintenance);</li>
 *   <li>LC-3: {@code limited} phase, or not on the line's latest maintenance version → limited;</li>
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
    if (facts.extendedMaintenanceActive()) {
      return new Entitlement(EntitlementStatus.ENTITLED, EXTENDED_MAINTENANCE,
          "Cluster " + cluster.cluster() + " (" + product + ") is covered by extended "
              + "maintenance: remote service only, code-level fixes for levels 1 and 2 only.",
          true);
    }
    if (lifecycle.phase() == LifecyclePhase.ENDED) {
      return notEntitled(VERSION_ENDED, product + " reached the end of its support life on "
          + lifecycle.eoslDate() + "; without extended maintenance it gets no support.");
    }
    if (lifecycle.phase() == LifecyclePhase.LIMITED) {
      return limited(LIMITED_SUPPORT_PHASE, product + " is past the end of standard support ("
          + lifecycle.eossDate() + "): support is limited and may cost extra.");
    }
    if (lifecycle.onLatestMaintenance() == null) {
      return limited(RELEASE_UNKNOWN, "No latest maintenance version is on record for "
          + product + "'s release line: support is limited until it is confirmed.");
    }
    if (!lifecycle.onLatestMaintenance()) {
      return limited(NOT_LATEST_MAINTENANCE, product + " is not the latest maintenance version "
          + lifecycle.latestMaintenance() + ": support is limited and may cost extra.");
    }
    return new Entitlement(EntitlementStatus.ENTITLED, COVERED, "Cluster " + cluster.cluster()
        + " (" + product + ") is covered by the maintenance order until " + validity.lastDay()
        + ".", false);
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
