package com.daocloud.support.incident.process;

import com.daocloud.support.entitlement.EntitlementStatus;
import com.daocloud.support.customer.CustomerDirectory;
import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.identity.Groups;
import com.daocloud.support.incident.CriticalWindows;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.security.engine.ModelExpressionBean;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
  private final CustomerDirectory customers;
  private final CriticalWindows criticalWindows;

  public IncidentFacts(IncidentStore incidents, CustomerDirectory customers, CriticalWindows criticalWindows) {
    this.incidents = incidents;
    this.customers = customers;
    this.criticalWindows = criticalWindows;
  }

  /**
   * L12-4: whether a proposed solution awaits the customer's answer (no hourly update is due then; the updates
   * resume when the customer objects and the incident is worked again).
   */
  public boolean solutionProposed(String incidentNumber) {
    return IncidentStatus.SOLUTION_PROPOSED.equals(incidents.require(incidentNumber).status());
  }

  /** L12-2: whether missing access makes this incident Level 2: only a Level 1 one, never a change's downtime (CHG-2). */
  public boolean downgradable(String incidentNumber) {
    Incident incident = incidents.require(incidentNumber);
    return incident.level() == 1 && !incident.changeDowntime();
  }

  /**
   * EAM-4: whether the incident is entitled now (after the wait for an extended-maintenance contract, the contract
   * was recorded); false for best effort and for a closure.
   */
  public boolean entitledNow(String incidentNumber) {
    return EntitlementStatus.ofCode(incidents.require(incidentNumber).entitlementStatus())
        .map(EntitlementStatus::slaClockRuns).orElse(false);
  }

  /** The customer's service tier as recorded at intake (an input of {@code response-sla}). */
  public String serviceTier(String incidentNumber) {
    return incidents.require(incidentNumber).serviceTier();
  }

  /**
   * L12-3: the user id of the customer's designated customer-service representative, who hears of a Level 1
   * incident at once ({@code camunda:candidateUsers}), or null when the customer names none. Read from the
   * customer record when asked, so a representative named after the report is the one told.
   */
  public String representativeOf(String incidentNumber) {
    String customerId = incidents.require(incidentNumber).customerId();
    return customers.find(customerId).map(CustomerProfile::representative).orElse(null);
  }

  /**
   * L12-3: the representative as the notice task's candidate users ({@code camunda:candidateUsers}); none if
   * unnamed. SVC-2: reported inside a critical phase of the installation, the customer's dedicated S360 team too.
   */
  public List<String> level1NoticeUsers(String incidentNumber) {
    Set<String> users = new LinkedHashSet<>();
    String representative = representativeOf(incidentNumber);
    if (representative != null) {
      users.add(representative);
    }
    criticalWindow(incidentNumber).ifPresent(window -> users.addAll(window.team()));
    return List.copyOf(users);
  }

  /**
   * L12-3: the groups that hear of a Level 1 incident besides the representative
   * ({@code camunda:candidateGroups}): the whole customer-service group when no representative is named,
   * none when one is (the notice is that person's). SVC-2: inside a critical phase of a customer that names no
   * dedicated team, the whole customer-success group stands in for it.
   */
  public List<String> level1NoticeGroups(String incidentNumber) {
    List<String> groups = new ArrayList<>();
    if (representativeOf(incidentNumber) == null) {
      groups.add(Groups.CUSTOMER_SERVICE);
    }
    if (criticalWindow(incidentNumber).filter(window -> window.team().isEmpty()).isPresent()) {
      groups.add(Groups.CUSTOMER_SUCCESS);
    }
    return List.copyOf(groups);
  }

  /** SVC-2: the critical phase the incident was reported in, judged at the report's time (as its flag was). */
  private Optional<CriticalWindows.Window> criticalWindow(String incidentNumber) {
    Incident incident = incidents.require(incidentNumber);
    return criticalWindows.at(incident.customerId(), incident.cluster(), incident.reportedAt());
  }
}
