package com.daocloud.support.sla;

/** Calendar ids the application knows by name. */
public final class Calendars {

  /** The built-in default (README, The SLA clock): Monday–Friday, 09:00–18:00, no holidays. */
  public static final String WEEKDAYS = "weekdays";

  /** Mainland China 2026, shipped from {@code calendars/cn-2026.json}. */
  public static final String CN_2026 = "cn-2026";

  private Calendars() {
  }
}
