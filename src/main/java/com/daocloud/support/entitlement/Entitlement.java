package com.daocloud.support.entitlement;

/**
 * The answer to "may this customer get support for this installation on this date?": a status, a
 * reason code and a sentence a customer can read. {@code extendedMaintenance} marks support under an
 * EAM contract, which limits it (EAM-2: remote only, code-level fixes for levels 1 and 2 only).
 */
public record Entitlement(EntitlementStatus status, String reason, String explanation,
    boolean extendedMaintenance) {

  /**
   * CHG-2: the entitlement of the Level 1 incident that a change's unplanned downtime opens. DaoCloud "will
   * immediately declare a Level 1 incident and fully address the issue", so it is never refused: an answer under
   * which the SLA clock would not run becomes {@code entitled} (reason {@code change-downtime}), keeping the
   * original explanation for the record; EAM's limits stay.
   */
  public Entitlement forChangeDowntime() {
    if (status.slaClockRuns()) {
      return this;
    }
    return new Entitlement(EntitlementStatus.ENTITLED, EntitlementReasons.CHANGE_DOWNTIME,
        "Unplanned downtime caused by a change is handled as a Level 1 incident whatever the entitlement (CHG-2)."
            + " Otherwise: " + explanation, extendedMaintenance);
  }

  public boolean onSiteAllowed() {
    return !extendedMaintenance;
  }

  /**
   * Whether a solution may include a code-level fix for an incident of this level: none for best-effort
   * support of a deprecated version (LC-4), Levels 1 and 2 only under extended maintenance (EAM-2).
   */
  public boolean codeFixesAllowedFor(int level) {
    return status != EntitlementStatus.BEST_EFFORT && (!extendedMaintenance || level <= 2);
  }
}
