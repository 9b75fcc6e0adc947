package com.daocloud.support.entitlement;

import com.daocloud.support.customer.ExtendedMaintenanceContracts;
import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.customer.CustomerDirectory;
import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.lifecycle.LifecycleDecision;
import com.daocloud.support.sla.CalendarUsage;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The entitlement service on stored customers, the deployed lifecycle decision and PostgreSQL. */
@IntegrationTest
class EntitlementServiceIT {

  static final LocalDate NOV_26 = LocalDate.parse("2026-11-26");

  @LocalServerPort
  int port;

  @Autowired
  EntitlementCheck entitlementCheck;

  @Autowired
  CustomerService customers;

  @Autowired
  LifecycleDecision lifecycle;

  EntitlementAtIntake entitlement;

  @BeforeEach
  void atIntake() {
    entitlement = new EntitlementAtIntake(entitlementCheck, customers, lifecycle);
  }

  @Autowired
  ExtendedMaintenanceContracts eam;

  @Autowired
  CustomerDirectory directory;

  @Autowired
  CalendarUsage calendarUsage;

  @Autowired
  DecisionService decisionService;

  void putCustomer(String id, boolean feesPaid, String version, String activatedOn) {
    Api.Response response = Api.as(port, "demo").put("/api/customers/" + id, """
        {"name": "%s", "serviceTier": "standard", "timeZone": "Asia/Shanghai",
         "maintenanceOrder": {"start": "2026-01-01", "end": "2026-12-31", "feesPaid": %s,
                              "services": ["SNS"]},
         "installations": [{"cluster": "prod-1", "product": "dce", "version": "%s",
                            "kind": "software", "activatedOn": "%s"}]}
        """.formatted(id, feesPaid, version, activatedOn));
    assertThat(response.status()).as(response.body()).isIn(200, 201);
  }

  @Test
  @DisplayName("EAM-4, EAM-2: on 2026-11-26, after DCE 5's end of standard support, the demo customer globex (no EAM "
      + "contract) must sign one and pay the arrears; acme, which holds one for prod-1, is entitled under it")
  void demoCustomersAfterStandardSupport() {
    Entitlement globex = entitlement.check("globex", "prod-1", NOV_26);
    assertThat(globex.status()).isEqualTo(EntitlementStatus.EAM_REQUIRED);
    assertThat(globex.reason()).isEqualTo(EntitlementReasons.NO_EAM_CONTRACT);
    assertThat(globex.explanation()).contains("arrears from 2026-06-01 to 2026-11-26");

    Entitlement acme = entitlement.check("acme", "prod-1", NOV_26);
    assertThat(acme.status()).isEqualTo(EntitlementStatus.ENTITLED);
    assertThat(acme.reason()).isEqualTo(EntitlementReasons.EXTENDED_MAINTENANCE);
  }

  @Test
  @DisplayName("ENT-1, ENT-4: a demo customer is entitled in full support before 2026-06-01, not before its order")
  void demoCustomerInFullSupport() {
    int year = LocalDate.now().getYear();
    if (year == 2026) {
      assertThat(entitlement.check("globex", "prod-1", LocalDate.parse("2026-03-02")).reason())
          .isEqualTo(EntitlementReasons.COVERED);
    }
    assertThat(entitlement.check("globex", "prod-1", LocalDate.of(year - 1, 12, 31)).reason())
        .isEqualTo(EntitlementReasons.NO_MAINTENANCE_ORDER);
  }

  @Test
  @DisplayName("ENT-3: unpaid fees on a stored order: not entitled")
  void unpaid() {
    putCustomer("it-ent-unpaid", false, "5.0.7", "2026-01-01");

    Entitlement result = entitlement.check("it-ent-unpaid", "prod-1", NOV_26);

    assertThat(result.status()).isEqualTo(EntitlementStatus.NOT_ENTITLED);
    assertThat(result.reason()).isEqualTo(EntitlementReasons.FEES_UNPAID);
  }

  @Test
  @DisplayName("ENT-4: after the purchased year from activation the service has expired")
  void expired() {
    putCustomer("it-ent-expired", true, "5.0.7", "2025-03-01");

    Entitlement result = entitlement.check("it-ent-expired", "prod-1", LocalDate.parse("2027-01-04"));

    assertThat(result.status()).isEqualTo(EntitlementStatus.NOT_ENTITLED);
    assertThat(result.reason()).isEqualTo(EntitlementReasons.SERVICE_EXPIRED);
  }

  @Test
  @DisplayName("LC-4: DCE 4 has ended on 2026-11-26: best effort, and an EAM contract does not change that")
  void endedIsBestEffort() {
    putCustomer("it-ent-ended", true, "4.0.9", "2026-01-01");

    Entitlement ended = entitlement.check("it-ent-ended", "prod-1", NOV_26);
    assertThat(ended.status()).isEqualTo(EntitlementStatus.BEST_EFFORT);
    assertThat(ended.reason()).isEqualTo(EntitlementReasons.VERSION_ENDED);

    eam.record("it-ent-ended", "prod-1", LocalDate.parse("2026-11-01"), LocalDate.parse("2027-11-01"), "IT-EAM-1");
    assertThat(entitlement.check("it-ent-ended", "prod-1", NOV_26).status()).isEqualTo(EntitlementStatus.BEST_EFFORT);
  }

  @Test
  @DisplayName("EAM-4, EAM-2: DCE 5 after its end of standard support needs EAM until a contract covers the cluster on "
      + "the day")
  void extendedThenUnderEam() {
    putCustomer("it-ent-extended", true, "5.0.7", "2026-01-01");

    assertThat(entitlement.check("it-ent-extended", "prod-1", NOV_26).status())
        .isEqualTo(EntitlementStatus.EAM_REQUIRED);

    // A contract that ended the day before (its end is the first day no longer covered) leaves a gap.
    eam.record("it-ent-extended", "prod-1", LocalDate.parse("2026-06-01"), NOV_26, "IT-EAM-2");
    assertThat(entitlement.check("it-ent-extended", "prod-1", NOV_26).status())
        .isEqualTo(EntitlementStatus.EAM_REQUIRED);
    Entitlement extended = entitlement.check("it-ent-extended", "prod-1", NOV_26.minusDays(1));
    assertThat(extended.status()).isEqualTo(EntitlementStatus.ENTITLED);
    assertThat(extended.reason()).isEqualTo(EntitlementReasons.EXTENDED_MAINTENANCE);
    assertThat(extended.extendedMaintenance()).isTrue();
  }

  @Test
  @DisplayName("ENT-2: a version without a lifecycle (DCE 9) is not entitled; unknown customers and clusters neither")
  void unknowns() {
    putCustomer("it-ent-future", true, "9.0.0", "2026-01-01");

    assertThat(entitlement.check("it-ent-future", "prod-1", NOV_26).reason())
        .isEqualTo(EntitlementReasons.UNSUPPORTED_VERSION);
    assertThat(entitlement.check("it-ent-future", "prod-9", NOV_26).reason())
        .isEqualTo(EntitlementReasons.UNKNOWN_INSTALLATION);
    assertThat(entitlement.check("no-such-customer", "prod-1", NOV_26).reason())
        .isEqualTo(EntitlementReasons.UNKNOWN_CUSTOMER);
  }

  @Test
  @DisplayName("CUS-1: the directory gives incident handling a customer's tier, zone, calendar and two administrators")
  void directory() {
    CustomerProfile acme = directory.find("acme").orElseThrow();

    assertThat(acme.serviceTier()).isEqualTo("professional");
    assertThat(acme.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(acme.calendarId()).isEqualTo("cn-2026");
    assertThat(acme.administrators()).hasSize(2);
    assertThat(directory.customerOfUser("acme-user")).contains("acme");
    assertThat(directory.customerOfUser("globex-user")).contains("globex");
    assertThat(directory.customerOfUser("engineer")).isEmpty();
    assertThat(directory.find("no-such-customer")).isEmpty();
    assertThat(calendarUsage.isCalendarUsed("cn-2026")).isTrue();
    assertThat(calendarUsage.isCalendarUsed("never-used")).isFalse();
  }

  @Test
  @DisplayName("LC-5: modified software is no matter of version: entitlement stays with the version, the deployed support-scope puts it out of scope")
  void modifiedSoftwareIsOutOfScope() {
    // Entitlement cannot see a modification; the engineer records it at first contact
    // (the first contact's unauthorizedModification, LC-5) and support-scope decides.
    assertThat(entitlement.check("acme", "prod-1", NOV_26).status().slaClockRuns()).isTrue();

    Map<String, Object> scope = decisionService.evaluateDecisionByKey("support-scope")
        .variables(Map.of("securityRisk", false, "unauthorizedMaintenance", false,
            "unauthorizedModification", true, "majorCustomerChange", false,
            "technicalPreview", false, "previewSupportAgreed", false, "thirdPartyCause", false))
        .evaluate().getSingleResult().getEntryMap();

    assertThat(scope).containsEntry("scope", "out-of-scope").containsEntry("reason", "modified-software");
  }
}
