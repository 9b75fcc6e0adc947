package com.daocloud.support.entitlement;

import com.daocloud.support.customer.OrderService;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.customer.InstallationKind;
import com.daocloud.support.lifecycle.LifecyclePhase;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Entitlement rules")
class EntitlementRulesTest {

  static final LocalDate TODAY = LocalDate.parse("2026-11-26");
  static final LocalDate DCE5_GA = LocalDate.parse("2023-06-01");
  static final LocalDate DCE5_EOSS = LocalDate.parse("2026-06-01");
  static final LocalDate DCE5_EOSL = LocalDate.parse("2028-10-30");

  /** A paid 2026 order with SNS, cluster prod-1 activated 2026-01-10 on DCE 5.0.7, in full support. */
  static Facts entitled() {
    return new Facts();
  }

  static final class Facts {
    LocalDate onDate = LocalDate.parse("2026-03-02");
    boolean customerKnown = true;
    EntitlementFacts.Order order = new EntitlementFacts.Order(LocalDate.parse("2026-01-01"),
        LocalDate.parse("2026-12-31"), true, true);
    EntitlementFacts.Cluster cluster = new EntitlementFacts.Cluster("prod-1", "dce", "5.0.7",
        InstallationKind.SOFTWARE, LocalDate.parse("2026-01-10"));
    EntitlementFacts.Lifecycle lifecycle = phase(LifecyclePhase.FULL, "5.0.7", true, "5.0.7", true);
    boolean eam;
    EntitlementFacts.Lapse lapse;

    Facts on(String date) {
      onDate = LocalDate.parse(date);
      return this;
    }

    Facts order(String start, String end, boolean feesPaid, boolean sns) {
      order = start == null ? null : new EntitlementFacts.Order(LocalDate.parse(start),
          LocalDate.parse(end), feesPaid, sns);
      return this;
    }

    Facts cluster(String name, InstallationKind kind, String activatedOn) {
      cluster = new EntitlementFacts.Cluster(name, "dce", cluster.version(), kind,
          LocalDate.parse(activatedOn));
      return this;
    }

    Facts noCluster() {
      cluster = null;
      return this;
    }

    /** The phase, on the latest version of the product. */
    Facts lifecycle(LifecyclePhase phase) {
      lifecycle = phase == null ? null : phase(phase, "5.0.7", true, "5.0.7", true);
      return this;
    }

    /** Full support, on 5.0.7, with the line's latest maintenance release and the product's latest version given. */
    Facts latest(String latestMaintenance, String latestVersion) {
      lifecycle = phase(LifecyclePhase.FULL, latestMaintenance, latestMaintenance == null ? null
          : latestMaintenance.equals("5.0.7"), latestVersion, latestVersion == null ? null
          : latestVersion.equals("5.0.7"));
      return this;
    }

    Facts lapse(String from, String returnedOn) {
      lapse = new EntitlementFacts.Lapse(LocalDate.parse(from), LocalDate.parse(returnedOn));
      return this;
    }

    Facts eam() {
      eam = true;
      return this;
    }

    Facts unknownCustomer() {
      customerKnown = false;
      return this;
    }

    Entitlement decide() {
      return EntitlementRules.decide(new EntitlementFacts(onDate, "acme", customerKnown, order,
          cluster, lifecycle, eam, lapse));
    }

    static EntitlementFacts.Lifecycle phase(LifecyclePhase phase, String latestMaintenance,
        Boolean onLatestMaintenance, String latestVersion, Boolean onLatestVersion) {
      return new EntitlementFacts.Lifecycle(phase, DCE5_GA, DCE5_EOSS, DCE5_EOSL, latestMaintenance,
          onLatestMaintenance, latestVersion, onLatestVersion);
    }
  }

  static void assertDecision(Entitlement entitlement, EntitlementStatus status, String reason) {
    assertThat(entitlement.status()).as(entitlement.explanation()).isEqualTo(status);
    assertThat(entitlement.reason()).isEqualTo(reason);
    assertThat(entitlement.explanation()).isNotBlank().endsWith(".");
  }

  @Test
  @DisplayName("ENT-1, ENT-2, ENT-3, ENT-4: a paid order with SNS, a valid service and the latest version of a fully supported release: entitled, covered")
  void everythingInOrderIsEntitled() {
    Entitlement entitlement = entitled().decide();

    assertDecision(entitlement, EntitlementStatus.ENTITLED, EntitlementReasons.COVERED);
    assertThat(entitlement.extendedMaintenance()).isFalse();
    assertThat(entitlement.explanation()).contains("prod-1", "DCE 5.0.7", "2027-01-09");
  }

  @Nested
  @DisplayName("Maintenance order")
  class MaintenanceOrderRules {

    @Test
    @DisplayName("ENT-1: without a maintenance order the customer is not entitled")
    void noOrder() {
      Entitlement entitlement = entitled().order(null, null, true, true).decide();

      assertDecision(entitlement, EntitlementStatus.NOT_ENTITLED,
          EntitlementReasons.NO_MAINTENANCE_ORDER);
      assertThat(entitlement.explanation()).contains("no maintenance order");
    }

    @Test
    @DisplayName("ENT-1: an order that starts after the date does not cover it")
    void orderNotYetInForce() {
      Entitlement entitlement = entitled().order("2026-04-01", "2027-03-31", true, true)
          .on("2026-03-31").decide();

      assertDecision(entitlement, EntitlementStatus.NOT_ENTITLED,
          EntitlementReasons.NO_MAINTENANCE_ORDER);
    }

    @Test
    @DisplayName("ENT-3: unpaid maintenance fees: not entitled, even with everything else in order")
    void feesUnpaid() {
      Entitlement entitlement = entitled().order("2026-01-01", "2026-12-31", false, true).decide();

      assertDecision(entitlement, EntitlementStatus.NOT_ENTITLED, EntitlementReasons.FEES_UNPAID);
      assertThat(entitlement.explanation()).contains("not paid");
    }

    @Test
    @DisplayName("ENT-1, ENT-3: no order is reported before unpaid fees, unpaid fees before an ended version")
    void orderOfTheRules() {
      assertThat(entitled().order(null, null, false, false)
          .lifecycle(LifecyclePhase.ENDED).decide().reason())
          .isEqualTo(EntitlementReasons.NO_MAINTENANCE_ORDER);
      assertThat(entitled().order("2026-01-01", "2026-12-31", false, true)
          .lifecycle(LifecyclePhase.ENDED).decide().reason())
          .isEqualTo(EntitlementReasons.FEES_UNPAID);
    }

    @Test
    @DisplayName("SVC-1: an order with neither SNS nor S360 (PDS alone) buys no incident support: it is a "
        + "deployment engagement")
    void orderWithoutSupportService() {
      Entitlement entitlement = entitled().order("2026-01-01", "2026-12-31", true, false).decide();

      assertDecision(entitlement, EntitlementStatus.NOT_ENTITLED,
          EntitlementReasons.NO_SUPPORT_SERVICE);
      assertThat(entitlement.explanation()).contains("SNS", "S360", "PDS alone is a deployment engagement");
    }

    @Test
    @DisplayName("SVC-1: SNS or S360 on the order includes incident support; PDS alone does not")
    void snsOrS360IncludeIncidentSupport() {
      assertThat(OrderService.includeIncidentSupport(java.util.Set.of(OrderService.SNS))).isTrue();
      assertThat(OrderService.includeIncidentSupport(java.util.Set.of(OrderService.S360))).isTrue();
      assertThat(OrderService.includeIncidentSupport(java.util.Set.of(OrderService.S360, OrderService.PDS))).isTrue();
      assertThat(OrderService.includeIncidentSupport(java.util.Set.of(OrderService.PDS))).isFalse();
      assertThat(OrderService.includeIncidentSupport(java.util.Set.of())).isFalse();
    }
  }

  @Nested
  @DisplayName("Service validity")
  class ServiceValidityRules {

    @Test
    @DisplayName("ENT-4: a software installation's service starts on its licence activation, not before")
    void softwareStartsAtActivation() {
      Facts facts = entitled().cluster("prod-1", InstallationKind.SOFTWARE, "2026-02-15");

      Entitlement before = facts.on("2026-02-14").decide();
      assertDecision(before, EntitlementStatus.NOT_ENTITLED,
          EntitlementReasons.SERVICE_NOT_STARTED);
      assertThat(before.explanation()).contains("licence activation", "2026-02-15");
      assertDecision(facts.on("2026-02-15").decide(), EntitlementStatus.ENTITLED,
          EntitlementReasons.COVERED);
    }

    @Test
    @DisplayName("ENT-4: an integrated installation's service starts on its delivery date")
    void integratedStartsAtDelivery() {
      Facts facts = entitled().cluster("prod-1", InstallationKind.INTEGRATED, "2026-05-20");

      Entitlement before = facts.on("2026-05-19").decide();
      assertDecision(before, EntitlementStatus.NOT_ENTITLED,
          EntitlementReasons.SERVICE_NOT_STARTED);
      assertThat(before.explanation()).contains("delivery", "2026-05-20");
      assertDecision(facts.on("2026-05-20").decide(), EntitlementStatus.ENTITLED,
          EntitlementReasons.COVERED);
    }

    @Test
    @DisplayName("ENT-4: the service lasts the purchased duration from activation, even past the order's end")
    void serviceLastsThePurchasedDurationFromActivation() {
      // A one-year order (2026-01-01..2026-12-31), cluster activated 2026-03-01: one year from then.
      Facts facts = entitled().cluster("prod-1", InstallationKind.SOFTWARE, "2026-03-01");

      assertDecision(facts.on("2027-02-28").decide(), EntitlementStatus.ENTITLED,
          EntitlementReasons.COVERED);
      Entitlement expired = facts.on("2027-03-01").decide();
      assertDecision(expired, EntitlementStatus.NOT_ENTITLED, EntitlementReasons.SERVICE_EXPIRED);
      assertThat(expired.explanation()).contains("1 year", "2026-03-01", "2027-02-28");
    }

    @Test
    @DisplayName("ENT-4: a cluster that ran before the order started (a renewal) is covered for the order's term")
    void renewalCoversTheOrdersTerm() {
      Facts facts = entitled().cluster("prod-1", InstallationKind.SOFTWARE, "2024-06-01");

      assertDecision(facts.on("2026-01-01").decide(), EntitlementStatus.ENTITLED,
          EntitlementReasons.COVERED);
      assertDecision(facts.on("2026-12-31").decide(), EntitlementStatus.ENTITLED,
          EntitlementReasons.COVERED);
      assertDecision(facts.on("2027-01-01").decide(), EntitlementStatus.NOT_ENTITLED,
          EntitlementReasons.SERVICE_EXPIRED);
    }

    @Test
    @DisplayName("ENT-5: a new cluster gets its own validity period, like an initial deployment")
    void newClusterHasItsOwnValidity() {
      // Same order, same date: prod-1 (renewal, order's term) has expired, prod-2 (activated in
      // the autumn) still runs its own year.
      Facts first = entitled().cluster("prod-1", InstallationKind.SOFTWARE, "2025-01-01").on("2027-01-15");
      Facts second = entitled().cluster("prod-2", InstallationKind.SOFTWARE, "2026-10-01").on("2027-01-15");

      assertDecision(first.decide(), EntitlementStatus.NOT_ENTITLED,
          EntitlementReasons.SERVICE_EXPIRED);
      assertDecision(second.decide(), EntitlementStatus.ENTITLED, EntitlementReasons.COVERED);
    }

    @Test
    @DisplayName("ENT-5: the validity is the cluster's, from its first activation: the purchased duration runs once")
    void validityRunsFromTheClustersFirstActivation() {
      ServiceValidity validity = ServiceValidity.of(LocalDate.parse("2026-03-01"),
          LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));

      assertThat(validity.from()).isEqualTo("2026-03-01");
      assertThat(validity.until()).isEqualTo("2027-03-01");
      assertThat(validity.lastDay()).isEqualTo("2027-02-28");
      assertThat(validity.purchased()).isEqualTo(Period.ofYears(1));
      assertThat(validity.covers(LocalDate.parse("2026-02-28"))).isFalse();
      assertThat(validity.covers(LocalDate.parse("2027-03-01"))).isFalse();
    }
  }

  @Nested
  @DisplayName("Lifecycle")
  class LifecycleRules {

    @Test
    @DisplayName("ENT-2, LC-1: a product version without a lifecycle is not supported: not entitled")
    void unknownLifecycle() {
      Entitlement entitlement = entitled().lifecycle(null).decide();

      assertDecision(entitlement, EntitlementStatus.NOT_ENTITLED,
          EntitlementReasons.UNSUPPORTED_VERSION);
    }

    @Test
    @DisplayName("LC-1: a pre-release version is not entitled, even with extended maintenance on record")
    void preRelease() {
      Entitlement entitlement = entitled().lifecycle(LifecyclePhase.PRE_RELEASE).eam().decide();

      assertDecision(entitlement, EntitlementStatus.NOT_ENTITLED, EntitlementReasons.PRE_RELEASE);
      assertThat(entitlement.explanation()).contains("2023-06-01");
    }

    @Test
    @DisplayName("LC-4: a version past its end of support life is deprecated: best effort, no SLA clock, no code fix")
    void endedIsBestEffort() {
      Entitlement entitlement = entitled().lifecycle(LifecyclePhase.ENDED).decide();

      assertDecision(entitlement, EntitlementStatus.BEST_EFFORT, EntitlementReasons.VERSION_ENDED);
      assertThat(entitlement.status().slaClockRuns()).isFalse();
      assertThat(entitlement.codeFixesAllowedFor(1)).isFalse();
      assertThat(entitlement.explanation()).contains("2028-10-30", "best effort", "support manager");
    }

    @Test
    @DisplayName("LC-3: a customer on the latest release of its own line but not on the product's newest line gets "
        + "limited support and is told the upgrade target")
    void notOnLatestVersionOfTheProduct() {
      Entitlement entitlement = entitled().latest("5.0.7", "5.1.2").decide();

      assertDecision(entitlement, EntitlementStatus.LIMITED, EntitlementReasons.NOT_LATEST_VERSION);
      assertThat(entitlement.status().slaClockRuns()).isTrue();
      assertThat(entitlement.explanation()).contains("DCE 5.0.7", "Upgrade to 5.1.2");
    }

    @Test
    @DisplayName("LC-3: a customer behind its own line's latest maintenance release gets limited support, with the "
        + "product's latest version as the target")
    void notOnLatestMaintenance() {
      Entitlement entitlement = entitled().latest("5.0.9", "5.0.9").decide();

      assertDecision(entitlement, EntitlementStatus.LIMITED, EntitlementReasons.NOT_LATEST_VERSION);
      assertThat(entitlement.explanation()).contains("Upgrade to 5.0.9");
    }

    @Test
    @DisplayName("LC-3: a release line the catalogue does not know cannot be confirmed as latest: limited")
    void releaseUnknown() {
      Entitlement entitlement = entitled().latest(null, "5.1.2").decide();

      assertDecision(entitlement, EntitlementStatus.LIMITED, EntitlementReasons.RELEASE_UNKNOWN);
    }
  }

  @Nested
  @DisplayName("Extended maintenance")
  class ExtendedMaintenanceRules {

    @Test
    @DisplayName("EAM-4: past the end of standard support without an EAM contract: EAM required, no SLA clock; the "
        + "customer is told to sign and pay the arrears from the end of standard support to the day")
    void extendedWithoutEamRequiresEam() {
      Entitlement entitlement = entitled().lifecycle(LifecyclePhase.EXTENDED).on("2026-11-30").decide();

      assertDecision(entitlement, EntitlementStatus.EAM_REQUIRED, EntitlementReasons.NO_EAM_CONTRACT);
      assertThat(entitlement.status().slaClockRuns()).isFalse();
      assertThat(entitlement.explanation()).contains("arrears from 2026-06-01 to 2026-11-30", "waits");
    }

    @Test
    @DisplayName("EAM-2, EAM-4: past the end of standard support with an EAM contract: entitled with EAM's limits "
        + "(remote only, code fixes for Levels 1 and 2 only)")
    void extendedWithEam() {
      Entitlement entitlement = entitled().lifecycle(LifecyclePhase.EXTENDED).eam().decide();

      assertDecision(entitlement, EntitlementStatus.ENTITLED, EntitlementReasons.EXTENDED_MAINTENANCE);
      assertThat(entitlement.extendedMaintenance()).isTrue();
      assertThat(entitlement.onSiteAllowed()).isFalse();
      assertThat(entitlement.codeFixesAllowedFor(1)).isTrue();
      assertThat(entitlement.codeFixesAllowedFor(2)).isTrue();
      assertThat(entitlement.codeFixesAllowedFor(3)).isFalse();
      assertThat(entitlement.explanation()).contains("remote service only");
    }

    @Test
    @DisplayName("EAM-4: under an EAM contract the latest-version check of full support does not apply")
    void eamIsNotLimitedByTheLatestVersion() {
      Entitlement entitlement = entitled().latest("5.0.9", "5.1.2").eam().decide();
      assertDecision(entitlement, EntitlementStatus.LIMITED, EntitlementReasons.NOT_LATEST_VERSION);

      Entitlement extended = entitled().lifecycle(LifecyclePhase.EXTENDED).eam().decide();
      assertDecision(extended, EntitlementStatus.ENTITLED, EntitlementReasons.EXTENDED_MAINTENANCE);
    }

    @Test
    @DisplayName("LC-4: an EAM contract does not bring code maintenance back to a deprecated version")
    void endedStaysBestEffortWithEam() {
      assertDecision(entitled().lifecycle(LifecyclePhase.ENDED).eam().decide(), EntitlementStatus.BEST_EFFORT,
          EntitlementReasons.VERSION_ENDED);
    }

    @Test
    @DisplayName("EAM-2, ENT-3: EAM does not replace a paid maintenance order")
    void eamNeedsPaidFees() {
      Entitlement entitlement = entitled().order("2026-01-01", "2026-12-31", false, true)
          .lifecycle(LifecyclePhase.EXTENDED).eam().decide();

      assertDecision(entitlement, EntitlementStatus.NOT_ENTITLED, EntitlementReasons.FEES_UNPAID);
    }
  }

  @Nested
  @DisplayName("Every phase and service combination")
  class PhaseAndServiceTable {

    @ParameterizedTest(name = "{0}: {1}, order {2}, EAM contract {3}, latest version {4} -> {5} ({6})")
    @CsvSource(delimiter = '|', textBlock = """
        SVC-1       | FULL        | SNS      | false | true  | ENTITLED     | covered
        SVC-1       | FULL        | S360     | false | true  | ENTITLED     | covered
        SVC-1       | FULL        | SNS+PDS  | false | true  | ENTITLED     | covered
        SVC-1       | FULL        | PDS      | false | true  | NOT_ENTITLED | no-support-service
        SVC-1       | EXTENDED    | PDS      | true  | true  | NOT_ENTITLED | no-support-service
        LC-3        | FULL        | SNS      | false | false | LIMITED      | not-latest-version
        LC-3        | FULL        | S360     | false | false | LIMITED      | not-latest-version
        EAM-4       | EXTENDED    | SNS      | false | true  | EAM_REQUIRED | no-eam-contract
        EAM-4       | EXTENDED    | S360     | false | false | EAM_REQUIRED | no-eam-contract
        EAM-2       | EXTENDED    | SNS      | true  | true  | ENTITLED     | extended-maintenance
        EAM-2       | EXTENDED    | S360     | true  | false | ENTITLED     | extended-maintenance
        LC-4        | ENDED       | SNS      | false | true  | BEST_EFFORT  | version-ended
        LC-4        | ENDED       | S360     | true  | true  | BEST_EFFORT  | version-ended
        LC-1        | PRE_RELEASE | SNS      | true  | true  | NOT_ENTITLED | pre-release
        """)
    @DisplayName("ENT-2, LC-1, LC-3, LC-4, EAM-2, EAM-4, SVC-1: the entitlement of every lifecycle phase and service")
    void table(String rule, LifecyclePhase phase, String services, boolean eam, boolean onLatestVersion,
        EntitlementStatus status, String reason) {
      Facts facts = entitled().order("2026-01-01", "2026-12-31", true,
          OrderService.includeIncidentSupport(java.util.Arrays.stream(services.split("\\+"))
              .map(OrderService::valueOf).toList()));
      facts.lifecycle = Facts.phase(phase, "5.0.7", true, onLatestVersion ? "5.0.7" : "5.1.2", onLatestVersion);
      if (eam) {
        facts.eam();
      }

      assertDecision(facts.decide(), status, reason);
    }
  }

  @Test
  @DisplayName("CHG-5: a cluster returning after a lapse in its maintenance orders is not entitled until the overdue "
      + "fees are paid and it is re-certified")
  void lapseRequirementsOpen() {
    Entitlement entitlement = entitled().lapse("2025-07-01", "2026-01-01").decide();

    assertDecision(entitlement, EntitlementStatus.NOT_ENTITLED, EntitlementReasons.LAPSE_REQUIREMENTS_OPEN);
    assertThat(entitlement.explanation()).contains("2025-07-01", "2026-01-01", "overdue fees", "re-certification");
  }

  @Test
  @DisplayName("Unknown customers and clusters are not entitled, with their own reasons")
  void unknownCustomerOrCluster() {
    assertDecision(entitled().unknownCustomer().decide(), EntitlementStatus.NOT_ENTITLED,
        EntitlementReasons.UNKNOWN_CUSTOMER);
    assertDecision(entitled().noCluster().decide(), EntitlementStatus.NOT_ENTITLED,
        EntitlementReasons.UNKNOWN_INSTALLATION);
  }

  @Test
  @DisplayName("Purchased durations read as words")
  void durationsInWords() {
    assertThat(EntitlementRules.describe(Period.ofYears(1))).isEqualTo("1 year");
    assertThat(EntitlementRules.describe(Period.of(2, 0, 15))).isEqualTo("2 years and 15 days");
    assertThat(EntitlementRules.describe(Period.of(1, 6, 1))).isEqualTo("1 year, 6 months and 1 day");
  }
}
