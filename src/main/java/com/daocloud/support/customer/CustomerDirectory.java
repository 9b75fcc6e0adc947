package com.daocloud.support.customer;

import java.util.List;
import java.util.Optional;

/** Looks up customers and which customer an engine user acts for (group {@code customers}). */
public interface CustomerDirectory {

  Optional<CustomerProfile> find(String customerId);

  /** The customer that a customer user acts for, or empty for staff and unknown users. */
  Optional<String> customerOfUser(String userId);

  /** The customer's clusters (its installations), in the record's order; empty for an unknown customer. */
  List<String> clusters(String customerId);
}
