package com.daocloud.support.s360.inspection;

import com.daocloud.support.customer.Customer;
import com.daocloud.support.customer.Installation;
import com.daocloud.support.s360.S360Customers;
import com.daocloud.support.s360.S360ServicesDecision;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps every S360 installation on its inspection cadence (SVC-2): an installation with no inspection
 * scheduled gets one, due at once when it was never inspected, else one s360-services interval after its last
 * report. Runs at start-up ({@code S360Startup}) and every hour, so that a customer who buys S360 or a new
 * cluster is picked up without a restart; each completed inspection schedules the next itself.
 */
@Service
public class InspectionCadence {

  private static final Logger LOG = LoggerFactory.getLogger(InspectionCadence.class);

  private final S360Customers s360;
  private final InspectionStore store;
  private final InspectionScheduler scheduler;
  private final S360ServicesDecision decision;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public InspectionCadence(S360Customers s360, InspectionStore store, InspectionScheduler scheduler,
      S360ServicesDecision decision, PlatformTransactionManager transactions, Clock clock) {
    this.s360 = s360;
    this.store = store;
    this.scheduler = scheduler;
    this.decision = decision;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
  public void everyHour() {
    ensureScheduled();
  }

  /** Schedules the missing inspections of every S360 customer; the number scheduled. */
  public int ensureScheduled() {
    int scheduled = 0;
    for (Customer customer : s360.all()) {
      scheduled += ensureScheduled(customer);
    }
    if (scheduled > 0) {
      LOG.info("S360: {} health inspections scheduled", scheduled);
    }
    return scheduled;
  }

  /** Schedules the missing inspections of one S360 customer. */
  public int ensureScheduled(Customer customer) {
    Integer count = transaction.execute(tx -> {
      int scheduled = 0;
      for (Installation installation : customer.installations()) {
        List<Inspection> inspections = store.of(customer.id(), installation.cluster());
        if (inspections.stream().anyMatch(i -> Inspection.SCHEDULED.equals(i.status()))) {
          continue;
        }
        // To the second, as every other recorded time: the due date is shown to people.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant due = inspections.stream().map(Inspection::completedAt).filter(java.util.Objects::nonNull)
            .max(Instant::compareTo)
            .map(last -> InspectionScheduler.nextDue(last, decision.inspectionInterval(customer.serviceTier())))
            .filter(next -> next.isAfter(now)).orElse(now);
        scheduler.schedule(customer, installation.cluster(), due);
        scheduled++;
      }
      return scheduled;
    });
    return count == null ? 0 : count;
  }
}
