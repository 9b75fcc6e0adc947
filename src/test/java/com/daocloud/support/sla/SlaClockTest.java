package com.daocloud.support.sla;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static com.daocloud.support.sla.Coverage.BUSINESS_HOURS;
import static com.daocloud.support.sla.Coverage.ROUND_THE_CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hand-computed deadlines (RSP-2, RSP-3; README, The SLA clock). Dates: 2026-03-06 is a Friday, 2026-09-30 a
 * Wednesday; the default calendar {@code weekdays} has the window 09:00–18:00 (9 h).
 */
class SlaClockTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final WorkingCalendar WEEKDAYS = WorkingCalendar.weekdays();
    private static final WorkingCalendar CN_2026 = WorkingCalendarJson.fromClasspath(WorkingCalendarJson.CN_2026);

    private static OffsetDateTime due(String reportedAt, String responseTime, Coverage coverage, ZoneId zone,
                                      WorkingCalendar calendar) {
        return SlaClock.deadline(OffsetDateTime.parse(reportedAt).toInstant(), ResponseTime.parse(responseTime),
                coverage, zone, calendar).deadline();
    }

    private static OffsetDateTime at(String isoOffsetDateTime) {
        return OffsetDateTime.parse(isoOffsetDateTime);
    }

    // --- BusinessHours ---

    @Test
    @DisplayName("RSP-2: a 5x8 PT8H reported Friday 17:00 is due Monday 16:00 (the clock stops over the weekend)")
    void fridayAfternoonRunsIntoMonday() {
        // Given Friday 17:00 in Shanghai, PT8H 5x8
        // Then 1 h on Friday (17:00–18:00) + 7 h on Monday (09:00–16:00) = 8 h
        assertThat(due("2026-03-06T17:00+08:00", "PT8H", BUSINESS_HOURS, SHANGHAI, WEEKDAYS))
                .isEqualTo(at("2026-03-09T16:00+08:00"));
    }

    @Test
    @DisplayName("RSP-2: a 5x8 report before 09:00 starts counting at 09:00 the same day")
    void reportBeforeTheWindow() {
        // Tuesday 07:30, PT4H: counting starts 09:00, 09:00 + 4 h = 13:00
        assertThat(due("2026-03-10T07:30+08:00", "PT4H", BUSINESS_HOURS, SHANGHAI, WEEKDAYS))
                .isEqualTo(at("2026-03-10T13:00+08:00"));
    }

    @Test
    @DisplayName("RSP-2: a 5x8 report exactly at 18:00 starts counting at 09:00 the next working day")
    void reportExactlyAtTheWindowEnd() {
        // Tuesday 18:00: 0 h left on Tuesday; Wednesday 09:00 + 4 h = 13:00
        assertThat(due("2026-03-10T18:00+08:00", "PT4H", BUSINESS_HOURS, SHANGHAI, WEEKDAYS))
                .isEqualTo(at("2026-03-11T13:00+08:00"));
    }

    @Test
    @DisplayName("RSP-2: a 5x8 report on Saturday starts counting Monday 09:00")
    void reportOnSaturday() {
        // Saturday 10:00, PT4H: Monday 09:00 + 4 h = 13:00
        assertThat(due("2026-03-07T10:00+08:00", "PT4H", BUSINESS_HOURS, SHANGHAI, WEEKDAYS))
                .isEqualTo(at("2026-03-09T13:00+08:00"));
    }

    @Test
    @DisplayName("RSP-3: P2D 5x8 counts two windows (18 h) of business time across a weekend")
    void businessDaysAcrossAWeekend() {
        // Thursday 14:00, P2D = 2 x 9 h = 18 h: Thu 14–18 (4 h, 14 left), Fri 09–18 (9 h, 5 left),
        // Sat + Sun skipped, Mon 09:00 + 5 h = 14:00
        assertThat(due("2026-03-05T14:00+08:00", "P2D", BUSINESS_HOURS, SHANGHAI, WEEKDAYS))
                .isEqualTo(at("2026-03-09T14:00+08:00"));
    }

    @Test
    @DisplayName("RSP-3: P1D 5x8 reported at 09:00 is due 18:00 the same day")
    void oneBusinessDayFromTheOpening() {
        // Monday 09:00 + 9 h = 18:00, the window's end
        assertThat(due("2026-03-09T09:00+08:00", "P1D", BUSINESS_HOURS, SHANGHAI, WEEKDAYS))
                .isEqualTo(at("2026-03-09T18:00+08:00"));
    }

    @Test
    @DisplayName("RSP-3: a 5x8 deadline that falls exactly on the window's end stays at 18:00")
    void deadlineOnTheWindowEndStaysThere() {
        // Monday 10:00 + 8 h = 18:00 Monday, not 09:00 Tuesday
        assertThat(due("2026-03-09T10:00+08:00", "PT8H", BUSINESS_HOURS, SHANGHAI, WEEKDAYS))
                .isEqualTo(at("2026-03-09T18:00+08:00"));
        // Friday 17:00 + 1 h = 18:00 Friday, not 09:00 Monday
        assertThat(due("2026-03-06T17:00+08:00", "PT1H", BUSINESS_HOURS, SHANGHAI, WEEKDAYS))
                .isEqualTo(at("2026-03-06T18:00+08:00"));
    }

    @Test
    @DisplayName("RSP-2: a non-default window 10:00–16:00 counts only those six hours a day")
    void nonDefaultWindow() {
        WorkingCalendar shortDays = new WorkingCalendar("short", 1, LocalTime.of(10, 0), LocalTime.of(16, 0),
                List.of(), List.of());
        // Friday 15:00, PT4H: Fri 15–16 (1 h, 3 left), Mon 10:00 + 3 h = 13:00
        assertThat(due("2026-03-06T15:00+08:00", "PT4H", BUSINESS_HOURS, SHANGHAI, shortDays))
                .isEqualTo(at("2026-03-09T13:00+08:00"));
        // Monday 12:00, P1D = one 6 h window: Mon 12–16 (4 h, 2 left), Tue 10:00 + 2 h = 12:00
        assertThat(due("2026-03-09T12:00+08:00", "P1D", BUSINESS_HOURS, SHANGHAI, shortDays))
                .isEqualTo(at("2026-03-10T12:00+08:00"));
        // Monday 08:00 (before the window), PT6H: 10:00 + 6 h = 16:00, the window's end
        assertThat(due("2026-03-09T08:00+08:00", "PT6H", BUSINESS_HOURS, SHANGHAI, shortDays))
                .isEqualTo(at("2026-03-09T16:00+08:00"));
    }

    // --- NationalDayWeek ---

    @Test
    @DisplayName("RSP-2: cn-2026 skips the National Day holidays 2026-10-01..07")
    void holidaysAreSkipped() {
        // Wednesday 2026-09-30 15:00, PT8H: Sep 30 15–18 (3 h, 5 left), Oct 1–7 holidays,
        // Thursday Oct 8 09:00 + 5 h = 14:00
        assertThat(due("2026-09-30T15:00+08:00", "PT8H", BUSINESS_HOURS, SHANGHAI, CN_2026))
                .isEqualTo(at("2026-10-08T14:00+08:00"));
    }

    @Test
    @DisplayName("RSP-2: cn-2026 counts the working Saturday 2026-10-10")
    void workingSaturdayCounts() {
        // Sep 30 15:00, P4D = 36 h: Sep 30 (3 h, 33 left), Oct 8 Thu (9, 24), Oct 9 Fri (9, 15),
        // Oct 10 Sat, a working day (9, 6), Oct 11 Sun skipped, Mon Oct 12 09:00 + 6 h = 15:00
        assertThat(due("2026-09-30T15:00+08:00", "P4D", BUSINESS_HOURS, SHANGHAI, CN_2026))
                .isEqualTo(at("2026-10-12T15:00+08:00"));
        // the same report under weekdays: Sep 30 (3, 33), Oct 1 Thu (9, 24), Oct 2 Fri (9, 15),
        // Oct 5 Mon (9, 6), Tue Oct 6 09:00 + 6 h = 15:00
        assertThat(due("2026-09-30T15:00+08:00", "P4D", BUSINESS_HOURS, SHANGHAI, WEEKDAYS))
                .isEqualTo(at("2026-10-06T15:00+08:00"));
    }

    @Test
    @DisplayName("RSP-2: a report on a holiday starts counting at the first working day's opening")
    void reportOnAHoliday() {
        // Saturday Oct 3 (holiday) 10:00, PT4H: Thursday Oct 8 09:00 + 4 h = 13:00
        assertThat(due("2026-10-03T10:00+08:00", "PT4H", BUSINESS_HOURS, SHANGHAI, CN_2026))
                .isEqualTo(at("2026-10-08T13:00+08:00"));
        // Saturday Oct 10 is a working day: 08:00, PT4H -> 09:00 + 4 h = 13:00 the same Saturday
        assertThat(due("2026-10-10T08:00+08:00", "PT4H", BUSINESS_HOURS, SHANGHAI, CN_2026))
                .isEqualTo(at("2026-10-10T13:00+08:00"));
    }

    // --- DaylightSavingTime ---

    @Test
    @DisplayName("RSP-2: 24x7 is elapsed time across New York's spring change (00:30 EST + 4 h = 05:30 EDT)")
    void newYorkSpring24x7() {
        // 2026-03-08 00:30 EST = 05:30Z; + 4 h = 09:30Z = 05:30 EDT
        assertThat(due("2026-03-08T00:30-05:00", "PT4H", ROUND_THE_CLOCK, NEW_YORK, WEEKDAYS))
                .isEqualTo(at("2026-03-08T05:30-04:00"));
    }

    @Test
    @DisplayName("RSP-2: 24x7 is elapsed time across New York's autumn change (00:30 EDT + 4 h = 03:30 EST)")
    void newYorkAutumn24x7() {
        // 2026-11-01 00:30 EDT = 04:30Z; + 4 h = 08:30Z = 03:30 EST
        assertThat(due("2026-11-01T00:30-04:00", "PT4H", ROUND_THE_CLOCK, NEW_YORK, WEEKDAYS))
                .isEqualTo(at("2026-11-01T03:30-05:00"));
    }

    @Test
    @DisplayName("RSP-2: 5x8 in New York counts local hours across both DST changes")
    void newYork5x8() {
        // Friday 2026-03-06 16:00 EST, PT4H: Fri 16–18 (2 h), Mon 03-09 09:00 EDT + 2 h = 11:00 EDT
        assertThat(due("2026-03-06T16:00-05:00", "PT4H", BUSINESS_HOURS, NEW_YORK, WEEKDAYS))
                .isEqualTo(at("2026-03-09T11:00-04:00"));
        // Friday 2026-10-30 15:00 EDT, PT8H: Fri 15–18 (3 h), Mon 11-02 09:00 EST + 5 h = 14:00 EST
        assertThat(due("2026-10-30T15:00-04:00", "PT8H", BUSINESS_HOURS, NEW_YORK, WEEKDAYS))
                .isEqualTo(at("2026-11-02T14:00-05:00"));
    }

    @Test
    @DisplayName("RSP-2: 24x7 is elapsed time across Berlin's spring and autumn changes")
    void berlin24x7() {
        // 2026-03-29 01:00 CET = 00:00Z; + 2 h = 02:00Z = 04:00 CEST
        assertThat(due("2026-03-29T01:00+01:00", "PT2H", ROUND_THE_CLOCK, BERLIN, WEEKDAYS))
                .isEqualTo(at("2026-03-29T04:00+02:00"));
        // 2026-10-25 01:30 CEST = 23:30Z the day before; + 4 h = 03:30Z = 04:30 CET
        assertThat(due("2026-10-25T01:30+02:00", "PT4H", ROUND_THE_CLOCK, BERLIN, WEEKDAYS))
                .isEqualTo(at("2026-10-25T04:30+01:00"));
    }

    @Test
    @DisplayName("RSP-2: 5x8 in Berlin counts local hours across both DST changes")
    void berlin5x8() {
        // Friday 2026-03-27 17:00 CET, PT4H: Fri 17–18 (1 h), Mon 03-30 09:00 CEST + 3 h = 12:00 CEST
        assertThat(due("2026-03-27T17:00+01:00", "PT4H", BUSINESS_HOURS, BERLIN, WEEKDAYS))
                .isEqualTo(at("2026-03-30T12:00+02:00"));
        // Friday 2026-10-23 14:00 CEST, P1D = 9 h: Fri 14–18 (4 h), Mon 10-26 09:00 CET + 5 h = 14:00 CET
        assertThat(due("2026-10-23T14:00+02:00", "P1D", BUSINESS_HOURS, BERLIN, WEEKDAYS))
                .isEqualTo(at("2026-10-26T14:00+01:00"));
    }

    @Test
    @DisplayName("RSP-2: a 5x8 window that spans a DST change lasts its real elapsed time (11 h, 13 h)")
    void windowSpanningTheChange() {
        // window 00:00–12:00 and the change Sundays made working days
        WorkingCalendar nights = new WorkingCalendar("nights", 1, LocalTime.MIDNIGHT, LocalTime.NOON,
                List.of(), List.of(LocalDate.parse("2026-03-08"), LocalDate.parse("2026-11-01")));
        // 2026-03-08: 00:00 EST (05:00Z) to 12:00 EDT (16:00Z) = 11 h of coverage
        assertThat(due("2026-03-08T00:00-05:00", "PT11H", BUSINESS_HOURS, NEW_YORK, nights))
                .isEqualTo(at("2026-03-08T12:00-04:00"));
        // one hour more runs into Monday: 00:00 EDT + 1 h = 01:00 EDT
        assertThat(due("2026-03-08T00:00-05:00", "PT12H", BUSINESS_HOURS, NEW_YORK, nights))
                .isEqualTo(at("2026-03-09T01:00-04:00"));
        // 2026-11-01: 00:00 EDT (04:00Z) to 12:00 EST (17:00Z) = 13 h of coverage
        assertThat(due("2026-11-01T00:00-04:00", "PT13H", BUSINESS_HOURS, NEW_YORK, nights))
                .isEqualTo(at("2026-11-01T12:00-05:00"));
        // P1D stays one nominal window (12 h), so on the long day it ends at 11:00 EST
        assertThat(due("2026-11-01T00:00-04:00", "P1D", BUSINESS_HOURS, NEW_YORK, nights))
                .isEqualTo(at("2026-11-01T11:00-05:00"));
    }

    // --- Offsets ---

    @Test
    @DisplayName("RSP-2: a report instant written in another offset is read in the customer's zone")
    void reportInAnotherOffset() {
        // 09:00Z = 04:00-05:00 = Friday 17:00 in Shanghai; PT8H 5x8 -> Monday 16:00+08:00 as in the first case
        assertThat(due("2026-03-06T09:00Z", "PT8H", BUSINESS_HOURS, SHANGHAI, WEEKDAYS))
                .isEqualTo(at("2026-03-09T16:00+08:00"))
                .hasToString("2026-03-09T16:00+08:00");
        assertThat(due("2026-03-06T04:00-05:00", "PT8H", BUSINESS_HOURS, SHANGHAI, WEEKDAYS).getOffset())
                .isEqualTo(ZoneOffset.ofHours(8));
    }

    @Test
    @DisplayName("RSP-2: the deadline carries the zone's offset at that instant, truncated to the second")
    void offsetAndTruncation() {
        SlaDeadline d = SlaClock.deadline(Instant.parse("2026-03-06T09:00:00.987654321Z"),
                ResponseTime.parse("PT1H"), ROUND_THE_CLOCK, ZoneId.of("Asia/Kolkata"), WEEKDAYS);
        // 09:00:00.98Z + 1 h = 10:00:00.98Z -> 15:30:00+05:30, fraction dropped
        assertThat(d.deadline()).isEqualTo(at("2026-03-06T15:30:00+05:30"));
        assertThat(d.deadline().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(d.deadline().getNano()).isZero();
        assertThat(d.responseDue()).isEqualTo("2026-03-06T15:30:00+05:30");
        // New York's offset changes with the date: EST in January, EDT in July
        assertThat(due("2026-01-05T10:00-05:00", "PT1H", BUSINESS_HOURS, NEW_YORK, WEEKDAYS).getOffset())
                .isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(due("2026-07-06T10:00-04:00", "PT1H", BUSINESS_HOURS, NEW_YORK, WEEKDAYS).getOffset())
                .isEqualTo(ZoneOffset.ofHours(-4));
    }

    @Test
    @DisplayName("RSP-2: a 5x8 report with a fraction of a second gives the truncated exact deadline")
    void subSecondReport() {
        // Monday 17:59:59.5 + PT1H: 0.5 s on Monday, 3599.5 s from Tuesday 09:00 -> 09:59:59.5 -> 09:59:59
        SlaDeadline d = SlaClock.deadline(Instant.parse("2026-03-09T09:59:59.500Z"), ResponseTime.parse("PT1H"),
                BUSINESS_HOURS, ZoneOffset.ofHours(8), WEEKDAYS);
        assertThat(d.deadline()).isEqualTo(at("2026-03-10T09:59:59+08:00"));
    }

    // --- RoundTheClock ---

    @Test
    @DisplayName("RSP-3: 24x7 PT1H, PT2H and PT4H run through the night and the weekend")
    void levelOneResponseTimes() {
        // Saturday 23:30 + 1 h = Sunday 00:30; + 2 h = 01:30; + 4 h = 03:30
        assertThat(due("2026-03-07T23:30+08:00", "PT1H", ROUND_THE_CLOCK, SHANGHAI, CN_2026))
                .isEqualTo(at("2026-03-08T00:30+08:00"));
        assertThat(due("2026-03-07T23:30+08:00", "PT2H", ROUND_THE_CLOCK, SHANGHAI, CN_2026))
                .isEqualTo(at("2026-03-08T01:30+08:00"));
        assertThat(due("2026-03-07T23:30+08:00", "PT4H", ROUND_THE_CLOCK, SHANGHAI, CN_2026))
                .isEqualTo(at("2026-03-08T03:30+08:00"));
        // on a holiday too: Oct 1 12:00 + 4 h = 16:00
        assertThat(due("2026-10-01T12:00+08:00", "PT4H", ROUND_THE_CLOCK, SHANGHAI, CN_2026))
                .isEqualTo(at("2026-10-01T16:00+08:00"));
    }

    @Test
    @DisplayName("RSP-3: 24x7 P1D is 24 h of elapsed time")
    void businessDaysUnder24x7() {
        // 2026-03-07 23:30 EST + 24 h = 2026-03-09 00:30 EDT (the wall clock moved an hour on the 8th)
        assertThat(due("2026-03-07T23:30-05:00", "P1D", ROUND_THE_CLOCK, NEW_YORK, WEEKDAYS))
                .isEqualTo(at("2026-03-09T00:30-04:00"));
    }

    // --- WarningAndReclassification ---

    private final Instant friday17 = at("2026-03-06T17:00+08:00").toInstant();
    private final ResponseTime pt8h = ResponseTime.parse("PT8H");

    @Test
    @DisplayName("RSP-3: remaining coverage time stops over the weekend and turns negative after the deadline")
    void remaining() {
        // at Saturday: only Friday 17–18 elapsed -> 7 h left
        assertThat(SlaClock.remaining(friday17, pt8h, BUSINESS_HOURS, SHANGHAI, WEEKDAYS,
                at("2026-03-07T12:00+08:00").toInstant())).isEqualTo(Duration.ofHours(7));
        // at Monday 11:00: 1 h + 2 h elapsed -> 5 h left
        assertThat(SlaClock.remaining(friday17, pt8h, BUSINESS_HOURS, SHANGHAI, WEEKDAYS,
                at("2026-03-09T11:00+08:00").toInstant())).isEqualTo(Duration.ofHours(5));
        // at the deadline Monday 16:00: 0
        assertThat(SlaClock.remaining(friday17, pt8h, BUSINESS_HOURS, SHANGHAI, WEEKDAYS,
                at("2026-03-09T16:00+08:00").toInstant())).isZero();
        // Tuesday 10:00: 1 + 9 + 1 = 11 h elapsed -> -3 h
        assertThat(SlaClock.remaining(friday17, pt8h, BUSINESS_HOURS, SHANGHAI, WEEKDAYS,
                at("2026-03-10T10:00+08:00").toInstant())).isEqualTo(Duration.ofHours(-3));
        // before the report: the whole 8 h
        assertThat(SlaClock.remaining(friday17, pt8h, BUSINESS_HOURS, SHANGHAI, WEEKDAYS,
                at("2026-03-06T12:00+08:00").toInstant())).isEqualTo(Duration.ofHours(8));
    }

    @Test
    @DisplayName("RSP-3: the elapsed fraction counts coverage time only (3 of 8 h at Monday 11:00)")
    void elapsedFraction() {
        assertThat(SlaClock.elapsedFraction(friday17, pt8h, BUSINESS_HOURS, SHANGHAI, WEEKDAYS,
                at("2026-03-09T11:00+08:00").toInstant())).isEqualTo(0.375);
        assertThat(SlaClock.elapsedFraction(friday17, pt8h, BUSINESS_HOURS, SHANGHAI, WEEKDAYS,
                at("2026-03-06T16:00+08:00").toInstant())).isZero();
        assertThat(SlaClock.elapsedFraction(friday17, pt8h, BUSINESS_HOURS, SHANGHAI, WEEKDAYS,
                at("2026-03-10T10:00+08:00").toInstant())).isEqualTo(11.0 / 8);
    }

    @Test
    @DisplayName("RSP-3: the 75 % warning of a 5x8 PT8H reported Friday 17:00 is Monday 14:00")
    void seventyFivePercent() {
        // 75 % of 8 h = 6 h: Fri 17–18 (1 h), Mon 09:00 + 5 h = 14:00
        assertThat(SlaClock.instantAtFraction(friday17, pt8h, BUSINESS_HOURS, SHANGHAI, WEEKDAYS, 0.75))
                .isEqualTo(at("2026-03-09T14:00+08:00").toInstant());
        // 24x7 PT4H from 00:30 EST: 3 h elapsed -> 03:30 EST = 04:30 EDT (spring change)
        assertThat(SlaClock.instantAtFraction(at("2026-03-08T00:30-05:00").toInstant(), ResponseTime.parse("PT4H"),
                ROUND_THE_CLOCK, NEW_YORK, WEEKDAYS, 0.75)).isEqualTo(at("2026-03-08T04:30-04:00").toInstant());
        // 100 % is the deadline
        assertThat(SlaClock.instantAtFraction(friday17, pt8h, BUSINESS_HOURS, SHANGHAI, WEEKDAYS, 1.0))
                .isEqualTo(at("2026-03-09T16:00+08:00").toInstant());
    }

    @Test
    @DisplayName("RSP-2: a reclassification (L12-2) counts from the original report time")
    void reclassificationKeepsTheReportTime() {
        // Level 1 standard (PT4H 24x7) reported Friday 17:00 -> due Friday 21:00
        assertThat(SlaClock.deadline(friday17, ResponseTime.parse("PT4H"), ROUND_THE_CLOCK, SHANGHAI, WEEKDAYS)
                .deadline()).isEqualTo(at("2026-03-06T21:00+08:00"));
        // reclassified to Level 2 standard (PT8H 5x8) on Saturday: still counted from Friday 17:00 -> Monday 16:00
        assertThat(SlaClock.deadlineAfterReclassification(friday17, pt8h, BUSINESS_HOURS, SHANGHAI, WEEKDAYS)
                .deadline()).isEqualTo(at("2026-03-09T16:00+08:00"));
    }

    // --- Explanation ---

    @Test
    @DisplayName("RSP-2: the explanation names the calendar, the zone and the coverage intervals counted")
    void explanation() {
        SlaExplanation e = SlaClock.deadline(at("2026-09-30T15:00+08:00").toInstant(), "P4D", "5x8",
                SHANGHAI, CN_2026).explanation();
        assertThat(e.calendarId()).isEqualTo("cn-2026");
        assertThat(e.calendarVersion()).isEqualTo(1);
        assertThat(e.zone()).isEqualTo(SHANGHAI);
        assertThat(e.coverage()).isEqualTo(BUSINESS_HOURS);
        assertThat(e.coverageTime()).isEqualTo(Duration.ofHours(36));
        // Sep 30 15–18, Oct 8, Oct 9, Oct 10 (working Saturday), Oct 12 09–15: five intervals
        assertThat(e.firstInterval()).isEqualTo(new CoverageInterval(at("2026-09-30T15:00+08:00").toInstant(),
                at("2026-09-30T18:00+08:00").toInstant()));
        assertThat(e.lastInterval()).isEqualTo(new CoverageInterval(at("2026-10-12T09:00+08:00").toInstant(),
                at("2026-10-12T15:00+08:00").toInstant()));
        assertThat(e.intervalCount()).isEqualTo(5);
        assertThat(e.describe()).contains("cn-2026 v1", "5 intervals", "2026-10-12");
    }

    @Test
    @DisplayName("RSP-2: a 24x7 explanation is one interval from the report to the deadline")
    void explanation24x7() {
        SlaExplanation e = SlaClock.deadline(at("2026-03-07T23:30+08:00").toInstant(), "PT2H", "24x7",
                SHANGHAI, WEEKDAYS).explanation();
        assertThat(e.intervalCount()).isEqualTo(1);
        assertThat(e.firstInterval()).isEqualTo(e.lastInterval());
        assertThat(e.firstInterval().length()).isEqualTo(Duration.ofHours(2));
        assertThat(e.calendarId()).isEqualTo("weekdays");
    }

    // --- Inputs ---

    @Test
    @DisplayName("RSP-1: the decision's response times parse as coverage time or business days")
    void responseTimes() {
        assertThat(ResponseTime.parse("PT4H").coverageTime(BUSINESS_HOURS, WEEKDAYS)).isEqualTo(Duration.ofHours(4));
        assertThat(ResponseTime.parse("PT90M").coverageTime(BUSINESS_HOURS, WEEKDAYS)).isEqualTo(Duration.ofMinutes(90));
        assertThat(ResponseTime.parse("P2D").coverageTime(BUSINESS_HOURS, WEEKDAYS)).isEqualTo(Duration.ofHours(18));
        assertThat(ResponseTime.parse("P2D").coverageTime(ROUND_THE_CLOCK, WEEKDAYS)).isEqualTo(Duration.ofHours(48));
        assertThat(ResponseTime.parse("P4D").businessDays()).isEqualTo(4);
        for (String bad : new String[] {"", "4h", "P1W", "P1M", "P1DT4H", "PT0H", "PT-1H", "PT0.5S", "P0D"}) {
            assertThatThrownBy(() -> ResponseTime.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Coverage.fromCode("24x7")).isEqualTo(ROUND_THE_CLOCK);
        assertThat(Coverage.fromCode("5x8")).isEqualTo(BUSINESS_HOURS);
        assertThatThrownBy(() -> Coverage.fromCode("8x5")).isInstanceOf(IllegalArgumentException.class);
    }

    // --- Calendars ---

    @Test
    @DisplayName("RSP-2: weekdays is Monday–Friday 09:00–18:00 without holidays")
    void weekdays() {
        assertThat(WEEKDAYS.id()).isEqualTo("weekdays");
        assertThat(WEEKDAYS.windowStart()).isEqualTo(LocalTime.of(9, 0));
        assertThat(WEEKDAYS.windowEnd()).isEqualTo(LocalTime.of(18, 0));
        assertThat(WEEKDAYS.holidays()).isEmpty();
        assertThat(WEEKDAYS.workingDays()).isEmpty();
        assertThat(WEEKDAYS.windowLength()).isEqualTo(Duration.ofHours(9));
        assertThat(WEEKDAYS.isWorkingDay(LocalDate.parse("2026-03-06"))).isTrue();  // Friday
        assertThat(WEEKDAYS.isWorkingDay(LocalDate.parse("2026-03-07"))).isFalse(); // Saturday
        assertThat(WEEKDAYS.isWorkingDay(LocalDate.parse("2026-03-08"))).isFalse(); // Sunday
        assertThat(WEEKDAYS.isWorkingDay(LocalDate.parse("2026-03-09"))).isTrue();  // Monday
    }

    @Test
    @DisplayName("RSP-2: cn-2026 loads from its JSON file with its holidays and extra working days")
    void cn2026() {
        assertThat(CN_2026.id()).isEqualTo("cn-2026");
        assertThat(CN_2026.version()).isEqualTo(1);
        assertThat(CN_2026.holidays()).hasSize(33).contains(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-07"));
        assertThat(CN_2026.workingDays()).hasSize(6).contains(LocalDate.parse("2026-10-10"));
        assertThat(CN_2026.isWorkingDay(LocalDate.parse("2026-10-01"))).isFalse(); // holiday, Thursday
        assertThat(CN_2026.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();  // working Saturday
        assertThat(CN_2026.isWorkingDay(LocalDate.parse("2026-10-11"))).isFalse(); // Sunday
    }

    @Test
    @DisplayName("RSP-2: an invalid calendar is refused with the offending field named")
    void validation() {
        assertThatThrownBy(() -> new WorkingCalendar("x", 1, LocalTime.of(18, 0), LocalTime.of(9, 0), List.of(), List.of()))
                .isInstanceOf(CalendarValidationException.class)
                .hasMessageContaining("windowEnd")
                .extracting(ex -> ((CalendarValidationException) ex).field()).isEqualTo("windowEnd");
        assertThatThrownBy(() -> new WorkingCalendar("x", 1, LocalTime.of(9, 0), LocalTime.of(9, 0), List.of(), List.of()))
                .extracting(ex -> ((CalendarValidationException) ex).field()).isEqualTo("windowEnd");
        LocalDate day = LocalDate.parse("2026-10-10");
        assertThatThrownBy(() -> new WorkingCalendar("x", 1, LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of(day), Set.of(day)))
                .hasMessageContaining("2026-10-10")
                .extracting(ex -> ((CalendarValidationException) ex).field()).isEqualTo("workingDays");
        assertThatThrownBy(() -> new WorkingCalendar(" ", 0, null, LocalTime.of(9, 0), List.of(), List.of()))
                .extracting(ex -> ((CalendarValidationException) ex).violations().stream()
                        .map(CalendarValidationException.Violation::field).toList())
                .isEqualTo(List.of("id", "version", "windowStart"));
        assertThatThrownBy(() -> WorkingCalendarJson.read(new java.io.ByteArrayInputStream(
                "{\"id\":\"x\",\"windowStart\":\"9am\",\"windowEnd\":\"18:00\"}".getBytes())))
                .extracting(ex -> ((CalendarValidationException) ex).field()).isEqualTo("windowStart");
    }
}
