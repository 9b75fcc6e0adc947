package com.daocloud.support.change.api;

/**
 * {@code POST /api/change-requests/{number}/downtime}, optional body: the cluster that is down (default:
 * the change's installation, else the customer's first) and what the customer sees.
 */
public record DowntimeBody(String installation, String detail) {
}
