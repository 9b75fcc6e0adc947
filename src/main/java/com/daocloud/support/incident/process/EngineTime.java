package com.daocloud.support.incident.process;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock, to the second: delegates and timers agree on "now" (tests move it with ClockUtil). */
final class EngineTime {

  private EngineTime() {
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
  }
}
