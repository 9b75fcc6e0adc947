package com.daocloud.support.incident.process;

import com.daocloud.support.time.EngineClock;
import java.time.Instant;

/** The delegates' "now": the engine's clock ({@link EngineClock}), so that delegates and timers agree. */
final class EngineTime {

  private EngineTime() {
  }

  static Instant now() {
    return EngineClock.now();
  }
}
