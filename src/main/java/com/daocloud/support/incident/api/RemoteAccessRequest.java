package com.daocloud.support.incident.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** {@code POST /api/incidents/{number}/remote-access}. */
public record RemoteAccessRequest(
    @Schema(description = "Whether support may connect to the installation", example = "true")
    @NotNull(message = IncidentRequest.REQUIRED_BOOLEAN) Boolean granted) {
}
