package com.daocloud.support.change.api;

/**
 * {@code POST /api/change-requests} (docs/processes.md). Dates are strings so that a malformed one is a 400
 * naming the field. Optional: {@code installation} (the cluster the change touches,
 * used for a downtime incident) and {@code returningAfterLapse} (CHG-5, product additions only).
 */
public record ChangeRequestBody(String customerId, String changeType, String plannedAt, String description,
    String newDataCenter, String effectiveDate, String installation, Boolean returningAfterLapse) {
}
