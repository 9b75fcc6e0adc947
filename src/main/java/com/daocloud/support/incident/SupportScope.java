package com.daocloud.support.incident;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * SCP-1, SCP-3, SCP-5: whether a request is in the scope of support. The deployed {@code support-scope}
 * decision (SCP-1, SCP-3) decides over its seven facts; a fact nobody ticked counts as false.
 *
 * <p>SCP-5 (virus damage is not covered) is not one of the decision's fixed inputs (docs/analysts.md), and
 * adding one would break every caller of the decision's REST evaluation; it is applied after the decision:
 * a request the decision finds in scope is out of scope when it concerns virus damage.
 */
@Component
public class SupportScope {

  public static final String DECISION_KEY = "support-scope";
  /** The decision's inputs (docs/analysts.md, section 5). */
  public static final List<String> INPUTS = List.of("securityRisk", "unauthorizedMaintenance",
      "unauthorizedModification", "majorCustomerChange", "technicalPreview", "previewSupportAgreed",
      "thirdPartyCause");
  public static final String IN_SCOPE = "in-scope";
  public static final String OUT_OF_SCOPE = "out-of-scope";
  public static final String DECLINED = "declined";
  public static final String REASON_VIRUS_DAMAGE = "virus-damage";

  private final DecisionService decisions;

  public SupportScope(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** {@code scope}: in-scope | out-of-scope | declined; {@code reason} as the decision names it. */
  public record Verdict(String scope, String reason) {
  }

  /** @param facts the decision's inputs by name (missing or null = false) */
  public Verdict check(Map<String, Boolean> facts, boolean virusDamage) {
    Map<String, Object> inputs = new HashMap<>();
    for (String input : INPUTS) {
      inputs.put(input, Boolean.TRUE.equals(facts.get(input)));
    }
    var result = decisions.evaluateDecisionTableByKey(DECISION_KEY, inputs).getSingleResult();
    if (result == null || result.getEntry("scope") == null) {
      throw new IllegalStateException("Decision " + DECISION_KEY + " gave no scope for " + inputs);
    }
    Verdict verdict = new Verdict(result.getEntry("scope"), result.getEntry("reason"));
    if (virusDamage && IN_SCOPE.equals(verdict.scope())) {
      return new Verdict(OUT_OF_SCOPE, REASON_VIRUS_DAMAGE);
    }
    return verdict;
  }

  /** What the customer reads about a reason (SCP-1, SCP-3, SCP-5). */
  public static String explain(String reason) {
    return switch (reason == null ? "" : reason) {
      case "security-risk" -> "the requested service would pose a security risk, so it is not provided (SCP-3)";
      case "unauthorized-maintenance" -> "the problem follows unauthorised or illegal maintenance (SCP-1)";
      case "modified-software" -> "the software was modified without authorisation (SCP-1, LC-5)";
      case "major-customer-change" -> "the problem follows a major change made by the customer (SCP-1)";
      case "technical-preview" -> "it concerns a technical preview feature whose support was not agreed (SCP-1)";
      case "third-party" -> "it is caused by third-party software or hardware; support helps identify it, and the"
          + " supplier fixes it (SCP-1)";
      case REASON_VIRUS_DAMAGE -> "virus damage and the data loss it causes are not covered, and support gives no"
          + " antivirus advice (SCP-5)";
      default -> reason;
    };
  }
}
