package com.daocloud.support.change.api;

import com.daocloud.support.api.constraints.Text;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /api/change-requests/{number}/downtime}, optional body: the cluster that is down (default:
 * the change's installation, else the customer's first) and what the customer sees.
 */
public record DowntimeBody(
    @Schema(description = "The cluster that is down; absent: the change's", example = "prod-1") String installation,
    @Schema(description = "What the customer sees", example = "prod-1 is down since the upgrade started.")
    @Text(max = 5_000, required = false) String detail) {
}
