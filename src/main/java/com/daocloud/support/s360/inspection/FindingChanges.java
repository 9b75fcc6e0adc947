package com.daocloud.support.s360.inspection;

import com.daocloud.support.change.ChangeRequest;
import com.daocloud.support.change.ChangeRequestService;
import com.daocloud.support.change.ChangeTypes;
import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.time.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * SVC-2: a finding of a health inspection that needs a change opens a production change request under change
 * control, for the inspected cluster, submitted by the inspector. It is planned {@link #PLANNED_IN} from now, so that
 * the notice suffices (CHG-1); change control then plans it with the customer. The inspection keeps its number.
 */
@Component
public class FindingChanges {

  /** More than the 28 days' notice of a production change (CHG-1). */
  static final Duration PLANNED_IN = Duration.ofDays(30);

  private final ChangeRequestService changes;
  private final CustomerService customers;
  private final InspectionStore inspections;

  public FindingChanges(ChangeRequestService changes, CustomerService customers, InspectionStore inspections) {
    this.changes = changes;
    this.customers = customers;
    this.inspections = inspections;
  }

  /** Opens the change (once: a retried publication finds the first); empty when the customer record is gone. */
  public Optional<String> open(Inspection inspection, String whatChanges, String findings, String inspector) {
    Optional<String> opened = inspections.changeOf(inspection.id());
    if (opened.isPresent()) {
      return opened;
    }
    Instant now = EngineClock.now();
    String description = "From the health inspection of " + inspection.cluster() + " (inspection "
        + inspection.id() + "): " + (whatChanges == null || whatChanges.isBlank() ? findings : whatChanges.strip());
    return customers.customer(inspection.customerId()).map(customer -> {
      ChangeRequest change = changes.submit(new ChangeRequestService.Submission(customer.profile(),
          ChangeTypes.PRODUCTION_CHANGE, now.plus(PLANNED_IN), description, null, null, inspection.cluster(), false,
          inspector), now);
      inspections.recordChange(inspection.id(), change.number());
      return change.number();
    });
  }
}
