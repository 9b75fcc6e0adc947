package com.daocloud.support.decision;

import static com.daocloud.support.decision.DecisionCase.values;
import static com.daocloud.support.decision.DecisionCases.INCIDENT_LEVEL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Decision incident-level")
class IncidentLevelDecisionTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("com.daocloud.support.decision.DecisionCases#incidentLevel")
  @DisplayName("LVL-1, LVL-2, LVL-3, LVL-4, LVL-5: each rule gives the policy's level")
  void eachRuleGivesTheContractsLevel(DecisionCase decisionCase) {
    DmnTestEngine.assertDecides(decisionCase);
  }

  @ParameterizedTest(name = "{0} {1}, dataLoss={2}, workaround={3} is level {4}")
  @MethodSource("everyCombination")
  @DisplayName("LVL-1, LVL-2, LVL-3, LVL-4, LVL-5: every combination of request type, impact, data loss and workaround has exactly one level")
  void everyCombinationHasExactlyOneLevel(String requestType, String productionImpact, boolean dataLoss,
      boolean workaroundAvailable, int expectedLevel) {
    DmnDecisionResult result = DmnTestEngine.evaluate(INCIDENT_LEVEL,
        values("requestType", requestType, "productionImpact", productionImpact, "dataLoss", dataLoss,
            "workaroundAvailable", workaroundAvailable));

    assertThat(result.getResultList()).hasSize(1);
    assertThat(result.getSingleResult().<Integer>getEntry("level")).isEqualTo(expectedLevel);
  }

  static Stream<Arguments> everyCombination() {
    List<Arguments> combinations = new ArrayList<>();
    for (String requestType : List.of("fault", "usage-question", "suggestion")) {
      for (String impact : List.of("outage", "degraded", "partial", "none")) {
        for (boolean dataLoss : List.of(false, true)) {
          for (boolean workaround : List.of(false, true)) {
            combinations.add(Arguments.of(requestType, impact, dataLoss, workaround,
                contractLevel(requestType, impact, dataLoss, workaround)));
          }
        }
      }
    }
    assertThat(combinations).hasSize(48);
    return combinations.stream();
  }

  /** LVL-1..5 (docs/policy.md), written out independently of the table. */
  private static int contractLevel(String requestType, String impact, boolean dataLoss, boolean workaround) {
    if (requestType.equals("suggestion")) {
      return 5;
    }
    if (requestType.equals("usage-question")) {
      return 4;
    }
    if (impact.equals("outage") || impact.equals("degraded") || dataLoss) {
      return workaround ? 2 : 1;
    }
    return impact.equals("partial") ? 3 : 4;
  }
}
