package com.daocloud.support.decision;

import static com.daocloud.support.decision.DecisionCase.values;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The expected rows of every policy decision table, written from the policy's rules (docs/policy.md)
 * and the fixed names (docs/analysts.md, section 5) rather than from the tables. The unit tests evaluate them
 * on the standalone DMN engine; an integration test can send the same cases to
 * {@code POST /engine-rest/decision-definition/key/{key}/evaluate}.
 */
public final class DecisionCases {

  public static final String INCIDENT_LEVEL = "incident-level";
  public static final String RESPONSE_SLA = "response-sla";
  public static final String SUPPORT_LIFECYCLE = "support-lifecycle";
  public static final String SUPPORT_SCOPE = "support-scope";
  public static final String CUSTOMER_WAIT_LIMITS = "customer-wait-limits";
  public static final String CHANGE_NOTICE = "change-notice";
  public static final String EAM_ELIGIBILITY = "eam-eligibility";

  public static final List<String> DECISION_KEYS = List.of(INCIDENT_LEVEL, RESPONSE_SLA,
      SUPPORT_LIFECYCLE, SUPPORT_SCOPE, CUSTOMER_WAIT_LIMITS, CHANGE_NOTICE, EAM_ELIGIBILITY);

  static final String REMOTE = "customer-service,phone,remote";
  static final String ON_SITE = "customer-service,phone,remote,on-site";

  private DecisionCases() {
  }

  /** Every case of every decision, the no-match cases included. */
  public static Stream<DecisionCase> all() {
    return Stream.of(incidentLevel(), responseSla(), supportLifecycle(), supportLifecycleBoundaries(),
            supportLifecycleUnknown(), supportScope(), customerWaitLimits(), changeNotice(), eamEligibility())
        .flatMap(cases -> cases);
  }

  // 3.1 -------------------------------------------------------------------------------------------

  /** One case per rule of {@code incident-level}. */
  public static Stream<DecisionCase> incidentLevel() {
    return Stream.of(
        incident("LVL-1: a fault that takes production down without a workaround is level 1",
            "fault", "outage", false, false, 1),
        incident("LVL-1: a fault that loses data without a workaround is level 1, even with little impact",
            "fault", "partial", true, false, 1),
        incident("LVL-2: a fault that takes production down is level 2 when a workaround keeps business going",
            "fault", "degraded", false, true, 2),
        incident("LVL-2: a fault that loses data is level 2 when a workaround exists",
            "fault", "none", true, true, 2),
        incident("LVL-3: a fault in non-critical modules without data loss is level 3",
            "fault", "partial", false, false, 3),
        incident("LVL-4: a fault that leaves the system unaffected is level 4",
            "fault", "none", false, true, 4),
        incident("LVL-4: a usage question is level 4, whatever its impact",
            "usage-question", "outage", true, false, 4),
        incident("LVL-5: a suggestion is level 5, whatever its impact",
            "suggestion", "outage", true, false, 5));
  }

  static DecisionCase incident(String description, String requestType, String productionImpact,
      boolean dataLoss, boolean workaroundAvailable, int level) {
    return new DecisionCase(INCIDENT_LEVEL, description,
        values("requestType", requestType, "productionImpact", productionImpact, "dataLoss", dataLoss,
            "workaroundAvailable", workaroundAvailable),
        values("level", level));
  }

  // 3.2 -------------------------------------------------------------------------------------------

  /** RSP-1's table, one case per cell. */
  public static Stream<DecisionCase> responseSla() {
    return Stream.of(
        sla(1, "standard", "PT4H", "24x7", REMOTE, null),
        sla(1, "premium", "PT2H", "24x7", ON_SITE, null),
        sla(1, "professional", "PT1H", "24x7", ON_SITE, null),
        sla(2, "standard", "PT8H", "5x8", REMOTE, null),
        sla(2, "premium", "PT4H", "24x7", ON_SITE, null),
        sla(2, "professional", "PT2H", "24x7", ON_SITE, null),
        sla(3, "standard", "P2D", "5x8", REMOTE, null),
        sla(3, "premium", "P1D", "5x8", REMOTE, null),
        sla(3, "professional", "PT4H", "5x8", ON_SITE, null),
        sla(4, "standard", "P4D", "5x8", REMOTE, null),
        sla(4, "premium", "P2D", "5x8", REMOTE, null),
        sla(4, "professional", "P1D", "5x8", ON_SITE, null),
        sla(5, "standard", null, null, REMOTE, "none"),
        sla(5, "premium", null, null, REMOTE, "regular"),
        sla(5, "professional", null, null, ON_SITE, "monthly"));
  }

  static DecisionCase sla(int level, String serviceTier, String responseTime, String coverage,
      String channels, String discussionCadence) {
    String onSite = channels.equals(ON_SITE) ? ", on-site" : "";
    String description = level < 5
        ? "RSP-1: level %d %s is answered within %s, %s%s".formatted(level, serviceTier, responseTime,
            coverage, onSite)
        : "RSP-1, LVL-5: a %s suggestion has no response time and a discussion cadence of %s%s"
            .formatted(serviceTier, discussionCadence, onSite);
    return new DecisionCase(RESPONSE_SLA, description,
        values("level", level, "serviceTier", serviceTier),
        values("responseTime", responseTime, "coverage", coverage, "channels", channels,
            "discussionCadence", discussionCadence));
  }

  // 3.3 -------------------------------------------------------------------------------------------

  /** LC-1: GA, end of standard support, end of support life of each known major version. */
  public static final Map<Integer, List<String>> LIFECYCLE_DATES = Map.of(
      5, List.of("2023-06-01", "2026-06-01", "2028-10-30"),
      4, List.of("2020-03-31", "2023-03-31", "2025-03-31"),
      3, List.of("2018-07-15", "2021-07-30", "2023-07-30"));

  /** One case per rule of {@code support-lifecycle}: each phase of each major, on a day inside it. */
  public static Stream<DecisionCase> supportLifecycle() {
    return Stream.of(
        lifecycle(5, "2023-01-15", "pre-release", "is in pre-release before its GA"),
        lifecycle(5, "2025-11-26", "full", "has full support between GA and the end of standard support"),
        lifecycle(5, "2027-06-01", "extended", "is in extended maintenance only after the end of standard support"),
        lifecycle(5, "2030-01-01", "ended", "has ended after the end of support life"),
        lifecycle(4, "2019-12-31", "pre-release", "is in pre-release before its GA"),
        lifecycle(4, "2021-06-15", "full", "has full support between GA and the end of standard support"),
        lifecycle(4, "2024-02-29", "extended", "is in extended maintenance only after the end of standard support"),
        lifecycle(4, "2025-11-26", "ended", "has ended after the end of support life"),
        lifecycle(3, "2017-01-01", "pre-release", "is in pre-release before its GA"),
        lifecycle(3, "2020-01-01", "full", "has full support between GA and the end of standard support"),
        lifecycle(3, "2022-07-30", "extended", "is in extended maintenance only after the end of standard support"),
        lifecycle(3, "2025-11-26", "ended", "has ended after the end of support life"));
  }

  /**
   * LC-1 on the days where the phase changes: each phase starts on its date, the day before still
   * belongs to the previous phase.
   */
  public static Stream<DecisionCase> supportLifecycleBoundaries() {
    List<DecisionCase> cases = new ArrayList<>();
    for (int major : List.of(5, 4, 3)) {
      List<String> dates = LIFECYCLE_DATES.get(major);
      String ga = dates.get(0);
      String eoss = dates.get(1);
      String eosl = dates.get(2);
      cases.add(lifecycle(major, dayBefore(ga), "pre-release", "is in pre-release on the day before GA"));
      cases.add(lifecycle(major, ga, "full", "has full support from its GA day"));
      cases.add(lifecycle(major, dayBefore(eoss), "full", "has full support on the day before the end of standard support"));
      cases.add(lifecycle(major, eoss, "extended", "is in extended maintenance only from the end of standard support"));
      cases.add(lifecycle(major, dayBefore(eosl), "extended", "is in extended maintenance only on the day before the end of support life"));
      cases.add(lifecycle(major, eosl, "ended", "has ended on the day support life ends"));
    }
    return cases.stream();
  }

  /** LC-1, LC-2: only the majors of LC-1 of the product {@code dce} are known; others match no rule. */
  public static Stream<DecisionCase> supportLifecycleUnknown() {
    return Stream.of(
        new DecisionCase(SUPPORT_LIFECYCLE, "LC-1, LC-2: an unknown major version (DCE 2) matches no rule",
            values("product", "dce", "majorVersion", 2, "onDate", "2025-11-26"), values()),
        new DecisionCase(SUPPORT_LIFECYCLE, "LC-1, LC-2: an unknown major version (DCE 6) matches no rule",
            values("product", "dce", "majorVersion", 6, "onDate", "2025-11-26"), values()),
        new DecisionCase(SUPPORT_LIFECYCLE, "LC-1: an unknown product matches no rule",
            values("product", "other", "majorVersion", 5, "onDate", "2025-11-26"), values()));
  }

  static DecisionCase lifecycle(int major, String onDate, String phase, String sentence) {
    List<String> dates = LIFECYCLE_DATES.get(major);
    return new DecisionCase(SUPPORT_LIFECYCLE, "LC-1: DCE %d %s (%s is %s)".formatted(major, sentence, onDate, phase),
        values("product", "dce", "majorVersion", major, "onDate", onDate),
        values("phase", phase, "gaDate", dates.get(0), "eossDate", dates.get(1), "eoslDate", dates.get(2)));
  }

  private static String dayBefore(String isoDate) {
    return LocalDate.parse(isoDate).minusDays(1).toString();
  }

  // 3.4 -------------------------------------------------------------------------------------------

  /** The inputs of {@code support-scope}, in their fixed order (docs/analysts.md). */
  public static final List<String> SCOPE_FLAGS = List.of("securityRisk", "unauthorizedMaintenance",
      "unauthorizedModification", "majorCustomerChange", "technicalPreview", "previewSupportAgreed",
      "thirdPartyCause");

  /** One case per rule of {@code support-scope}, each with only its own flag set. */
  public static Stream<DecisionCase> supportScope() {
    return Stream.of(
        scope("SCP-3: a service that would pose a security risk is declined",
            List.of("securityRisk"), "declined", "security-risk"),
        scope("SCP-1: unauthorised maintenance is out of scope",
            List.of("unauthorizedMaintenance"), "out-of-scope", "unauthorized-maintenance"),
        scope("SCP-1: modified software is out of scope",
            List.of("unauthorizedModification"), "out-of-scope", "modified-software"),
        scope("SCP-1: a major change made by the customer is out of scope",
            List.of("majorCustomerChange"), "out-of-scope", "major-customer-change"),
        scope("SCP-1: a technical preview feature without agreed support is out of scope",
            List.of("technicalPreview"), "out-of-scope", "technical-preview"),
        scope("SCP-1: a technical preview feature with agreed support is covered",
            List.of("technicalPreview", "previewSupportAgreed"), "in-scope", "covered"),
        scope("SCP-1: a fault caused by third-party software or hardware is out of scope",
            List.of("thirdPartyCause"), "out-of-scope", "third-party"),
        scope("SCP-1: a request that none of the exclusions touches is covered",
            List.of(), "in-scope", "covered"));
  }

  static DecisionCase scope(String description, List<String> flagsSet, String scope, String reason) {
    Map<String, Object> inputs = values();
    SCOPE_FLAGS.forEach(flag -> inputs.put(flag, flagsSet.contains(flag)));
    return new DecisionCase(SUPPORT_SCOPE, description, inputs, values("scope", scope, "reason", reason));
  }

  // 3.5 -------------------------------------------------------------------------------------------

  public static Stream<DecisionCase> customerWaitLimits() {
    return Stream.of(
        waitLimits(1, "P1D", "CLS-4: a level 1 customer has P1D to provide information; CLS-2: P7D to object"),
        waitLimits(2, "P3D", "CLS-4: a level 2 customer has P3D to provide information; CLS-2: P7D to object"),
        waitLimits(3, "P7D", "CLS-4: a level 3 customer has 7 days (P7D) to provide information; CLS-2: P7D to object"),
        waitLimits(4, "P14D", "CLS-4: a level 4 customer has 14 days (P14D) to provide information; CLS-2: P7D to object"),
        waitLimits(5, "P30D", "CLS-4: a level 5 customer has P30D to provide information; CLS-2: P7D to object"));
  }

  static DecisionCase waitLimits(int level, String informationWait, String description) {
    return new DecisionCase(CUSTOMER_WAIT_LIMITS, description, values("level", level),
        values("informationWait", informationWait, "confirmationWait", "P7D"));
  }

  // 3.6 -------------------------------------------------------------------------------------------

  public static Stream<DecisionCase> changeNotice() {
    return Stream.of(
        notice("CHG-1: a production change needs 28 days' notice; a late one goes to manager review",
            "production-change", 28, "manager-review"),
        notice("CHG-4: moving a product needs 30 days' notice; a late one may cost additional fees",
            "product-move", 30, "additional-fees"),
        notice("CHG-4: adding a product needs 30 days' notice; a late one may cost additional fees",
            "product-addition", 30, "additional-fees"),
        notice("CHG-4: removing a product needs 30 days' notice; a late one may cost additional fees",
            "product-removal", 30, "additional-fees"),
        notice("CHG-4: changing the service time needs 30 days' notice; a late one may cost additional fees",
            "service-time-change", 30, "additional-fees"));
  }

  static DecisionCase notice(String description, String changeType, int minimumNoticeDays,
      String lateNoticeHandling) {
    return new DecisionCase(CHANGE_NOTICE, description, values("changeType", changeType),
        values("minimumNoticeDays", minimumNoticeDays, "lateNoticeHandling", lateNoticeHandling));
  }

  // 3.7 -------------------------------------------------------------------------------------------

  /** The boolean inputs of {@code eam-eligibility}, in their fixed order (docs/analysts.md). */
  public static final List<String> EAM_CONDITIONS = List.of("stableEnvironment", "supportedConfiguration",
      "onLatestMaintenanceVersion", "willingToUpgrade");

  /** One case per rule of {@code eam-eligibility}, each failing only its own condition. */
  public static Stream<DecisionCase> eamEligibility() {
    return Stream.of(
        eam("EAM-3: an unstable environment is not eligible", "stableEnvironment", 1, false,
            "unstable-environment"),
        eam("EAM-3: an unsupported configuration is not eligible", "supportedConfiguration", 1, false,
            "unsupported-configuration"),
        eam("EAM-3: a customer not on the latest maintenance version is not eligible",
            "onLatestMaintenanceVersion", 1, false, "not-latest-maintenance-version"),
        eam("EAM-3: a customer unwilling to upgrade is not eligible", "willingToUpgrade", 1, false,
            "upgrade-declined"),
        eam("EAM-1: less than one year of extended maintenance is an invalid term", null, 0, false,
            "invalid-term"),
        eam("EAM-1: more than two years of extended maintenance is not sold", null, 3, false,
            "beyond-two-years"),
        eam("EAM-1, EAM-3: one year with every condition met is eligible", null, 1, true, "eligible"),
        eam("EAM-1, EAM-3: two years with every condition met is eligible", null, 2, true, "eligible"));
  }

  static DecisionCase eam(String description, String failedCondition, int eamYears, boolean eligible,
      String reason) {
    Map<String, Object> inputs = values();
    EAM_CONDITIONS.forEach(condition -> inputs.put(condition, !condition.equals(failedCondition)));
    inputs.put("eamYears", eamYears);
    return new DecisionCase(EAM_ELIGIBILITY, description, inputs, values("eligible", eligible, "reason", reason));
  }
}
