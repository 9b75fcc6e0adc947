package com.daocloud.support.customer;

import com.daocloud.support.lifecycle.Version;
import java.time.LocalDate;

/**
 * A customer's cluster running a product version (ENT-5: one record per cluster).
 * {@code activatedOn} is the cluster's first licence activation (software) or delivery
 * (integrated), from which its service validity runs (ENT-4).
 */
public record Installation(String cluster, String product, Version version, InstallationKind kind,
    LocalDate activatedOn) {
}
