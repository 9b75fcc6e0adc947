package com.daocloud.support.entitlement;

import java.util.Arrays;
import java.util.Optional;

/** The entitlement statuses (README, Entitlement), as the API writes them. */
public enum EntitlementStatus {
  ENTITLED("entitled"),
  LIMITED("limited"),
  /** LC-4: a version past its end of support life: no SLA clock, no code maintenance. */
  BEST_EFFORT("best-effort"),
  OUT_OF_SCOPE("out-of-scope"),
  NOT_ENTITLED("not-entitled");

  private final String code;

  EntitlementStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The status of a code as stored and written by the API; empty for a code this version does not know. */
  public static Optional<EntitlementStatus> ofCode(String code) {
    return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
  }

  /** Whether the SLA clock runs for an incident with this status. */
  public boolean slaClockRuns() {
    return this == ENTITLED || this == LIMITED;
  }
}
