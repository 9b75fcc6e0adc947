package com.daocloud.support.entitlement;

import java.time.LocalDate;

/** Entitlement of a customer's installation (cluster) on a date: ENT-1..5, LC-1..3, EAM-2. */
public interface EntitlementCheck {

  Entitlement check(String customerId, String cluster, LocalDate onDate);
}
