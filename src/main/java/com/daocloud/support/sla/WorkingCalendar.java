package com.daocloud.support.sla;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A working calendar (README, Calendars are data): a daily coverage window and the dates that deviate from
 * Monday–Friday. A working day is Monday–Friday, minus {@link #holidays()}, plus {@link #workingDays()} (an
 * extra working day counts even on a weekend). Immutable; calendars are data, so this type holds no rules of
 * its own.
 *
 * <p>A class rather than a record only so that the lookup arrays the clock needs can be computed once.
 */
public final class WorkingCalendar {

    private static final WorkingCalendar WEEKDAYS =
            new WorkingCalendar("weekdays", 1, LocalTime.of(9, 0), LocalTime.of(18, 0), List.of(), List.of());

    private final String id;
    private final int version;
    private final LocalTime windowStart;
    private final LocalTime windowEnd;
    private final SortedSet<LocalDate> holidays;
    private final SortedSet<LocalDate> workingDays;

    // derived, for the clock: sorted epoch days and the window as seconds of the day
    private final long[] holidayDays;
    private final long[] extraWorkingDays;
    private final int windowStartSecond;
    private final int windowEndSecond;

    /**
     * @throws CalendarValidationException naming each field that is wrong: blank {@code id},
     *         {@code version} below 1, missing or sub-second {@code windowStart}/{@code windowEnd},
     *         {@code windowEnd} not after {@code windowStart}, a null date, or a date that is both a holiday
     *         and a working day (reported on {@code workingDays})
     */
    public WorkingCalendar(String id, int version, LocalTime windowStart, LocalTime windowEnd,
                           Collection<LocalDate> holidays, Collection<LocalDate> workingDays) {
        List<CalendarValidationException.Violation> errors = new ArrayList<>();
        if (id == null || id.isBlank()) {
            errors.add(new CalendarValidationException.Violation("id", "must not be blank"));
        }
        if (version < 1) {
            errors.add(new CalendarValidationException.Violation("version", "must be at least 1, was " + version));
        }
        checkTime("windowStart", windowStart, errors);
        checkTime("windowEnd", windowEnd, errors);
        if (windowStart != null && windowEnd != null && !windowEnd.isAfter(windowStart)) {
            errors.add(new CalendarValidationException.Violation("windowEnd",
                    "must be after windowStart (" + windowStart + "), was " + windowEnd));
        }
        SortedSet<LocalDate> h = dates("holidays", holidays, errors);
        SortedSet<LocalDate> w = dates("workingDays", workingDays, errors);
        for (LocalDate date : w) {
            if (h.contains(date)) {
                errors.add(new CalendarValidationException.Violation("workingDays",
                        date + " is also listed as a holiday"));
            }
        }
        if (!errors.isEmpty()) {
            throw new CalendarValidationException(errors);
        }
        this.id = id;
        this.version = version;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.holidays = Collections.unmodifiableSortedSet(h);
        this.workingDays = Collections.unmodifiableSortedSet(w);
        this.holidayDays = h.stream().mapToLong(LocalDate::toEpochDay).toArray();
        this.extraWorkingDays = w.stream().mapToLong(LocalDate::toEpochDay).toArray();
        this.windowStartSecond = windowStart.toSecondOfDay();
        this.windowEndSecond = windowEnd.toSecondOfDay();
    }

    /** The built-in default calendar {@code weekdays}: Monday–Friday, 09:00–18:00, no holidays. */
    public static WorkingCalendar weekdays() {
        return WEEKDAYS;
    }

    private static void checkTime(String field, LocalTime time, List<CalendarValidationException.Violation> errors) {
        if (time == null) {
            errors.add(new CalendarValidationException.Violation(field, "must not be null"));
        } else if (time.getNano() != 0) {
            errors.add(new CalendarValidationException.Violation(field, "must be whole seconds, was " + time));
        }
    }

    private static SortedSet<LocalDate> dates(String field, Collection<LocalDate> dates,
                                              List<CalendarValidationException.Violation> errors) {
        SortedSet<LocalDate> set = new TreeSet<>();
        if (dates == null) {
            return set; // absent = none, as in the JSON files
        }
        for (LocalDate date : dates) {
            if (date == null) {
                errors.add(new CalendarValidationException.Violation(field, "must not contain null"));
            } else {
                set.add(date);
            }
        }
        return set;
    }

    public String id() {
        return id;
    }

    public int version() {
        return version;
    }

    public LocalTime windowStart() {
        return windowStart;
    }

    public LocalTime windowEnd() {
        return windowEnd;
    }

    /** Holidays, sorted; a holiday on a weekday is not a working day. */
    public SortedSet<LocalDate> holidays() {
        return holidays;
    }

    /** Extra working days, sorted; such a date is a working day even on a weekend. */
    public SortedSet<LocalDate> workingDays() {
        return workingDays;
    }

    /** The nominal length of one window ({@code windowEnd - windowStart}); one business day of {@code PnD}. */
    public Duration windowLength() {
        return Duration.ofSeconds(windowSeconds());
    }

    /** Whether coverage runs on {@code date}: Monday–Friday minus holidays, plus extra working days. */
    public boolean isWorkingDay(LocalDate date) {
        return isWorkingEpochDay(date.toEpochDay());
    }

    boolean isWorkingEpochDay(long epochDay) {
        if (extraWorkingDays.length > 0 && Arrays.binarySearch(extraWorkingDays, epochDay) >= 0) {
            return true;
        }
        // 1970-01-01 was a Thursday: (epochDay + 3) mod 7 is 0 on Mondays, 5 and 6 on weekends
        if (Math.floorMod(epochDay + 3, 7) >= 5) {
            return false;
        }
        return holidayDays.length == 0 || Arrays.binarySearch(holidayDays, epochDay) < 0;
    }

    int windowStartSecond() {
        return windowStartSecond;
    }

    int windowEndSecond() {
        return windowEndSecond;
    }

    long windowSeconds() {
        return windowEndSecond - windowStartSecond;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingCalendar c && id.equals(c.id) && version == c.version
                && windowStart.equals(c.windowStart) && windowEnd.equals(c.windowEnd)
                && holidays.equals(c.holidays) && workingDays.equals(c.workingDays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, windowStart, windowEnd, holidays, workingDays);
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + id + " v" + version + ", " + windowStart + "-" + windowEnd
                + ", " + holidays.size() + " holidays, " + workingDays.size() + " extra working days]";
    }
}
