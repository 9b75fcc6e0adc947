package com.daocloud.support.customer;

import com.daocloud.support.lifecycle.Version;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A customer's cluster running a product version (ENT-5: one record per cluster).
 * {@code activatedOn} is the cluster's first licence activation (software) or delivery
 * (integrated), from which its service validity runs (ENT-4). {@code timeZone} and {@code calendarId}
 * say where the cluster runs when that is not where the customer is (RSP-2); null: the customer's.
 */
public record Installation(String cluster, String product, Version version, InstallationKind kind,
    LocalDate activatedOn, ZoneId timeZone, String calendarId) {

  /** A cluster that runs in the customer's own time zone and calendar. */
  public Installation(String cluster, String product, Version version, InstallationKind kind,
      LocalDate activatedOn) {
    this(cluster, product, version, kind, activatedOn, null, null);
  }
}
