package com.daocloud.support.change;

import com.daocloud.support.customer.Customer;
import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.customer.Installation;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentIntake;
import org.springframework.stereotype.Component;

/**
 * CHG-2 through incident intake (the same path as {@code POST /api/incidents}): a fault with a
 * production outage, no workaround and no data loss, which the incident-level decision makes Level 1.
 * Title and description carry the change number, so the incident names its change. The report is marked as a
 * change's downtime: intake records it whatever the entitlement says, and it is never downgraded (CHG-2).
 */
@Component
public class IntakeDowntimeIncidents implements DowntimeIncidents {

  static final String REQUEST_TYPE = "fault";
  static final String PRODUCTION_IMPACT = "outage";

  private final IncidentIntake intake;
  private final CustomerService customers;

  public IntakeDowntimeIncidents(IncidentIntake intake, CustomerService customers) {
    this.intake = intake;
    this.customers = customers;
  }

  @Override
  public String openLevel1(ChangeRequest change, String cluster, String detail, String reportedBy) {
    Customer customer = customers.customer(change.customerId())
        .orElseThrow(() -> new IllegalStateException("No customer " + change.customerId()));
    String installation = cluster != null ? cluster
        : change.installation() != null ? change.installation()
        : customer.installations().stream().map(Installation::cluster).findFirst()
            .orElseThrow(() -> new IllegalStateException("Customer " + customer.id() + " has no installation"));
    String description = "Unplanned downtime caused by change " + change.number() + " (" + change.changeType()
        + ", planned " + change.plannedAt() + "): " + change.description()
        + (detail == null || detail.isBlank() ? "" : "\n\nReported: " + detail);
    IncidentIntake.Reported reported = intake.report(new IncidentIntake.Report(customer.profile(), installation,
        "Unplanned downtime after change " + change.number(), truncate(description, 10_000), REQUEST_TYPE,
        PRODUCTION_IMPACT, false, false, new Incident.Contact(reportedBy, null, null), reportedBy, null, true));
    return reported.incident().number();
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
