package com.daocloud.support.entitlement;

import com.daocloud.support.customer.OrderLapse;

/**
 * CHG-5: whether a cluster that returned after a lapse has met the requirements for coming back (overdue fees paid
 * and, unless under warranty, re-certified), which change control records. Entitlement asks; change control answers.
 */
public interface LapseSettlements {

  boolean settled(String customerId, String cluster, OrderLapse lapse);
}
