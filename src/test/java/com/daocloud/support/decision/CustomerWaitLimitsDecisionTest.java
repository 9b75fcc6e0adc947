package com.daocloud.support.decision;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Decision customer-wait-limits")
class CustomerWaitLimitsDecisionTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("com.daocloud.support.decision.DecisionCases#customerWaitLimits")
  @DisplayName("CLS-2, CLS-4: each level has its time to provide information and seven days to object to a solution")
  void eachLevelHasItsWaitLimits(DecisionCase decisionCase) {
    DmnTestEngine.assertDecides(decisionCase);
  }
}
