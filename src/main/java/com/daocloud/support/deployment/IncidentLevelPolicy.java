package com.daocloud.support.deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LVL-1..5 for {@code incident-level}: every combination of the input domain
 * (3 request types × 4 production impacts × data loss × workaround = 48) is classified into exactly
 * one level 1..5. The hit policy is respected: UNIQUE needs exactly one matching rule (the engine
 * refuses an overlap), FIRST at least one, ANY rules that agree; COLLECT and the ORDER policies
 * must still give one answer, because an incident has one level.
 */
final class IncidentLevelPolicy implements PolicyGate.DecisionPolicy {

  static final String RULE = "LVL-1..5";
  static final String REQUEST_TYPE = "requestType";
  static final String PRODUCTION_IMPACT = "productionImpact";
  static final String DATA_LOSS = "dataLoss";
  static final String WORKAROUND_AVAILABLE = "workaroundAvailable";
  static final String LEVEL = "level";
  static final List<String> REQUEST_TYPES = List.of("fault", "usage-question", "suggestion");
  static final List<String> PRODUCTION_IMPACTS = List.of("outage", "degraded", "partial", "none");
  static final List<Boolean> BOOLEANS = List.of(true, false);

  @Override
  public void check(CandidateDecision decision) {
    for (String requestType : REQUEST_TYPES) {
      for (String impact : PRODUCTION_IMPACTS) {
        for (boolean dataLoss : BOOLEANS) {
          for (boolean workaround : BOOLEANS) {
            Map<String, Object> inputs = new LinkedHashMap<>();
            inputs.put(REQUEST_TYPE, requestType);
            inputs.put(PRODUCTION_IMPACT, impact);
            inputs.put(DATA_LOSS, dataLoss);
            inputs.put(WORKAROUND_AVAILABLE, workaround);
            checkCombination(decision, inputs);
          }
        }
      }
    }
  }

  private static void checkCombination(CandidateDecision decision, Map<String, Object> inputs) {
    CandidateDecision.Answer answer = decision.evaluate(inputs);
    String where = CandidateDecision.describe(inputs);
    if (answer.problem() != null) {
      decision.refuse(RULE, where + ": " + answer.problem() + "; every combination must yield "
          + "exactly one level");
      return;
    }
    Object level = answer.single().get(LEVEL);
    if (!(level instanceof Number number) || number.doubleValue() != number.intValue()
        || number.intValue() < 1 || number.intValue() > 5) {
      decision.refuse(RULE, where + ": level is " + level + "; levels are 1 to 5");
    }
  }
}
