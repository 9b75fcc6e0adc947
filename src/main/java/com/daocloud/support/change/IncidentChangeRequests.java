package com.daocloud.support.change;

import com.daocloud.support.customer.CustomerDirectory;
import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.incident.ChangeRequests;
import com.daocloud.support.incident.Incident;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * A change-request resolution of an incident becomes a production change under change control,
 * planned at the earliest date that gives the policy's notice (CHG-1), so that it needs no late-notice
 * review; the engineer's plan sets the real date. The change's description names the incident, the
 * incident keeps the change's number: linked both ways.
 */
@Component
public class IncidentChangeRequests implements ChangeRequests {

  private final ChangeRequestService changes;
  private final ChangeNoticeDecision notice;
  private final CustomerDirectory customers;

  public IncidentChangeRequests(ChangeRequestService changes, ChangeNoticeDecision notice,
      CustomerDirectory customers) {
    this.changes = changes;
    this.notice = notice;
    this.customers = customers;
  }

  @Override
  public String openForIncident(Incident incident, String solutionSummary) {
    CustomerProfile customer = customers.find(incident.customerId()).orElseThrow(
        () -> new IllegalStateException("Customer " + incident.customerId() + " of "
            + incident.number() + " is unknown"));
    Instant now = changes.now();
    int days = notice.terms(ChangeTypes.PRODUCTION_CHANGE).minimumNoticeDays();
    Instant plannedAt = now.plus(Duration.ofDays(days + 1L));
    ChangeRequest change = changes.submit(new ChangeRequestService.Submission(customer,
        ChangeTypes.PRODUCTION_CHANGE, plannedAt,
        "Change requested by incident " + incident.number() + ": " + solutionSummary, null, null,
        incident.cluster(), false, "incident " + incident.number()), now);
    return change.number();
  }
}
