package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.security.engine.ModelExpressionBean;
import org.springframework.stereotype.Component;

/**
 * Facts of the incident row that {@code incident-handling}'s decisions take as inputs after intake, read from
 * the row instead of being carried as process variables:
 * {@code <camunda:inputParameter name="serviceTier">${incidentFacts.serviceTier(incidentNumber)}}.
 * Read-only, and only plain values come back.
 */
@Component("incidentFacts")
public class IncidentFacts implements ModelExpressionBean {

  private final IncidentStore incidents;

  public IncidentFacts(IncidentStore incidents) {
    this.incidents = incidents;
  }

  /**
   * L12-4: whether a proposed solution awaits the customer's answer (no hourly update is due then; the updates
   * resume when the customer objects and the incident is worked again).
   */
  public boolean solutionProposed(String incidentNumber) {
    return IncidentStatus.SOLUTION_PROPOSED.equals(incidents.require(incidentNumber).status());
  }

  /** L12-2: whether missing access makes this incident Level 2: only a Level 1 one. */
  public boolean downgradable(String incidentNumber) {
    return incidents.require(incidentNumber).level() == 1;
  }

  /** The customer's service tier as recorded at intake (an input of {@code response-sla}). */
  public String serviceTier(String incidentNumber) {
    return incidents.require(incidentNumber).serviceTier();
  }
}
