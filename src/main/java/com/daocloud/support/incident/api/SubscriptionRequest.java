package com.daocloud.support.incident.api;

/**
 * {@code PUT /api/incidents/{number}/subscription} (L12-7): e-mail updates of
 * one incident to {@code email}; {@code enabled} false stops them.
 */
public record SubscriptionRequest(String email, Boolean enabled) {
}
