package com.daocloud.support.incident;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.customer.CustomerDirectory;
import com.daocloud.support.customer.CustomerProfile;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a report is about, checked alike on every way in (the API's {@code POST /api/incidents}, a phone report
 * recorded in Tasklist): a customer on record and one of its clusters. Refusals are the API's 400s, each naming
 * the field.
 */
@Component
public class ReportTarget {

  private final CustomerDirectory customers;

  public ReportTarget(CustomerDirectory customers) {
    this.customers = customers;
  }

  /** The customer on record; a 400 on {@code customerId} otherwise. */
  public CustomerProfile customer(String customerId) {
    return customers.find(customerId)
        .orElseThrow(() -> new ApiException.BadRequest("customerId", "no such customer"));
  }

  /**
   * A cluster the customer does not have is a typo, not an incident: a 400 that names the customer's clusters
   * (rather than a not-entitled Level 1 that queues a task).
   */
  public void requireInstallation(CustomerProfile customer, String cluster) {
    List<String> clusters = customers.clusters(customer.id());
    if (!clusters.contains(cluster)) {
      throw new ApiException.BadRequest("installation", "is not a cluster of customer " + customer.id()
          + (clusters.isEmpty() ? ", which has no installation on record"
          : "; its clusters: " + String.join(", ", clusters)));
    }
  }
}
