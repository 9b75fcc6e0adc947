package com.daocloud.support.change;

/**
 * Opens the Level 1 incident of a change's unplanned downtime (CHG-2). The application answers it with
 * incident intake ({@link IntakeDowntimeIncidents}); process tests fake it.
 */
public interface DowntimeIncidents {

  /**
   * Reports the downtime as a production outage without workaround (Level 1 by the incident-level
   * decision) and returns the incident's number.
   *
   * @param cluster the installation that is down, or null for the change's (or the customer's first)
   */
  String openLevel1(ChangeRequest change, String cluster, String detail, String reportedBy);
}
