package com.daocloud.support.incident.api;

/**
 * {@code POST /api/incidents/{number}/closure-response} (CLS-1, CLS-2); a missing {@code accepted} is a 400.
 */
public record ClosureResponseRequest(Boolean accepted, String comment) {
}
