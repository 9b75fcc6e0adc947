package com.daocloud.support.incident.api;

/** {@code POST /api/incidents/{number}/information} (CUS-2). */
public record InformationRequest(String text) {
}
