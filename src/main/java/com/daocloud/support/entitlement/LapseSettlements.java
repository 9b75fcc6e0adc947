package com.daocloud.support.entitlement;

import com.daocloud.support.customer.Customer;
import com.daocloud.support.customer.OrderLapse;
import java.time.LocalDate;
import java.util.Optional;

/**
 * CHG-5: whether a cluster that returned after a lapse has met the requirements for coming back (overdue fees paid
 * and, unless under warranty, re-certified), which change control records. Entitlement asks; change control answers.
 */
public interface LapseSettlements {

  boolean settled(String customerId, String cluster, OrderLapse lapse);

  /** The cluster's latest lapse by the date whose requirements are still open; empty when there is none. */
  default Optional<OrderLapse> openLapse(Customer customer, String cluster, LocalDate date) {
    return customer.lapseOf(cluster, date).filter(lapse -> !settled(customer.id(), cluster, lapse));
  }
}
