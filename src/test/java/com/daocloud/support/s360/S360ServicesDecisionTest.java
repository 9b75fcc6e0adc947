package com.daocloud.support.s360;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Decision s360-services")
class S360ServicesDecisionTest {

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
      .buildEngine();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"standard, P6M", "premium, P3M", "professional, P1M"})
  @DisplayName("SVC-2: each service tier has its inspection interval, an ISO 8601 duration")
  void eachTierHasItsInterval(String tier, String interval) throws Exception {
    DmnDecisionResult result = ENGINE.evaluateDecision(decision(), Map.of("serviceTier", tier));

    assertThat(result.getSingleResult().getEntryMap()).isEqualTo(Map.of("inspectionInterval", interval));
    assertThat(java.time.Period.parse(interval).isNegative()).isFalse();
  }

  @Test
  @DisplayName("SVC-2: a tier the table does not know gets no interval (the cadence refuses it instead of guessing)")
  void unknownTier() throws Exception {
    assertThat(ENGINE.evaluateDecision(decision(), Map.of("serviceTier", "gold"))).isEmpty();
  }

  private static DmnDecision decision() throws Exception {
    try (InputStream in = Files.newInputStream(Path.of(S360ServicesDecision.RESOURCE))) {
      return ENGINE.parseDecision(S360ServicesDecision.DECISION_KEY, in);
    }
  }
}
