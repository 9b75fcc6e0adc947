package com.daocloud.support.time;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The process engine's "now", to the second. Timers fall due by the engine's clock, so the code that a
 * process runs, and intake that starts one, read the same clock when they record when something happened
 * or compute a deadline; process tests move it with {@code ClockUtil}. Services the engine does not drive
 * take the Spring {@link java.time.Clock} instead ({@code ClockConfiguration}).
 *
 * <p>The engine offers its clock only in an {@code impl} package: reading it here keeps that internal out
 * of the incident code.
 */
public final class EngineClock {

  private EngineClock() {
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
  }
}
