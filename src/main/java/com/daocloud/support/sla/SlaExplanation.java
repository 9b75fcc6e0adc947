package com.daocloud.support.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Why the deadline is where it is: the inputs, the calendar (id and version) and the coverage intervals
 * counted. Only the first and the last interval and their number are kept, never a list, so that a
 * deadline costs no more than a few objects.
 *
 * @param reportedAt      the report instant the clock started from (to the second)
 * @param coverageTime    the coverage time counted ({@code PnD}: n x the window's nominal length under 5x8)
 * @param calendarVersion the version of the calendar, so that a later edit does not hide what was used
 * @param firstInterval   the first stretch of coverage counted
 * @param lastInterval    the last one, ending at the deadline (equal to the first when there is one)
 * @param intervalCount   how many stretches were counted (1 for 24x7)
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
        int intervalCount) {

    /** One line for a timeline entry or a log. */
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
