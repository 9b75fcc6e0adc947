package com.daocloud.support.sla.api;

import com.daocloud.support.api.constraints.IsoDate;
import com.daocloud.support.api.constraints.Text;
import com.daocloud.support.api.constraints.TimeOfDay;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The body of {@code PUT /api/calendars/{id}} (README, Calendars are data). Strings rather than
 * {@code java.time} types so that each bad value is reported with its own field and a message a person
 * understands.
 *
 * @param windowStart {@code HH:mm} or {@code HH:mm:ss}, required
 * @param windowEnd   the same, after {@code windowStart}, required
 * @param holidays    dates {@code YYYY-MM-DD} that are not working days; absent = none
 * @param workingDays dates that are working days even on a weekend; absent = none
 * @param description free text, optional
 */
public record CalendarBody(
    @Schema(example = "09:00") @TimeOfDay String windowStart,
    @Schema(example = "18:00") @TimeOfDay String windowEnd,
    List<@IsoDate(required = true) String> holidays,
    List<@IsoDate(required = true) String> workingDays,
    @Schema(example = "Shanghai office") @Text(max = CalendarController.MAX_DESCRIPTION, required = false)
    String description) {
}
