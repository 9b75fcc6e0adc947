package com.daocloud.support.sla.api;

import com.daocloud.support.api.constraints.DateTimeWithOffset;
import com.daocloud.support.api.constraints.OneOf;
import com.daocloud.support.api.constraints.TimeZoneId;
import com.daocloud.support.sla.ServiceTiers;
import io.swagger.v3.oas.annotations.media.Schema;
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
    @Schema(description = "The incident level, 1 (production down) to 5 (a suggestion)", example = "3")
    @NotNull(message = "is required")
    @Min(value = SlaController.HIGHEST_LEVEL, message = LEVELS)
    @Max(value = SlaController.LOWEST_LEVEL, message = LEVELS) Integer level,
    @Schema(description = "The customer's service tier", example = "standard")
    @OneOf({ServiceTiers.STANDARD, ServiceTiers.PREMIUM, ServiceTiers.PROFESSIONAL}) String serviceTier,
    @Schema(description = "When the incident is (or would be) reported")
    @DateTimeWithOffset(example = "2026-11-27T17:00:00+01:00") String reportedAt,
    @Schema(description = "The IANA time zone of the installation") @TimeZoneId String timeZone,
    @Schema(description = "The working calendar 5x8 deadlines count in; absent: weekdays", example = "cn-2026")
    String calendar) {

  /** The level the client sent is part of the message; Bean Validation puts it in, never evaluates it. */
  static final String LEVELS = "must be 1 to 5, was ${validatedValue}";
}
