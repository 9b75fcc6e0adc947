package com.daocloud.support.sla;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A response time as the {@code response-sla} decision writes it (RSP-1): either an amount of
 * coverage time ({@code PT4H}, {@code PT30M}, {@code PT1H30M}) or a number of business days
 * ({@code P1D}, {@code P4D}). Only these two shapes are accepted; {@code P1DT4H}, weeks, months and
 * sub-second amounts are rejected, because their meaning under 5x8 coverage would be a guess.
 */
public final class ResponseTime {

    private static final Pattern BUSINESS_DAYS = Pattern.compile("P(\\d{1,4})D");

    private final String text;
    private final Duration duration;   // null for business days
    private final int businessDays;    // 0 for a duration

    private ResponseTime(String text, Duration duration, int businessDays) {
        this.text = text;
        this.duration = duration;
        this.businessDays = businessDays;
    }

    /** Parses {@code PTnH}/{@code PTnM}/... (coverage time) or {@code PnD} (business days). */
    public static ResponseTime parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("responseTime must be an ISO-8601 duration such as PT4H or P2D");
        }
        String t = text.trim();
        Matcher days = BUSINESS_DAYS.matcher(t);
        if (days.matches()) {
            int n = Integer.parseInt(days.group(1));
            if (n == 0) {
                throw new IllegalArgumentException("responseTime must be positive, was " + text);
            }
            return new ResponseTime(t, null, n);
        }
        if (!t.startsWith("PT")) {
            throw new IllegalArgumentException("responseTime must be PTnH, PTnM or PnD, was " + text);
        }
        Duration d;
        try {
            d = Duration.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("responseTime is not an ISO-8601 duration: " + text, e);
        }
        return ofDuration(d);
    }

    /** A response time of {@code duration} coverage time (whole seconds, positive). */
    public static ResponseTime ofDuration(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero() || duration.getNano() != 0) {
            throw new IllegalArgumentException("responseTime must be a positive number of whole seconds, was " + duration);
        }
        return new ResponseTime(duration.toString(), duration, 0);
    }

    /** A response time of {@code n} business days ({@code PnD}). */
    public static ResponseTime ofBusinessDays(int n) {
        if (n < 1 || n > 9999) {
            throw new IllegalArgumentException("business days must be 1..9999, was " + n);
        }
        return new ResponseTime("P" + n + "D", null, n);
    }

    public boolean isBusinessDays() {
        return duration == null;
    }

    /** The number of business days, 0 for a plain duration. */
    public int businessDays() {
        return businessDays;
    }

    /**
     * The coverage time this response time stands for. {@code PnD} is n windows' nominal length under 5x8
     * (n x 9 h by default: each business day is the length of one window), n x 24 h under 24x7.
     */
    public Duration coverageTime(Coverage coverage, WorkingCalendar calendar) {
        if (duration != null) {
            return duration;
        }
        return coverage == Coverage.ROUND_THE_CLOCK
                ? Duration.ofDays(businessDays)
                : Duration.ofSeconds((long) businessDays * calendar.windowSeconds());
    }

    long coverageSeconds(Coverage coverage, WorkingCalendar calendar) {
        if (duration != null) {
            return duration.getSeconds();
        }
        return (long) businessDays * (coverage == Coverage.ROUND_THE_CLOCK ? 86_400L : calendar.windowSeconds());
    }

    /** The ISO-8601 text, e.g. {@code PT4H} or {@code P2D}. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponseTime r && Objects.equals(duration, r.duration) && businessDays == r.businessDays;
    }

    @Override
    public int hashCode() {
        return Objects.hash(duration, businessDays);
    }
}
