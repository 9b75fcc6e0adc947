package com.daocloud.support.s360.inspection;

import com.daocloud.support.customer.Customer;
import com.daocloud.support.s360.S360Customers;
import com.daocloud.support.s360.inspection.process.HealthInspectionProcess;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Schedules the health inspections of S360 installations (SVC-2): one {@code health-inspection} instance per
 * inspection, which waits for its due date. The next one is due one {@code s360-services} interval after the
 * last was completed; an installation that is gone or a customer that no longer has S360 gets no next one.
 */
@Service
public class InspectionScheduler {

  private final InspectionStore store;
  private final S360Customers s360;
  private final RuntimeService runtime;

  public InspectionScheduler(InspectionStore store, S360Customers s360, RuntimeService runtime) {
    this.store = store;
    this.s360 = s360;
    this.runtime = runtime;
  }

  /** The inspection's due date: the interval after {@code completedAt}, counted on the UTC calendar. */
  public static Instant nextDue(Instant completedAt, Period interval) {
    return completedAt.atZone(ZoneOffset.UTC).plus(interval).toInstant();
  }

  /** Schedules the next inspection after one completed at {@code completedAt}; empty when none is due any more. */
  public Optional<Long> scheduleNext(String customerId, String cluster, Period interval, Instant completedAt) {
    return s360.find(customerId).filter(S360Customers::hasS360)
        .filter(customer -> customer.installation(cluster).isPresent())
        .map(customer -> schedule(customer, cluster, nextDue(completedAt, interval)));
  }

  /** Records an inspection due at {@code dueAt} and starts its process instance; joins the caller's transaction. */
  public long schedule(Customer customer, String cluster, Instant dueAt) {
    long id = store.insert(customer.id(), cluster, dueAt);
    String instance = runtime.createProcessInstanceByKey(HealthInspectionProcess.KEY)
        .businessKey(HealthInspectionProcess.businessKey(id))
        .setVariables(HealthInspectionProcess.startVariables(id, customer.id(), customer.name(), cluster,
            customer.serviceTier().code(), dueAt))
        .execute().getId();
    store.setProcessInstanceId(id, instance);
    return id;
  }
}
