package com.daocloud.support.entitlement;

import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.lifecycle.LifecycleDecision;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Entitlement as intake computes it: the deployed {@code support-lifecycle} decision for the cluster's product
 * and major version on the date (the incident process's "Look up support phase"), then the check.
 */
public record EntitlementAtIntake(EntitlementCheck check, CustomerService customers, LifecycleDecision lifecycle) {

  public Entitlement check(String customerId, String cluster, LocalDate onDate) {
    Optional<LifecycleDecision.Outcome> decided = customers.customer(customerId)
        .flatMap(customer -> customer.installation(cluster))
        .flatMap(installation -> lifecycle.evaluate(installation.product(), installation.version().major(), onDate));
    return check.check(customerId, cluster, onDate, decided);
  }
}
