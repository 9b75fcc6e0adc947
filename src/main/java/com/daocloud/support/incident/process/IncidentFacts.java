package com.daocloud.support.incident.process;

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

  /** The customer's service tier as recorded at intake (an input of {@code response-sla}). */
  public String serviceTier(String incidentNumber) {
    return incidents.require(incidentNumber).serviceTier();
  }
}
