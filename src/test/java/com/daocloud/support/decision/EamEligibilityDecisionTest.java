package com.daocloud.support.decision;

import static com.daocloud.support.decision.DecisionCase.values;
import static com.daocloud.support.decision.DecisionCases.EAM_CONDITIONS;
import static com.daocloud.support.decision.DecisionCases.EAM_ELIGIBILITY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Decision eam-eligibility")
class EamEligibilityDecisionTest {

  /**
   * The reasons in the order of EAM-3 and EAM-1 (docs/policy.md), each with inputs that trigger it and
   * nothing else.
   */
  private static final List<Refusal> REFUSALS = List.of(
      new Refusal("unstable-environment", Map.of("stableEnvironment", false)),
      new Refusal("unsupported-configuration", Map.of("supportedConfiguration", false)),
      new Refusal("not-latest-maintenance-version", Map.of("onLatestMaintenanceVersion", false)),
      new Refusal("upgrade-declined", Map.of("willingToUpgrade", false)),
      new Refusal("invalid-term", Map.of("eamYears", 0)),
      new Refusal("beyond-two-years", Map.of("eamYears", 3)));

  private record Refusal(String reason, Map<String, Object> trigger) {
    @Override
    public String toString() {
      return reason;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("com.daocloud.support.decision.DecisionCases#eamEligibility")
  @DisplayName("EAM-1, EAM-3: each condition on its own gives its reason; only one or two years with every condition met is eligible")
  void eachConditionGivesItsReason(DecisionCase decisionCase) {
    DmnTestEngine.assertDecides(decisionCase);
  }

  @ParameterizedTest(name = "{0} wins over {1}")
  @MethodSource("everyPairOfRefusals")
  @DisplayName("EAM-1, EAM-3: of two failed conditions, the one earlier in the table's fixed order wins (an unstable environment over beyond-two-years)")
  void theEarlierRefusalWins(Refusal earlier, Refusal later) {
    Map<String, Object> inputs = eligibleInputs();
    inputs.putAll(later.trigger());
    inputs.putAll(earlier.trigger());

    Map<String, Object> outcome = DmnTestEngine.evaluate(EAM_ELIGIBILITY, inputs).getSingleResult().getEntryMap();

    assertThat(outcome).containsEntry("eligible", false).containsEntry("reason", earlier.reason());
  }

  static Stream<Arguments> everyPairOfRefusals() {
    List<Arguments> pairs = new ArrayList<>();
    for (int i = 0; i < REFUSALS.size(); i++) {
      for (int j = i + 1; j < REFUSALS.size(); j++) {
        boolean bothAboutTheTerm = REFUSALS.get(i).trigger().containsKey("eamYears")
            && REFUSALS.get(j).trigger().containsKey("eamYears");
        if (!bothAboutTheTerm) {
          pairs.add(Arguments.of(REFUSALS.get(i), REFUSALS.get(j)));
        }
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "conditions {0}, {1} years")
  @MethodSource("everyCombination")
  @DisplayName("EAM-1, EAM-3: every combination of the conditions and 0 to 3 years gives exactly one answer, eligible only when all hold for 1 or 2 years")
  void everyCombinationGivesExactlyOneAnswer(String bits, int eamYears, Map<String, Object> inputs) {
    DmnDecisionResult result = DmnTestEngine.evaluate(EAM_ELIGIBILITY, inputs);

    assertThat(result.getResultList()).hasSize(1);
    String reason = contractReason(inputs);
    assertThat(result.getSingleResult().getEntryMap())
        .containsEntry("reason", reason)
        .containsEntry("eligible", reason.equals("eligible"));
  }

  static Stream<Arguments> everyCombination() {
    List<Arguments> combinations = new ArrayList<>();
    for (int bits = 0; bits < 1 << EAM_CONDITIONS.size(); bits++) {
      for (int eamYears = 0; eamYears <= 3; eamYears++) {
        Map<String, Object> inputs = values();
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < EAM_CONDITIONS.size(); i++) {
          boolean holds = (bits & (1 << i)) != 0;
          inputs.put(EAM_CONDITIONS.get(i), holds);
          shown.append(holds ? '1' : '0');
        }
        inputs.put("eamYears", eamYears);
        combinations.add(Arguments.of(shown.toString(), eamYears, inputs));
      }
    }
    assertThat(combinations).hasSize(64);
    return combinations.stream();
  }

  /** EAM-1 and EAM-3 (docs/policy.md), written out independently of the table. */
  private static String contractReason(Map<String, Object> inputs) {
    if (!holds(inputs, "stableEnvironment")) {
      return "unstable-environment";
    }
    if (!holds(inputs, "supportedConfiguration")) {
      return "unsupported-configuration";
    }
    if (!holds(inputs, "onLatestMaintenanceVersion")) {
      return "not-latest-maintenance-version";
    }
    if (!holds(inputs, "willingToUpgrade")) {
      return "upgrade-declined";
    }
    int eamYears = (Integer) inputs.get("eamYears");
    if (eamYears < 1) {
      return "invalid-term";
    }
    return eamYears > 2 ? "beyond-two-years" : "eligible";
  }

  @ParameterizedTest(name = "{0} not set")
  @ValueSource(strings = {"stableEnvironment", "supportedConfiguration", "onLatestMaintenanceVersion", "willingToUpgrade"})
  @DisplayName("EAM-3: a condition nobody confirmed (null) is not met")
  void anUnconfirmedConditionIsNotMet(String condition) {
    Map<String, Object> inputs = eligibleInputs();
    inputs.put(condition, null);

    assertThat(DmnTestEngine.evaluate(EAM_ELIGIBILITY, inputs).getSingleResult().getEntryMap())
        .containsEntry("eligible", false);
  }

  @Test
  @DisplayName("EAM-1: a missing term (null years) is an invalid term, never eligible")
  void aMissingTermIsInvalid() {
    Map<String, Object> inputs = eligibleInputs();
    inputs.put("eamYears", null);

    assertThat(DmnTestEngine.evaluate(EAM_ELIGIBILITY, inputs).getSingleResult().getEntryMap())
        .containsEntry("eligible", false).containsEntry("reason", "invalid-term");
  }

  private static boolean holds(Map<String, Object> inputs, String condition) {
    return Boolean.TRUE.equals(inputs.get(condition));
  }

  private static Map<String, Object> eligibleInputs() {
    Map<String, Object> inputs = values();
    EAM_CONDITIONS.forEach(condition -> inputs.put(condition, true));
    inputs.put("eamYears", 1);
    return inputs;
  }
}
