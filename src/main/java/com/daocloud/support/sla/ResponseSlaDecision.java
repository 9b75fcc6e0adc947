package com.daocloud.support.sla;

import com.daocloud.support.decision.DeployedDecisions;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The response terms of the deployed {@code response-sla} decision (RSP-1). Every call asks for the
 * latest deployed version, so an analyst's new table applies at once, without a restart; it then
 * evaluates exactly that version by id, so the version it reports is the one that answered.
 */
@Component
public class ResponseSlaDecision implements ResponseTermsLookup {

  public static final String DECISION_KEY = "response-sla";

  static final String IN_LEVEL = "level";
  static final String IN_SERVICE_TIER = "serviceTier";

  private final DeployedDecisions decisions;

  public ResponseSlaDecision(DeployedDecisions decisions) {
    this.decisions = decisions;
  }

  /**
   * @throws IllegalStateException if no {@code response-sla} is deployed or its table has no rule for the
   *         level and tier (callers validate level 1..5 and the tier first, so this is a broken table)
   */
  @Override
  public ResponseTerms terms(int level, String serviceTier) {
    DeployedDecisions.Answer answer = decisions.evaluate(DECISION_KEY, Map.of(IN_LEVEL, level,
        IN_SERVICE_TIER, serviceTier));
    Map<String, Object> outputs = answer.singleRow();
    if (outputs == null) {
      throw new IllegalStateException(DECISION_KEY + " v" + answer.version()
          + " has no rule for level " + level + " and tier " + serviceTier);
    }
    return ResponseTerms.of(level, serviceTier, outputs, answer.definitionId(), answer.version());
  }
}
