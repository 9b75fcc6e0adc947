package com.daocloud.support.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The SLA clock (README, The SLA clock; RSP-2: coverage is the customer's local time and the clock stops
 * outside it; RSP-3: the response time is counted within coverage time). Pure functions over
 * {@code java.time}: no clock reads, no engine, no database; the caller passes every instant in.
 *
 * <ul>
 *   <li>24x7: the deadline is the report instant plus the coverage time as elapsed time (DST does not move
 *       it); {@code PnD} is n x 24 h.</li>
 *   <li>5x8: only the calendar's window on working days, in the customer's zone, counts. A report outside
 *       coverage starts counting at the next window's opening; {@code PnD} counts n x the window's nominal
 *       length; a deadline that falls exactly on a window's end stays there. Formally: the deadline is the
 *       earliest instant whose coverage time since the report equals the response time.</li>
 * </ul>
 *
 * <p>The clock works to the second: the sub-second part of an input instant is dropped first, which gives
 * the same deadline as exact arithmetic followed by the truncation to the second that the API reports.
 *
 * <p>A window's boundaries are the calendar's local times on that date resolved in the zone as
 * {@link java.time.ZonedDateTime} does (a gap moves a time forward by the gap's length; in an overlap the
 * start takes the earlier and the end the later occurrence), and its coverage is the real elapsed time
 * between them, so a window spanning a DST change lasts an hour more or less than on other days.
 */
public final class SlaClock {

    private static final long DAY = 86_400L;

    private SlaClock() {
    }

    /**
     * The response deadline of an incident reported at {@code reportedAt} (RSP-2, RSP-3).
     *
     * @param reportedAt   the report instant, in any offset (only the instant matters)
     * @param responseTime the {@code response-sla} decision's {@code responseTime}
     * @param coverage     the decision's {@code coverage}
     * @param zone         the customer's IANA time zone
     * @param calendar     the customer's working calendar (used by 5x8; recorded in the explanation for both)
     */
    public static SlaDeadline deadline(Instant reportedAt, ResponseTime responseTime, Coverage coverage,
                                       ZoneId zone, WorkingCalendar calendar) {
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(responseTime, "responseTime");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(calendar, "calendar");
        ZoneTable table = ZoneTable.of(zone);
        long start = reportedAt.getEpochSecond();
        long amount = responseTime.coverageSeconds(coverage, calendar);
        Walk walk = new Walk();
        long end;
        if (coverage == Coverage.ROUND_THE_CLOCK) {
            end = Math.addExact(start, amount);
            walk.firstFrom = start;
            walk.firstTo = end;
            walk.lastFrom = start;
            walk.count = 1;
        } else {
            end = advance(table, calendar, start, amount, walk);
        }
        ZoneOffset offset = table.offsetObjectAt(end);
        OffsetDateTime due = OffsetDateTime.of(LocalDateTime.ofEpochSecond(end, 0, offset), offset);
        Instant endInstant = due.toInstant();
        CoverageInterval first = new CoverageInterval(Instant.ofEpochSecond(walk.firstFrom),
                walk.count == 1 ? endInstant : Instant.ofEpochSecond(walk.firstTo));
        CoverageInterval last = walk.count == 1 ? first
                : new CoverageInterval(Instant.ofEpochSecond(walk.lastFrom), endInstant);
        LocalDate reportDate = LocalDate.ofInstant(Instant.ofEpochSecond(start), zone);
        // Only the holidays the count stepped over explain a 5x8 deadline; under 24x7 none matter.
        List<LocalDate> holidays = coverage == Coverage.ROUND_THE_CLOCK || due.toLocalDate().isBefore(reportDate)
                ? List.of()
                : List.copyOf(calendar.holidays().subSet(reportDate, due.toLocalDate().plusDays(1)));
        return new SlaDeadline(due, new SlaExplanation(Instant.ofEpochSecond(start), responseTime, coverage,
                Duration.ofSeconds(amount), zone, calendar.id(), calendar.version(), first, last, walk.count,
                calendar.windowStart(), calendar.windowEnd(), holidays, calendar.isWorkingDay(reportDate)));
    }

    /**
     * The same, from the decision's outputs as strings ({@code "PT4H"}, {@code "5x8"}).
     *
     * @throws IllegalArgumentException for an unknown response time or coverage
     */
    public static SlaDeadline deadline(Instant reportedAt, String responseTime, String coverage,
                                       ZoneId zone, WorkingCalendar calendar) {
        return deadline(reportedAt, ResponseTime.parse(responseTime), Coverage.fromCode(coverage), zone, calendar);
    }

    /**
     * The deadline after a reclassification (L12-2): it keeps the <em>original</em> report time, so this is
     * {@link #deadline} from {@code originalReportedAt} with the new level's response time and coverage —
     * never from the moment of the reclassification.
     */
    public static SlaDeadline deadlineAfterReclassification(Instant originalReportedAt, ResponseTime newResponseTime,
                                                            Coverage newCoverage, ZoneId zone,
                                                            WorkingCalendar calendar) {
        return deadline(originalReportedAt, newResponseTime, newCoverage, zone, calendar);
    }

    /**
     * The coverage time left at {@code at} until the deadline: the full response time before the report,
     * zero at the deadline, and negative after it (minus the coverage time elapsed since the deadline).
     */
    public static Duration remaining(Instant reportedAt, ResponseTime responseTime, Coverage coverage,
                                     ZoneId zone, WorkingCalendar calendar, Instant at) {
        long total = responseTime.coverageSeconds(coverage, calendar);
        return Duration.ofSeconds(total - elapsedSeconds(reportedAt, coverage, zone, calendar, at));
    }

    /**
     * The share of the response time's coverage time elapsed at {@code at}: 0 until the report (and while
     * outside coverage before the first window), 1 at the deadline, above 1 after it. The 75 % warning
     * fires when this reaches 0.75; see {@link #instantAtFraction}.
     */
    public static double elapsedFraction(Instant reportedAt, ResponseTime responseTime, Coverage coverage,
                                         ZoneId zone, WorkingCalendar calendar, Instant at) {
        long total = responseTime.coverageSeconds(coverage, calendar);
        return (double) elapsedSeconds(reportedAt, coverage, zone, calendar, at) / total;
    }

    /**
     * The earliest instant at which {@code fraction} of the response time's coverage time has elapsed
     * (e.g. 0.75 for the warning timer; 1.0 gives the deadline's instant). The coverage time is rounded to
     * the second.
     *
     * @throws IllegalArgumentException if {@code fraction} is negative, NaN or infinite
     */
    public static Instant instantAtFraction(Instant reportedAt, ResponseTime responseTime, Coverage coverage,
                                            ZoneId zone, WorkingCalendar calendar, double fraction) {
        if (!(fraction >= 0) || Double.isInfinite(fraction)) {
            throw new IllegalArgumentException("fraction must be a non-negative number, was " + fraction);
        }
        long total = responseTime.coverageSeconds(coverage, calendar);
        return addCoverageTime(reportedAt, Duration.ofSeconds(Math.round(fraction * total)), coverage, zone, calendar);
    }

    /**
     * The earliest instant at which {@code amount} of coverage time has elapsed since {@code from}
     * (to the second). {@link #deadline} is this with the response time's coverage time.
     */
    public static Instant addCoverageTime(Instant from, Duration amount, Coverage coverage, ZoneId zone,
                                          WorkingCalendar calendar) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative, was " + amount);
        }
        long start = from.getEpochSecond();
        long seconds = amount.getSeconds();
        if (coverage == Coverage.ROUND_THE_CLOCK) {
            return Instant.ofEpochSecond(Math.addExact(start, seconds));
        }
        return Instant.ofEpochSecond(advance(ZoneTable.of(zone), calendar, start, seconds, new Walk()));
    }

    /** The coverage time in {@code [from, to)} (to the second); zero if {@code to} is not after {@code from}. */
    public static Duration coverageTimeBetween(Instant from, Instant to, Coverage coverage, ZoneId zone,
                                               WorkingCalendar calendar) {
        return Duration.ofSeconds(between(from.getEpochSecond(), to.getEpochSecond(), coverage, zone, calendar));
    }

    private static long elapsedSeconds(Instant reportedAt, Coverage coverage, ZoneId zone,
                                       WorkingCalendar calendar, Instant at) {
        return between(reportedAt.getEpochSecond(), at.getEpochSecond(), coverage, zone, calendar);
    }

    private static long between(long a, long b, Coverage coverage, ZoneId zone, WorkingCalendar calendar) {
        if (b <= a) {
            return 0;
        }
        if (coverage == Coverage.ROUND_THE_CLOCK) {
            return b - a;
        }
        ZoneTable table = ZoneTable.of(zone);
        long firstDay = Math.floorDiv(a + table.offsetAt(a), DAY) - 1;
        long lastDay = Math.floorDiv(b + table.offsetAt(b), DAY) + 1;
        int ws = calendar.windowStartSecond();
        int we = calendar.windowEndSecond();
        long total = 0;
        for (long day = firstDay; day <= lastDay; day++) {
            if (calendar.isWorkingEpochDay(day)) {
                long base = day * DAY;
                long from = Math.max(table.toEpochSecond(base + ws, false), a);
                long to = Math.min(table.toEpochSecond(base + we, true), b);
                if (to > from) {
                    total += to - from;
                }
            }
        }
        return total;
    }

    /**
     * Walks the windows from {@code start} until {@code amount} seconds of coverage are used up, skipping
     * non-working days whole; the deadline is in the window where the remainder fits, at its end included.
     */
    private static long advance(ZoneTable table, WorkingCalendar calendar, long start, long amount, Walk walk) {
        if (amount == 0) {
            walk.firstFrom = start;
            walk.lastFrom = start;
            walk.count = 1;
            return start;
        }
        int ws = calendar.windowStartSecond();
        int we = calendar.windowEndSecond();
        long remaining = amount;
        // from the day before the report's local date: a window can only reach past midnight in odd zones
        long day = Math.floorDiv(start + table.offsetAt(start), DAY) - 1;
        for (; ; day++) {
            if (!calendar.isWorkingEpochDay(day)) {
                continue;
            }
            long base = day * DAY;
            // DST: boundaries resolve like ZonedDateTime (start: earlier offset, end: later); length = real elapsed time
            long windowEnd = table.toEpochSecond(base + we, true);
            if (windowEnd <= start) {
                continue;
            }
            long from = Math.max(table.toEpochSecond(base + ws, false), start);
            long available = windowEnd - from;
            if (available <= 0) {
                continue;
            }
            if (walk.count == 0) {
                walk.firstFrom = from;
                walk.firstTo = windowEnd;
            }
            walk.count++;
            walk.lastFrom = from;
            if (remaining <= available) {
                return from + remaining;
            }
            remaining -= available;
        }
    }

    /** What a walk counted: the first interval, the start of the last one and how many there were. */
    private static final class Walk {
        long firstFrom;
        long firstTo;
        long lastFrom;
        int count;
    }
}
