package com.daocloud.support.decision;

import static com.daocloud.support.decision.DecisionCase.values;
import static com.daocloud.support.decision.DecisionCases.ON_SITE;
import static com.daocloud.support.decision.DecisionCases.REMOTE;
import static com.daocloud.support.decision.DecisionCases.RESPONSE_SLA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Decision response-sla")
class ResponseSlaDecisionTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("com.daocloud.support.decision.DecisionCases#responseSla")
  @DisplayName("RSP-1, LVL-5: each cell of the policy's table gives its response time, coverage, channels and cadence")
  void eachCellGivesThePolicysSla(DecisionCase decisionCase) {
    DmnTestEngine.assertDecides(decisionCase);
  }

  @ParameterizedTest(name = "level {0}, {1}")
  @MethodSource("everyLevelAndTier")
  @DisplayName("RSP-1: every level and tier has exactly one row, with a response time for levels 1 to 4 and a cadence for level 5")
  void everyLevelAndTierHasExactlyOneRow(int level, String serviceTier) {
    DmnDecisionResult result = DmnTestEngine.evaluate(RESPONSE_SLA, values("level", level, "serviceTier", serviceTier));

    assertThat(result.getResultList()).hasSize(1);
    Map<String, Object> sla = result.getSingleResult().getEntryMap();
    assertThat(sla.get("channels")).isIn(REMOTE, ON_SITE);
    if (level < 5) {
      assertThat(sla.get("responseTime")).asString().startsWith("P");
      assertThat(sla.get("coverage")).isIn("24x7", "5x8");
      assertThat(sla.get("discussionCadence")).isNull();
    } else {
      assertThat(sla.get("responseTime")).isNull();
      assertThat(sla.get("coverage")).isNull();
      assertThat(sla.get("discussionCadence")).isIn("none", "regular", "monthly");
    }
  }

  static Stream<Arguments> everyLevelAndTier() {
    return IntStream.rangeClosed(1, 5).boxed().flatMap(level ->
        Stream.of("standard", "premium", "professional").map(tier -> Arguments.of(level, tier)));
  }

  @ParameterizedTest(name = "level {0}")
  @ValueSource(ints = {0, 6})
  @DisplayName("RSP-1: a level outside 1 to 5 has no SLA")
  void aLevelOutsideTheTableHasNoSla(int level) {
    assertThat(DmnTestEngine.evaluate(RESPONSE_SLA, values("level", level, "serviceTier", "premium"))
        .getResultList()).isEmpty();
  }
}
