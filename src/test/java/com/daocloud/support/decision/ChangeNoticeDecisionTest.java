package com.daocloud.support.decision;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Decision change-notice")
class ChangeNoticeDecisionTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("com.daocloud.support.decision.DecisionCases#changeNotice")
  @DisplayName("CHG-1, CHG-4: each change type has its minimum notice and its handling of a late notice")
  void eachChangeTypeHasItsNotice(DecisionCase decisionCase) {
    DmnTestEngine.assertDecides(decisionCase);
  }
}
