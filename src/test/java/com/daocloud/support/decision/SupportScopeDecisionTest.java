package com.daocloud.support.decision;

import static com.daocloud.support.decision.DecisionCase.values;
import static com.daocloud.support.decision.DecisionCases.SCOPE_FLAGS;
import static com.daocloud.support.decision.DecisionCases.SUPPORT_SCOPE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Decision support-scope")
class SupportScopeDecisionTest {

  /**
   * The exclusions in their fixed order (security risk first, SCP-3): the flags that trigger each one, and
   * its reason.
   */
  private static final List<Exclusion> EXCLUSIONS = List.of(
      new Exclusion(List.of("securityRisk"), "declined", "security-risk"),
      new Exclusion(List.of("unauthorizedMaintenance"), "out-of-scope", "unauthorized-maintenance"),
      new Exclusion(List.of("unauthorizedModification"), "out-of-scope", "modified-software"),
      new Exclusion(List.of("majorCustomerChange"), "out-of-scope", "major-customer-change"),
      new Exclusion(List.of("technicalPreview"), "out-of-scope", "technical-preview"),
      new Exclusion(List.of("thirdPartyCause"), "out-of-scope", "third-party"));

  private record Exclusion(List<String> flags, String scope, String reason) {
    @Override
    public String toString() {
      return reason;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("com.daocloud.support.decision.DecisionCases#supportScope")
  @DisplayName("SCP-1, SCP-3: each exclusion on its own gives its scope and reason")
  void eachExclusionGivesItsScopeAndReason(DecisionCase decisionCase) {
    DmnTestEngine.assertDecides(decisionCase);
  }

  @ParameterizedTest(name = "{0} wins over {1}")
  @MethodSource("everyPairOfExclusions")
  @DisplayName("SCP-1, SCP-3: of two exclusions, the one earlier in the table's fixed order wins (a security risk over all)")
  void theEarlierExclusionWins(Exclusion earlier, Exclusion later) {
    Map<String, Object> inputs = flags(List.of());
    earlier.flags().forEach(flag -> inputs.put(flag, true));
    later.flags().forEach(flag -> inputs.put(flag, true));

    Map<String, Object> outcome = DmnTestEngine.evaluate(SUPPORT_SCOPE, inputs).getSingleResult().getEntryMap();

    assertThat(outcome).containsEntry("scope", earlier.scope()).containsEntry("reason", earlier.reason());
  }

  static Stream<Arguments> everyPairOfExclusions() {
    List<Arguments> pairs = new ArrayList<>();
    for (int i = 0; i < EXCLUSIONS.size(); i++) {
      for (int j = i + 1; j < EXCLUSIONS.size(); j++) {
        pairs.add(Arguments.of(EXCLUSIONS.get(i), EXCLUSIONS.get(j)));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "flags {0}")
  @MethodSource("everyCombinationOfFlags")
  @DisplayName("SCP-1, SCP-3: all 128 combinations of the flags give exactly one valid scope, the first applicable reason")
  void everyCombinationGivesExactlyOneScope(String bits, Map<String, Object> inputs) {
    DmnDecisionResult result = DmnTestEngine.evaluate(SUPPORT_SCOPE, inputs);

    assertThat(result.getResultList()).hasSize(1);
    Map<String, Object> outcome = result.getSingleResult().getEntryMap();
    assertThat(outcome.get("scope")).isIn("in-scope", "out-of-scope", "declined");
    assertThat(outcome).containsEntry("reason", contractReason(inputs));
  }

  static Stream<Arguments> everyCombinationOfFlags() {
    return IntStream.range(0, 1 << SCOPE_FLAGS.size()).mapToObj(bits -> {
      Map<String, Object> inputs = values();
      StringBuilder shown = new StringBuilder();
      for (int i = 0; i < SCOPE_FLAGS.size(); i++) {
        boolean set = (bits & (1 << i)) != 0;
        inputs.put(SCOPE_FLAGS.get(i), set);
        shown.append(set ? '1' : '0');
      }
      return Arguments.of(shown.toString(), inputs);
    });
  }

  /** SCP-1 and SCP-3 (docs/policy.md), written out independently of the table. */
  private static String contractReason(Map<String, Object> flags) {
    if (isSet(flags, "securityRisk")) {
      return "security-risk";
    }
    if (isSet(flags, "unauthorizedMaintenance")) {
      return "unauthorized-maintenance";
    }
    if (isSet(flags, "unauthorizedModification")) {
      return "modified-software";
    }
    if (isSet(flags, "majorCustomerChange")) {
      return "major-customer-change";
    }
    if (isSet(flags, "technicalPreview") && !isSet(flags, "previewSupportAgreed")) {
      return "technical-preview";
    }
    if (isSet(flags, "thirdPartyCause")) {
      return "third-party";
    }
    return "covered";
  }

  @Test
  @DisplayName("SCP-1: a technical preview whose agreement was never recorded (null) is out of scope")
  void aPreviewWithoutRecordedAgreementIsOutOfScope() {
    Map<String, Object> inputs = flags(List.of("technicalPreview"));
    inputs.put("previewSupportAgreed", null);

    assertThat(DmnTestEngine.evaluate(SUPPORT_SCOPE, inputs).getSingleResult().getEntryMap())
        .containsEntry("scope", "out-of-scope").containsEntry("reason", "technical-preview");
  }

  @Test
  @DisplayName("SCP-1: flags that were never set (null) count as not set, so the request is covered")
  void unsetFlagsCountAsNotSet() {
    Map<String, Object> inputs = values();
    SCOPE_FLAGS.forEach(flag -> inputs.put(flag, null));

    assertThat(DmnTestEngine.evaluate(SUPPORT_SCOPE, inputs).getSingleResult().getEntryMap())
        .containsEntry("scope", "in-scope").containsEntry("reason", "covered");
  }

  private static boolean isSet(Map<String, Object> flags, String flag) {
    return Boolean.TRUE.equals(flags.get(flag));
  }

  private static Map<String, Object> flags(List<String> set) {
    Map<String, Object> inputs = values();
    SCOPE_FLAGS.forEach(flag -> inputs.put(flag, set.contains(flag)));
    return inputs;
  }
}
