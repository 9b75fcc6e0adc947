package com.daocloud.support.entitlement;

import java.util.Arrays;
import java.util.Optional;

/** The entitlement statuses (README, Entitlement), as the API writes them. */
public enum EntitlementStatus {
  ENTITLED("entitled"),
  /** LC-3: not on the latest version of the product; support may cost extra. */
  LIMITED("limited"),
  /**
   * EAM-4: past the end of standard support without an extended-maintenance contract. The incident is recorded
   * and waits, without an SLA clock, until a contract covers the installation.
   */
  EAM_REQUIRED("eam-required"),
  /** LC-4: a version past its end of support life: no SLA clock, no code maintenance. */
  BEST_EFFORT("best-effort"),
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
