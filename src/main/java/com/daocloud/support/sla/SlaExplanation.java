package com.daocloud.support.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why the deadline is where it is: the inputs, the calendar (id and version) and the coverage intervals
 * counted. Only the first and the last interval and their number are kept, never a list of intervals, so that
 * a deadline costs no more than a few objects; the holidays kept are those between the report and the deadline
 * (none under 24x7), which the sentence people read names.
 *
 * @param reportedAt      the report instant the clock started from (to the second)
 * @param coverageTime    the coverage time counted ({@code PnD}: n x the window's nominal length under 5x8)
 * @param calendarVersion the version of the calendar, so that a later edit does not hide what was used
 * @param firstInterval   the first stretch of coverage counted
 * @param lastInterval    the last one, ending at the deadline (equal to the first when there is one)
 * @param intervalCount   how many stretches were counted (1 for 24x7)
 * @param windowStart     the calendar's daily window (for the sentence "09:00–18:00 on working days")
 * @param holidays        the calendar's holidays from the report's date to the deadline's (5x8; empty for 24x7)
 * @param reportedOnWorkingDay whether the report's date is a working day of the calendar
 */
public record SlaExplanation(
        Instant reportedAt,
        ResponseTime responseTime,
        Coverage coverage,
        Duration coverageTime,
        ZoneId zone,
        String calendarId,
        int calendarVersion,
        CoverageInterval firstInterval,
        CoverageInterval lastInterval,
        int intervalCount,
        LocalTime windowStart,
        LocalTime windowEnd,
        List<LocalDate> holidays,
        boolean reportedOnWorkingDay) {

    /** The policy rules behind every deadline: the response time (RSP-1), coverage (RSP-2), the count (RSP-3). */
    public static final List<String> POLICY = List.of("RSP-1", "RSP-2", "RSP-3");

    private static final Pattern CLOCK_START = Pattern.compile(" from (\\S+?)(?:\\[[^\\]]*\\])?, calendar ");

    public SlaExplanation {
        holidays = List.copyOf(holidays);
    }

    /**
     * The instant the clock started from, read back from a {@link #describe()} text as stored with an incident
     * (its inverse, kept beside it); empty for any other text.
     */
    public static Optional<Instant> clockStart(String described) {
        if (described == null) {
            return Optional.empty();
        }
        Matcher m = CLOCK_START.matcher(described);
        try {
            return m.find() ? Optional.of(OffsetDateTime.parse(m.group(1)).toInstant()) : Optional.empty();
        } catch (DateTimeParseException notOurs) {
            return Optional.empty();
        }
    }

    /**
     * One line for logs and the API's machine-readable {@code slaExplanation} (people read the sentence of
     * {@code time.DeadlineWording}).
     */
    public String describe() {
        String counted = intervalCount == 1
                ? firstInterval.describe(zone)
                : firstInterval.describe(zone) + " … " + lastInterval.describe(zone);
        return responseTime + " " + coverage + " from " + reportedAt.atZone(zone)
                + ", calendar " + calendarId + " v" + calendarVersion
                + ": " + coverageTime + " of coverage counted in " + intervalCount
                + (intervalCount == 1 ? " interval " : " intervals ") + counted;
    }
}
