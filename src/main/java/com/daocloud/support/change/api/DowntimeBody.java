package com.daocloud.support.change.api;

import com.daocloud.support.api.constraints.Text;

/**
 * {@code POST /api/change-requests/{number}/downtime}, optional body: the cluster that is down (default:
 * the change's installation, else the customer's first) and what the customer sees.
 */
public record DowntimeBody(String installation, @Text(max = 5_000, required = false) String detail) {
}
