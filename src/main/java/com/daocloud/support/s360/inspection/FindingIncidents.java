package com.daocloud.support.s360.inspection;

import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.identity.EngineUsers;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentIntake;
import com.daocloud.support.incident.IncidentStore;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * SVC-2: a health inspection's finding that needs an incident is reported through intake, exactly as
 * {@code POST /api/incidents} reports one (level, entitlement, deadline, process), reported by the inspector.
 * The incident's idempotency key names the inspection: it links the two, and a retried publish job answers the
 * incident already reported instead of a second one. The key holds spaces, which no API client can send
 * (an Idempotency-Key is visible ASCII only), so no customer report can take an inspection's place.
 */
@Service
public class FindingIncidents {

  /** Impacts the inspector may choose; with no workaround they decide the level as for any report (LVL-1..4). */
  public static final List<String> IMPACTS = List.of("none", "degraded", "partial", "outage");

  private final IncidentIntake intake;
  private final IncidentStore incidents;
  private final CustomerService customers;
  private final EngineUsers users;

  public FindingIncidents(IncidentIntake intake, IncidentStore incidents, CustomerService customers,
      EngineUsers users) {
    this.intake = intake;
    this.incidents = incidents;
    this.customers = customers;
    this.users = users;
  }

  static String idempotencyKey(long inspectionId) {
    return "health inspection " + inspectionId;
  }

  /**
   * Reports the finding of a completed inspection; empty when the customer record is gone.
   *
   * @param inspector the user who wrote the report: the incident's reporter and contact
   */
  public Optional<Incident> report(Inspection inspection, String title, String impact, String description,
      String inspector) {
    String effectiveImpact = IMPACTS.contains(impact) ? impact : "none";
    String effectiveTitle = title == null || title.isBlank()
        ? "Finding of the health inspection of " + inspection.cluster() : title.strip();
    String email = users.emails(List.of(inspector)).stream().findFirst().orElse(null);
    return customers.customer(inspection.customerId()).map(customer -> intake.report(new IncidentIntake.Report(
        customer.profile(), inspection.cluster(), effectiveTitle, description, "fault", effectiveImpact, false, false,
        new Incident.Contact(inspector, null, email), inspector, idempotencyKey(inspection.id()))).incident());
  }

  /** The incident a finding of this inspection opened, if any. */
  public Optional<String> incidentOf(Inspection inspection) {
    return incidents.findByIdempotencyKey(inspection.customerId(), idempotencyKey(inspection.id()))
        .map(Incident::number);
  }
}
