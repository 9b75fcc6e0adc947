package com.daocloud.support.incident.api;

import com.daocloud.support.api.constraints.Text;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /api/incidents/{number}/information} (CUS-2). */
public record InformationRequest(
    @Schema(description = "The information support asked for",
        example = "The API server log from 09:00 to 09:30 is attached to ticket 4711.")
    @Text(max = IncidentController.MAX_TEXT) String text) {
}
