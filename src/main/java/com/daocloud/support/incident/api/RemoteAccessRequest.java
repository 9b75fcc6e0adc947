package com.daocloud.support.incident.api;

import jakarta.validation.constraints.NotNull;

/** {@code POST /api/incidents/{number}/remote-access}. */
public record RemoteAccessRequest(@NotNull(message = IncidentRequest.REQUIRED_BOOLEAN) Boolean granted) {
}
