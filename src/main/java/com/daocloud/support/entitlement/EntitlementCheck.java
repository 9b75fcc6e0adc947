package com.daocloud.support.entitlement;

import com.daocloud.support.lifecycle.LifecycleDecision;
import java.time.LocalDate;
import java.util.Optional;

/** Entitlement of a customer's installation (cluster) on a date: ENT-1..5, LC-1..3, EAM-2. */
public interface EntitlementCheck {

  /**
   * @param lifecycle the {@code support-lifecycle} decision's outcome for the installation's major version on
   *                  that date, as the caller evaluated it (the incident process, so that the evaluation is a
   *                  decision instance of the incident); empty when the table has no rule for it
   */
  Entitlement check(String customerId, String cluster, LocalDate onDate,
      Optional<LifecycleDecision.Outcome> lifecycle);
}
