package com.daocloud.support.sla;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.Label;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.daocloud.support.sla.Coverage.BUSINESS_HOURS;
import static com.daocloud.support.sla.Coverage.ROUND_THE_CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the SLA clock (RSP-2, RSP-3) over real zones, random calendars, report instants in
 * 2025–2027 and response times PT1M..PT40H and P1D..P4D. The clock is checked against {@link #coverage},
 * a deliberately simple counter that builds every window with {@link ZonedDateTime} and shares no code
 * with the clock. (jqwik names properties with {@code @Label}; JUnit's {@code @DisplayName} makes it skip them.)
 */
class SlaClockProperties {

    private static final List<ZoneId> ZONES = List.of(
            "America/New_York", "Europe/Berlin", "Asia/Shanghai", "Asia/Kolkata", "Australia/Lord_Howe",
            "America/St_Johns", "America/Santiago", "America/Havana", "Pacific/Chatham", "Africa/Casablanca",
            "Europe/London", "Australia/Sydney", "America/Sao_Paulo", "Asia/Tehran", "UTC")
            .stream().map(ZoneId::of).toList();

    private static final List<ZoneId> ALL_ZONES = ZoneId.getAvailableZoneIds().stream().sorted()
            .map(ZoneId::of).toList();

    /** The zones that change their offset between 2025 and 2027. */
    private static final List<ZoneId> DST_ZONES = ALL_ZONES.stream().filter(z -> {
        ZoneOffsetTransition t = z.getRules().nextTransition(Instant.parse("2025-01-01T00:00:00Z"));
        return t != null && t.getInstant().isBefore(Instant.parse("2027-06-01T00:00:00Z"));
    }).toList();

    private static final long FROM = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2028-01-01T00:00:00Z").getEpochSecond();

    // ---- the independent counter -------------------------------------------------------------------------

    /** Coverage seconds in [a, b): every working day's window, built with ZonedDateTime, clipped to [a, b). */
    static long coverage(Instant a, Instant b, ZoneId zone, WorkingCalendar cal) {
        long total = 0;
        LocalDate last = LocalDate.ofInstant(b, zone).plusDays(1);
        for (LocalDate d = LocalDate.ofInstant(a, zone).minusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean working = cal.workingDays().contains(d) || (!weekend && !cal.holidays().contains(d));
            if (!working) {
                continue;
            }
            Instant start = ZonedDateTime.of(d, cal.windowStart(), zone).toInstant();
            Instant end = ZonedDateTime.of(d, cal.windowEnd(), zone).withLaterOffsetAtOverlap().toInstant();
            Instant from = start.isAfter(a) ? start : a;
            Instant to = end.isBefore(b) ? end : b;
            if (to.isAfter(from)) {
                total += Duration.between(from, to).getSeconds();
            }
        }
        return total;
    }

    private static long seconds(ResponseTime rt, Coverage coverage, WorkingCalendar cal) {
        return rt.coverageTime(coverage, cal).getSeconds();
    }

    // ---- properties ---------------------------------------------------------------------------------------

    @Property
    @Label("RSP-3: the coverage time from report to 5x8 deadline is exactly the response time, and no earlier instant has it")
    void coverageUntilTheDeadlineIsTheResponseTime(@ForAll("reports") long report, @ForAll("responseTimes") ResponseTime rt,
                                                   @ForAll("zones") ZoneId zone, @ForAll("calendars") WorkingCalendar cal) {
        Instant reportedAt = Instant.ofEpochSecond(report);
        Instant due = SlaClock.deadline(reportedAt, rt, BUSINESS_HOURS, zone, cal).instant();
        long expected = seconds(rt, BUSINESS_HOURS, cal);
        assertThat(coverage(reportedAt, due, zone, cal)).isEqualTo(expected);
        assertThat(coverage(reportedAt, due.minusSeconds(1), zone, cal)).isLessThan(expected);
    }

    @Property(tries = 500)
    @Label("RSP-3: the coverage time until the 5x8 deadline is the response time in every zone of the tz database")
    void coverageInAnyZone(@ForAll("reports") long report, @ForAll("responseTimes") ResponseTime rt,
                           @ForAll("anyZone") ZoneId zone, @ForAll("calendars") WorkingCalendar cal) {
        Instant reportedAt = Instant.ofEpochSecond(report);
        Instant due = SlaClock.deadline(reportedAt, rt, BUSINESS_HOURS, zone, cal).instant();
        assertThat(coverage(reportedAt, due, zone, cal)).isEqualTo(seconds(rt, BUSINESS_HOURS, cal));
    }

    @Property
    @Label("RSP-2: a deadline is never before the report, under 5x8 and 24x7")
    void neverBeforeTheReport(@ForAll("reports") long report, @ForAll("responseTimes") ResponseTime rt,
                              @ForAll("zones") ZoneId zone, @ForAll("calendars") WorkingCalendar cal,
                              @ForAll Coverage coverage) {
        Instant reportedAt = Instant.ofEpochSecond(report);
        assertThat(SlaClock.deadline(reportedAt, rt, coverage, zone, cal).instant()).isAfter(reportedAt);
    }

    @Property
    @Label("RSP-2: a later report never gets an earlier deadline")
    void monotonicInReportTime(@ForAll("reports") long report, @ForAll @IntRange(min = 0, max = 432_000) int later,
                               @ForAll("responseTimes") ResponseTime rt, @ForAll("zones") ZoneId zone,
                               @ForAll("calendars") WorkingCalendar cal, @ForAll Coverage coverage) {
        Instant first = SlaClock.deadline(Instant.ofEpochSecond(report), rt, coverage, zone, cal).instant();
        Instant second = SlaClock.deadline(Instant.ofEpochSecond(report + later), rt, coverage, zone, cal).instant();
        assertThat(second).isAfterOrEqualTo(first);
    }

    @Property
    @Label("RSP-2: a 24x7 deadline is the report instant plus the response time as elapsed time")
    void roundTheClockIsInstantArithmetic(@ForAll("reports") long report, @ForAll("responseTimes") ResponseTime rt,
                                          @ForAll("zones") ZoneId zone, @ForAll("calendars") WorkingCalendar cal) {
        Instant reportedAt = Instant.ofEpochSecond(report);
        Duration expected = rt.isBusinessDays() ? Duration.ofHours(24L * rt.businessDays()) : rt.coverageTime(ROUND_THE_CLOCK, cal);
        assertThat(SlaClock.deadline(reportedAt, rt, ROUND_THE_CLOCK, zone, cal).instant())
                .isEqualTo(reportedAt.plus(expected));
    }

    @Property
    @Label("RSP-2: the deadline carries the customer zone's offset at that instant and no fraction of a second")
    void offsetIsTheZonesOffset(@ForAll("reports") long report, @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
                                @ForAll("responseTimes") ResponseTime rt, @ForAll("anyZone") ZoneId zone,
                                @ForAll("calendars") WorkingCalendar cal, @ForAll Coverage coverage) {
        SlaDeadline d = SlaClock.deadline(Instant.ofEpochSecond(report, nanos), rt, coverage, zone, cal);
        assertThat(d.deadline().getOffset()).isEqualTo(zone.getRules().getOffset(d.instant()));
        assertThat(d.deadline().getNano()).isZero();
        // the sub-second part of the report does not change the deadline: truncating first is exact
        assertThat(d.instant()).isEqualTo(SlaClock.deadline(Instant.ofEpochSecond(report), rt, coverage, zone, cal).instant());
    }

    @Property
    @Label("RSP-3: remaining time and elapsed fraction are the coverage time counted since the report")
    void remainingAndElapsedFraction(@ForAll("reports") long report, @ForAll @IntRange(min = -86_400, max = 1_209_600) int offset,
                                     @ForAll("responseTimes") ResponseTime rt, @ForAll("zones") ZoneId zone,
                                     @ForAll("calendars") WorkingCalendar cal, @ForAll Coverage coverage) {
        Instant reportedAt = Instant.ofEpochSecond(report);
        Instant at = reportedAt.plusSeconds(offset);
        long total = seconds(rt, coverage, cal);
        long elapsed = coverage == ROUND_THE_CLOCK ? Math.max(0, offset) : coverage(reportedAt, at, zone, cal);
        assertThat(SlaClock.remaining(reportedAt, rt, coverage, zone, cal, at)).isEqualTo(Duration.ofSeconds(total - elapsed));
        assertThat(SlaClock.elapsedFraction(reportedAt, rt, coverage, zone, cal, at)).isEqualTo((double) elapsed / total);
        assertThat(SlaClock.coverageTimeBetween(reportedAt, at, coverage, zone, cal)).isEqualTo(Duration.ofSeconds(elapsed));
    }

    @Property
    @Label("RSP-3: the 75 % instant has three quarters of the coverage time behind it and is not after the deadline")
    void seventyFivePercent(@ForAll("reports") long report, @ForAll("responseTimes") ResponseTime rt,
                            @ForAll("zones") ZoneId zone, @ForAll("calendars") WorkingCalendar cal, @ForAll Coverage coverage) {
        Instant reportedAt = Instant.ofEpochSecond(report);
        Instant warning = SlaClock.instantAtFraction(reportedAt, rt, coverage, zone, cal, 0.75);
        Instant due = SlaClock.deadline(reportedAt, rt, coverage, zone, cal).instant();
        long quarterThree = Math.round(0.75 * seconds(rt, coverage, cal));
        long counted = coverage == ROUND_THE_CLOCK ? Duration.between(reportedAt, warning).getSeconds()
                : coverage(reportedAt, warning, zone, cal);
        assertThat(counted).isEqualTo(quarterThree);
        assertThat(warning).isBefore(due);
        assertThat(SlaClock.elapsedFraction(reportedAt, rt, coverage, zone, cal, warning)).isCloseTo(0.75, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Property(tries = 3000)
    @Label("RSP-2: local times resolve in the clock's zone table exactly as ZonedDateTime resolves them")
    void zoneTableAgreesWithJavaTime(@ForAll("anyZone") ZoneId zone, @ForAll("localSeconds") long local, @ForAll boolean later) {
        ZonedDateTime z = ZonedDateTime.ofLocal(LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC), zone, null);
        long expected = (later ? z.withLaterOffsetAtOverlap() : z).toEpochSecond();
        ZoneTable table = ZoneTable.of(zone);
        assertThat(table.toEpochSecond(local, later)).isEqualTo(expected);
        assertThat(table.offsetAt(local)).isEqualTo(zone.getRules().getOffset(Instant.ofEpochSecond(local)).getTotalSeconds());
    }

    @Property(tries = 3000)
    @Label("RSP-2: local times in and around every DST gap and overlap resolve as ZonedDateTime resolves them")
    void zoneTableAgreesAroundTransitions(@ForAll("anyZone") ZoneId zone, @ForAll("localSeconds") long near,
                                         @ForAll @IntRange(min = -10_800, max = 10_800) int delta, @ForAll boolean later) {
        ZoneOffsetTransition t = zone.getRules().nextTransition(Instant.ofEpochSecond(near));
        Assume.that(t != null);
        long local = t.toEpochSecond() + t.getOffsetBefore().getTotalSeconds() + delta;
        zoneTableAgreesWithJavaTime(zone, local, later);
    }

    @Property
    @Label("RSP-2: around DST changes a 5x8 window counts its real elapsed length, and the deadline still holds the response time")
    void aroundDaylightSavingChanges(@ForAll("dstZones") ZoneId zone, @ForAll("reports") long near,
                                     @ForAll @IntRange(min = -259_200, max = 43_200) int reportShift,
                                     @ForAll @IntRange(min = -12, max = 8) int startQuarters,
                                     @ForAll @IntRange(min = -4, max = 40) int endQuarters,
                                     @ForAll("responseTimes") ResponseTime rt) {
        ZoneOffsetTransition t = zone.getRules().nextTransition(Instant.ofEpochSecond(near));
        Assume.that(t != null);
        // window boundaries near the local time of the change, on the day of the change, which is a working day
        LocalDateTime changeAt = t.getDateTimeBefore().isBefore(t.getDateTimeAfter()) ? t.getDateTimeBefore() : t.getDateTimeAfter();
        LocalDate day = changeAt.toLocalDate();
        int changeMinute = changeAt.getHour() * 60 + changeAt.getMinute();
        int start = Math.max(0, Math.min(24 * 60 - 16, changeMinute + 15 * startQuarters));
        int end = Math.max(start + 15, Math.min(24 * 60 - 1, changeMinute + 15 * endQuarters));
        WorkingCalendar cal = new WorkingCalendar("dst", 1, LocalTime.of(start / 60, start % 60),
                LocalTime.of(end / 60, end % 60), List.of(), List.of(day.minusDays(1), day, day.plusDays(1)));
        // half of the reports on quarter hours, to meet window boundaries exactly
        Instant reportedAt = t.getInstant().plusSeconds(near % 2 == 0 ? reportShift - Math.floorMod(reportShift, 900) : reportShift);
        Instant due = SlaClock.deadline(reportedAt, rt, BUSINESS_HOURS, zone, cal).instant();
        long expected = seconds(rt, BUSINESS_HOURS, cal);
        assertThat(coverage(reportedAt, due, zone, cal)).isEqualTo(expected);
        assertThat(coverage(reportedAt, due.minusSeconds(1), zone, cal)).isLessThan(expected);
        Instant at = due.minusSeconds(Math.floorMod(near, 100_000L));
        assertThat(SlaClock.coverageTimeBetween(reportedAt, at, BUSINESS_HOURS, zone, cal).getSeconds())
                .isEqualTo(at.isAfter(reportedAt) ? coverage(reportedAt, at, zone, cal) : 0);
    }

    // ---- generators ---------------------------------------------------------------------------------------

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES);
    }

    @Provide
    Arbitrary<ZoneId> dstZones() {
        return Arbitraries.of(DST_ZONES);
    }

    @Provide
    Arbitrary<ZoneId> anyZone() {
        return Arbitraries.of(ALL_ZONES);
    }

    @Provide
    Arbitrary<Long> reports() {
        Arbitrary<Long> any = Arbitraries.longs().between(FROM, TO);
        // quarter hours hit window boundaries exactly
        return Arbitraries.frequencyOf(Tuple.of(2, any), Tuple.of(1, any.map(s -> s - Math.floorMod(s, 900))));
    }

    @Provide
    Arbitrary<Long> localSeconds() {
        // 1850..2300: before, inside and after the tabulated range; quarter hours hit transitions
        Arbitrary<Long> any = Arbitraries.longs().between(-3_786_825_600L, 10_413_792_000L);
        Arbitrary<Long> near = Arbitraries.longs().between(FROM, TO).map(s -> s - Math.floorMod(s, 900));
        return Arbitraries.frequencyOf(Tuple.of(1, any), Tuple.of(2, near));
    }

    @Provide
    Arbitrary<ResponseTime> responseTimes() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(1, 40).map(h -> ResponseTime.parse("PT" + h + "H"))),
                Tuple.of(1, Arbitraries.integers().between(1, 2400).map(m -> ResponseTime.ofDuration(Duration.ofMinutes(m)))),
                Tuple.of(2, Arbitraries.integers().between(1, 4).map(ResponseTime::ofBusinessDays)));
    }

    @Provide
    Arbitrary<WorkingCalendar> calendars() {
        Arbitrary<Integer> startMinute = Arbitraries.integers().between(0, 23 * 60 - 15);
        Arbitrary<Integer> lengthMinutes = Arbitraries.integers().between(15, 24 * 60 - 1);
        Arbitrary<LocalDate> dates = Arbitraries.longs()
                .between(LocalDate.parse("2024-12-01").toEpochDay(), LocalDate.parse("2028-01-31").toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<WorkingCalendar> random = Combinators.combine(startMinute, lengthMinutes,
                dates.set().ofMaxSize(80), dates.set().ofMaxSize(120), Arbitraries.integers().between(1, 9))
                .as((start, length, holidays, candidates, version) -> {
                    int end = Math.min(start + length, 24 * 60 - 1);
                    Set<LocalDate> extra = candidates.stream()
                            .filter(d -> d.getDayOfWeek().getValue() >= 6 && !holidays.contains(d))
                            .collect(Collectors.toCollection(TreeSet::new));
                    return new WorkingCalendar("random", version, LocalTime.of(start / 60, start % 60),
                            LocalTime.of(end / 60, end % 60), holidays, extra);
                });
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(WorkingCalendar.weekdays())),
                Tuple.of(1, Arbitraries.just(WorkingCalendarJson.fromClasspath(WorkingCalendarJson.CN_2026))),
                Tuple.of(4, random));
    }
}
