package com.daocloud.support.decision;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Decision support-lifecycle")
class SupportLifecycleDecisionTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("com.daocloud.support.decision.DecisionCases#supportLifecycle")
  @DisplayName("LC-1: each phase of DCE 3, 4 and 5 comes with the version's GA, EOSS and EOSL dates")
  void eachPhaseComesWithTheVersionsDates(DecisionCase decisionCase) {
    DmnTestEngine.assertDecides(decisionCase);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("com.daocloud.support.decision.DecisionCases#supportLifecycleBoundaries")
  @DisplayName("LC-1: each phase starts on its own date, the day before still belongs to the previous phase")
  void eachPhaseStartsOnItsDate(DecisionCase decisionCase) {
    DmnTestEngine.assertDecides(decisionCase);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("com.daocloud.support.decision.DecisionCases#supportLifecycleUnknown")
  @DisplayName("LC-1, LC-2: an unknown product or major version matches no rule")
  void anUnknownVersionMatchesNoRule(DecisionCase decisionCase) {
    DmnTestEngine.assertDecides(decisionCase);
  }
}
