package com.daocloud.support.decision;

import static com.daocloud.support.decision.DecisionCase.values;
import static com.daocloud.support.decision.DecisionCases.SUPPORT_LIFECYCLE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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

  // The table does not validate dates: a caller that passes anything but YYYY-MM-DD gets no answer,
  // so the API must reject such input before it asks.
  @ParameterizedTest(name = "onDate \"{0}\"")
  @ValueSource(strings = {"2025/11/26", "2025-11-26T10:00:00", "26.11.2025", ""})
  @DisplayName("LC-1: a date that is not YYYY-MM-DD matches no rule")
  void aMalformedDateMatchesNoRule(String onDate) {
    assertThat(DmnTestEngine.evaluate(SUPPORT_LIFECYCLE, values("product", "dce", "majorVersion", 5, "onDate", onDate))
        .getResultList()).isEmpty();
  }
}
