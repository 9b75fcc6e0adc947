package com.daocloud.support.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GoalsTest {

  private static Goals.RatioGoal goal(String name) {
    return Goals.RATIOS.stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("Timers firing at 1.5 times the bare start rate meet their goal, just below it they do not")
  void timerRatioIsMetFromOneAndAHalfTimesTheBareRate() {
    Goals.RatioGoal timers = goal("timers fired per second / bare start rate");

    assertThat(timers.verdict(Map.of("timers.firedPerSecond", 300.0, "bareProcess.instancesPerSecond", 200.0)))
        .isEqualTo("met");
    assertThat(timers.verdict(Map.of("timers.firedPerSecond", 299.0, "bareProcess.instancesPerSecond", 200.0)))
        .isEqualTo("NOT MET");
  }

  @Test
  @DisplayName("Intake's p99 meets its goal up to twice the bare process's p99")
  void intakeLatencyIsAnUpperBound() {
    Goals.RatioGoal latency = goal("intake p99 / bare p99");

    assertThat(latency.verdict(Map.of("intake.p99Ms", 200.0, "bareProcess.p99Ms", 100.0))).isEqualTo("met");
    assertThat(latency.verdict(Map.of("intake.p99Ms", 201.0, "bareProcess.p99Ms", 100.0))).isEqualTo("NOT MET");
  }

  @Test
  @DisplayName("A ratio whose phases did not run is reported as not measured, never as met")
  void missingPhaseIsNotMeasured() {
    Map<String, Object> bareOnly = Map.of("bareProcess.instancesPerSecond", 200.0, "bareProcess.p99Ms", 50.0);

    assertThat(Goals.RATIOS).allSatisfy(g -> assertThat(g.verdict(bareOnly)).isEqualTo("not measured"));
  }

  @Test
  @DisplayName("results.json lists the new figures: bare p99 and the saturated timers' firing rate")
  void newKeysAreWritten() {
    Map<String, Object> ordered = Goals.ordered(Map.of("timers.firedPerSecond", 400.0, "bareProcess.p99Ms", 50.0));

    assertThat(ordered).containsOnlyKeys("bareProcess.p99Ms", "timers.firedPerSecond");
  }
}
