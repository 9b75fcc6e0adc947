package com.daocloud.support.entitlement;

/** The entitlement statuses (README, Entitlement), as the API writes them. */
public enum EntitlementStatus {
  ENTITLED("entitled"),
  LIMITED("limited"),
  OUT_OF_SCOPE("out-of-scope"),
  NOT_ENTITLED("not-entitled");

  private final String code;

  EntitlementStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Whether the SLA clock runs for an incident with this status. */
  public boolean slaClockRuns() {
    return this == ENTITLED || this == LIMITED;
  }
}
