package com.daocloud.support.deployment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What callers rely on about one decision (docs/analysts.md, section 5): its key, where that is written,
 * the policy rules it implements, and the names of its inputs and outputs (exact, as callers use them).
 *
 * @param key       decision id = key, e.g. {@code response-sla}
 * @param section   where the names are written, {@code docs/analysts.md, section 5}
 * @param policyIds the rule ids of docs/policy.md, e.g. {@code RSP-1}; a violation of the shape names them
 * @param inputs    input expression texts (variable names) callers provide
 * @param outputs   output names callers read
 */
public record DecisionContract(String key, String section, String policyIds, List<String> inputs,
    List<String> outputs) {

  public static final String INCIDENT_LEVEL = "incident-level";
  public static final String RESPONSE_SLA = "response-sla";
  public static final String SUPPORT_LIFECYCLE = "support-lifecycle";
  public static final String SUPPORT_SCOPE = "support-scope";
  public static final String CUSTOMER_WAIT_LIMITS = "customer-wait-limits";
  public static final String CHANGE_NOTICE = "change-notice";
  public static final String EAM_ELIGIBILITY = "eam-eligibility";
  public static final String S360_SERVICES = "s360-services";

  /** The policy decisions, by key. */
  public static final Map<String, DecisionContract> ALL = List.of(
      new DecisionContract(INCIDENT_LEVEL, "docs/analysts.md, section 5", "LVL-1..5",
          List.of("requestType", "productionImpact", "dataLoss", "workaroundAvailable"),
          List.of("level")),
      new DecisionContract(RESPONSE_SLA, "docs/analysts.md, section 5", "RSP-1",
          List.of("level", "serviceTier"),
          List.of("responseTime", "coverage", "channels", "discussionCadence")),
      new DecisionContract(SUPPORT_LIFECYCLE, "docs/analysts.md, section 5", "LC-1",
          List.of("product", "majorVersion", "onDate"),
          List.of("phase", "gaDate", "eossDate", "eoslDate")),
      new DecisionContract(SUPPORT_SCOPE, "docs/analysts.md, section 5", "SCP-1, SCP-3",
          List.of("securityRisk", "unauthorizedMaintenance", "unauthorizedModification",
              "majorCustomerChange", "technicalPreview", "previewSupportAgreed", "thirdPartyCause"),
          List.of("scope", "reason")),
      new DecisionContract(CUSTOMER_WAIT_LIMITS, "docs/analysts.md, section 5", "CLS-2, CLS-4",
          List.of("level"),
          List.of("informationWait", "confirmationWait")),
      new DecisionContract(CHANGE_NOTICE, "docs/analysts.md, section 5", "CHG-1, CHG-4",
          List.of("changeType"),
          List.of("minimumNoticeDays", "lateNoticeHandling")),
      new DecisionContract(EAM_ELIGIBILITY, "docs/analysts.md, section 5", "EAM-1, EAM-3",
          List.of("stableEnvironment", "supportedConfiguration", "onLatestMaintenanceVersion",
              "willingToUpgrade", "eamYears"),
          List.of("eligible", "reason")),
      new DecisionContract(S360_SERVICES, "docs/analysts.md, section 5", "SVC-2",
          List.of("serviceTier"),
          List.of("inspectionInterval")))
      .stream().collect(Collectors.toUnmodifiableMap(DecisionContract::key, Function.identity()));

  /** How a violation of this shape is labelled: the policy ids and where the names are written. */
  public String rule() {
    return policyIds + " (" + section + ")";
  }
}
