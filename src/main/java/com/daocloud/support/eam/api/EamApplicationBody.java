package com.daocloud.support.eam.api;

/**
 * {@code POST /api/eam-applications} (docs/processes.md). Boxed: a missing field is a named 400, not a
 * default.
 */
public record EamApplicationBody(String customerId, String installation, Integer years, Boolean stableEnvironment,
    Boolean supportedConfiguration, Boolean willingToUpgrade) {
}
