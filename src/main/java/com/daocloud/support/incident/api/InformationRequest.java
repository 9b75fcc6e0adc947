package com.daocloud.support.incident.api;

/** {@code POST /api/incidents/{number}/information} (CONTRACT §5). */
public record InformationRequest(String text) {
}
