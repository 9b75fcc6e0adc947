package com.daocloud.support.eam;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The deployed {@code eam-eligibility} decision (EAM-1, EAM-3). */
@Component
public class EamEligibilityDecision {

  public static final String DECISION_KEY = "eam-eligibility";

  /** The decision's answer: eligible, and why (or why not). */
  public record Outcome(boolean eligible, String reason) {
  }

  private final DecisionService decisions;

  public EamEligibilityDecision(DecisionService decisions) {
    this.decisions = decisions;
  }

  public Outcome evaluate(boolean stableEnvironment, boolean supportedConfiguration,
      boolean onLatestMaintenanceVersion, boolean willingToUpgrade, int eamYears) {
    DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(DECISION_KEY, Map.of(
        "stableEnvironment", stableEnvironment,
        "supportedConfiguration", supportedConfiguration,
        "onLatestMaintenanceVersion", onLatestMaintenanceVersion,
        "willingToUpgrade", willingToUpgrade,
        "eamYears", eamYears)).getFirstResult();
    if (row == null || row.getEntry("eligible") == null) {
      throw new IllegalStateException("Decision " + DECISION_KEY + " gave no answer");
    }
    return new Outcome((Boolean) row.getEntry("eligible"), row.getEntry("reason"));
  }
}
