package com.daocloud.support.sla.api;

/**
 * The body of {@code POST /api/sla/preview} (README, The SLA clock). Strings for the time values so that each
 * bad one is reported with its field.
 *
 * @param level       1..5, required
 * @param serviceTier {@code standard} | {@code premium} | {@code professional}, required
 * @param reportedAt  ISO-8601 date-time with offset, e.g. {@code 2026-11-27T17:00:00+01:00}, required
 * @param timeZone    the customer's IANA zone, e.g. {@code Europe/Berlin}, required
 * @param calendar    a calendar id; absent = {@code weekdays}
 */
public record SlaPreviewRequest(Integer level, String serviceTier, String reportedAt, String timeZone,
    String calendar) {
}
