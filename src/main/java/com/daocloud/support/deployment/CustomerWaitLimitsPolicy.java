package com.daocloud.support.deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CLS-2 and CLS-4 for {@code customer-wait-limits}: every level 1..5 has exactly one
 * rule with both waits, and the waits the policy itself fixes stay fixed: the customer has 7 days at
 * Level 3 and 14 days at Level 4 to provide requested information (CLS-4). The other levels' waits
 * are the analysts' choice.
 */
final class CustomerWaitLimitsPolicy implements PolicyGate.DecisionPolicy {

  static final String RULE_CLOSURE = "CLS-2, CLS-4";
  static final String RULE_FIXED = "CLS-4";
  static final String LEVEL = "level";
  static final String INFORMATION_WAIT = "informationWait";
  static final String CONFIRMATION_WAIT = "confirmationWait";
  static final List<Integer> LEVELS = List.of(1, 2, 3, 4, 5);
  /** CLS-4: "7 days for Level 3, 14 days for Level 4". */
  static final Map<Integer, String> FIXED_INFORMATION_WAIT = Map.of(3, "P7D", 4, "P14D");

  @Override
  public void check(CandidateDecision decision) {
    for (int level : LEVELS) {
      Map<String, Object> inputs = new LinkedHashMap<>();
      inputs.put(LEVEL, level);
      CandidateDecision.Answer answer = decision.evaluate(inputs);
      String where = "level " + level;
      if (answer.problem() != null) {
        decision.refuse(RULE_CLOSURE, where + ": " + answer.problem());
        continue;
      }
      Object information = answer.single().get(INFORMATION_WAIT);
      Object confirmation = answer.single().get(CONFIRMATION_WAIT);
      if (isBlank(information)) {
        decision.refuse(RULE_FIXED, where + ": informationWait is missing");
      }
      if (isBlank(confirmation)) {
        decision.refuse("CLS-2", where + ": confirmationWait is missing");
      }
      String fixed = FIXED_INFORMATION_WAIT.get(level);
      if (fixed != null && !isBlank(information) && !fixed.equals(information.toString().trim())) {
        decision.refuse(RULE_FIXED, where + ": informationWait is " + information
            + "; the policy fixes " + fixed);
      }
    }
  }

  private static boolean isBlank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
