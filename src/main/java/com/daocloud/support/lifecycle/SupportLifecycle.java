package com.daocloud.support.lifecycle;

import java.time.LocalDate;

/**
 * Where a deployed version stands on a date: the phase and dates of its major version (decision
 * {@code support-lifecycle}, LC-1) and, from the release catalogue, the latest maintenance version of
 * its major.minor and the latest version of the product (the newest major.minor's latest maintenance release,
 * LC-3). {@code latestMaintenance} and {@code onLatestMaintenance} are null when the catalogue does not know the
 * major.minor; {@code latestVersion} and {@code onLatestVersion} when it knows no line of the product.
 */
public record SupportLifecycle(Version version, LifecyclePhase phase, LocalDate gaDate,
    LocalDate eossDate, LocalDate eoslDate, Version latestMaintenance,
    Boolean onLatestMaintenance, Version latestVersion, Boolean onLatestVersion) {
}
