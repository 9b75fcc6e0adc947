package com.daocloud.support.incident;

/**
 * Opens a change request for an incident whose resolution is a change (CLS-5, CHG-1): change control
 * plans and executes it; incident handling keeps its number.
 */
public interface ChangeRequests {

  /** @return the new change request's number */
  String openForIncident(Incident incident, String solutionSummary);
}
