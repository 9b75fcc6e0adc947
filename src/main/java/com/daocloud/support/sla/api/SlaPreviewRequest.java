package com.daocloud.support.sla.api;

import com.daocloud.support.api.constraints.DateTimeWithOffset;
import com.daocloud.support.api.constraints.OneOf;
import com.daocloud.support.api.constraints.TimeZoneId;
import com.daocloud.support.sla.ServiceTiers;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

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
public record SlaPreviewRequest(
    @NotNull(message = "is required")
    @Min(value = SlaController.HIGHEST_LEVEL, message = LEVELS)
    @Max(value = SlaController.LOWEST_LEVEL, message = LEVELS) Integer level,
    @OneOf({ServiceTiers.STANDARD, ServiceTiers.PREMIUM, ServiceTiers.PROFESSIONAL}) String serviceTier,
    @DateTimeWithOffset(example = "2026-11-27T17:00:00+01:00") String reportedAt,
    @TimeZoneId String timeZone,
    String calendar) {

  /** The level the client sent is part of the message; Bean Validation puts it in, never evaluates it. */
  static final String LEVELS = "must be 1 to 5, was ${validatedValue}";
}
