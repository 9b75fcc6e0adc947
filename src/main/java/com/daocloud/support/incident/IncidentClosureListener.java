package com.daocloud.support.incident;

/**
 * Told, inside the closing transaction, that an incident closed: other processes that wait for an
 * incident (change control's post-incident review, CHG-3) hear of it without incident handling
 * knowing them.
 */
public interface IncidentClosureListener {

  void incidentClosed(String incidentNumber, String closureCode);
}
