package com.daocloud.support.deployment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What CONTRACT §3 fixes about one decision: its key, the contract section, the policy rules it
 * implements, and the names of its inputs and outputs (exact, as callers use them).
 *
 * @param key       decision id = key, e.g. {@code response-sla}
 * @param section   the contract section, e.g. {@code CONTRACT §3.2}
 * @param policyIds the POLICY ids, e.g. {@code RSP-1}; a violation of the contract's shape names them
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

  /** The seven decisions of CONTRACT §3, by key. */
  public static final Map<String, DecisionContract> ALL = List.of(
      new DecisionContract(INCIDENT_LEVEL, "CONTRACT §3.1", "LVL-1..5",
          List.of("requestType", "productionImpact", "dataLoss", "workaroundAvailable"),
          List.of("level")),
      new DecisionContract(RESPONSE_SLA, "CONTRACT §3.2", "RSP-1",
          List.of("level", "serviceTier"),
          List.of("responseTime", "coverage", "channels", "discussionCadence")),
      new DecisionContract(SUPPORT_LIFECYCLE, "CONTRACT §3.3", "LC-1",
          List.of("product", "majorVersion", "onDate"),
          List.of("phase", "gaDate", "eossDate", "eoslDate")),
      new DecisionContract(SUPPORT_SCOPE, "CONTRACT §3.4", "SCP-1, SCP-3",
          List.of("securityRisk", "unauthorizedMaintenance", "unauthorizedModification",
              "majorCustomerChange", "technicalPreview", "previewSupportAgreed", "thirdPartyCause"),
          List.of("scope", "reason")),
      new DecisionContract(CUSTOMER_WAIT_LIMITS, "CONTRACT §3.5", "CLS-2, CLS-4",
          List.of("level"),
          List.of("informationWait", "confirmationWait")),
      new DecisionContract(CHANGE_NOTICE, "CONTRACT §3.6", "CHG-1, CHG-4",
          List.of("changeType"),
          List.of("minimumNoticeDays", "lateNoticeHandling")),
      new DecisionContract(EAM_ELIGIBILITY, "CONTRACT §3.7", "EAM-1, EAM-3",
          List.of("stableEnvironment", "supportedConfiguration", "onLatestMaintenanceVersion",
              "willingToUpgrade", "eamYears"),
          List.of("eligible", "reason")))
      .stream().collect(Collectors.toUnmodifiableMap(DecisionContract::key, Function.identity()));

  /** How a violation of this contract's shape is labelled: the policy ids and the section. */
  public String rule() {
    return policyIds + " (" + section + ")";
  }
}
