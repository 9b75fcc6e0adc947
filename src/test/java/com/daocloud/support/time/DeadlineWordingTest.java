package com.daocloud.support.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.sla.SlaClock;
import com.daocloud.support.sla.SlaDeadline;
import com.daocloud.support.sla.SlaExplanation;
import com.daocloud.support.sla.WorkingCalendar;
import com.daocloud.support.sla.WorkingCalendarJson;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The deadline's explanation as a sentence (docs/communication.md, Times and durations). */
class DeadlineWordingTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final WorkingCalendar CN_2026 = WorkingCalendarJson.fromClasspath(WorkingCalendarJson.CN_2026);
  private static final WorkingCalendar WEEKDAYS = WorkingCalendar.weekdays();

  private static SlaDeadline deadline(String reported, String responseTime, String coverage, ZoneId zone,
      WorkingCalendar calendar) {
    return SlaClock.deadline(OffsetDateTime.parse(reported).toInstant(), responseTime, coverage, zone, calendar);
  }

  private static String english(SlaDeadline d) {
    return DeadlineWording.sentence(d.explanation(), HumanTimes.ENGLISH);
  }

  @Test
  @DisplayName("RSP-3: a 24x7 deadline is the response time counted around the clock from the report, in words, without rule ids")
  void roundTheClock() {
    SlaDeadline d = deadline("2026-11-30T08:42:59+08:00", "PT1H", "24x7", SHANGHAI, CN_2026);

    assertThat(english(d)).isEqualTo("1 hour, counted around the clock from the report at Mon 30 Nov 08:42 Shanghai time");
    assertThat(english(d)).doesNotContain("RSP-", "PT1H", "24x7", "[Asia/Shanghai]");
    assertThat(SlaExplanation.POLICY).containsExactly("RSP-1", "RSP-2", "RSP-3");
  }

  @Test
  @DisplayName("RSP-2: a 5x8 report on Sunday evening is counted from Monday 09:00, and the sentence says why")
  void sundayEvening() {
    SlaDeadline d = deadline("2026-11-29T20:15:00+08:00", "PT4H", "5x8", SHANGHAI, CN_2026);

    assertThat(english(d)).isEqualTo("4 hours of business hours (09:00\u201318:00 on working days), counted from "
        + "Mon 30 Nov 09:00 Shanghai time because the report came in on Sunday evening");
  }

  @Test
  @DisplayName("RSP-2: a 5x8 report inside business hours is counted from the report itself")
  void insideBusinessHours() {
    SlaDeadline d = deadline("2026-11-30T10:05:00+08:00", "PT2H30M", "5x8", SHANGHAI, CN_2026);

    assertThat(english(d)).isEqualTo("2 hours 30 minutes of business hours (09:00\u201318:00 on working days), "
        + "counted from the report at Mon 30 Nov 10:05 Shanghai time");
  }

  @Test
  @DisplayName("RSP-2, RSP-3: 2 business days reported after hours before the 1-7 Oct holidays count from 8 Oct and name the holidays")
  void overTheOctoberHolidays() {
    // Given a report on Wednesday 30 Sep at 19:00, after business hours, the last working day before the holidays
    SlaDeadline d = deadline("2026-09-30T19:00:00+08:00", "P2D", "5x8", SHANGHAI, CN_2026);

    // Then the deadline is Friday 9 Oct 18:00, and the sentence says from when and which days did not count
    assertThat(HumanTimes.in(SHANGHAI).at(d.instant(), d.instant())).isEqualTo("Fri 9 Oct 18:00 Shanghai time");
    assertThat(english(d)).isEqualTo("2 business days of business hours (09:00\u201318:00 on working days), "
        + "counted from Thu 8 Oct 09:00 Shanghai time because the report came in after business hours on "
        + "Wednesday; 1 Oct\u20137 Oct are holidays");
    assertThat(DeadlineWording.sentence(d.explanation(), HumanTimes.CHINESE)).isEqualTo(
        "2 个工作日，按营业时间计算（工作日 09:00\u201318:00），自 10月8日（周四）09:00 上海时间 起算，"
            + "因为报告提交于星期三营业时间之后；10月1日\u201310月7日为节假日");
  }

  @Test
  @DisplayName("RSP-2: a report on a holiday afternoon says so, and names only the holidays still ahead")
  void onAHoliday() {
    SlaDeadline d = deadline("2026-10-02T15:00:00+08:00", "PT4H", "5x8", SHANGHAI, CN_2026);

    assertThat(english(d)).isEqualTo("4 hours of business hours (09:00\u201318:00 on working days), counted from "
        + "Thu 8 Oct 09:00 Shanghai time because the report came in on Friday afternoon, a holiday; "
        + "2 Oct\u20137 Oct are holidays");
  }

  @Test
  @DisplayName("RSP-3: a 1-day 24x7 deadline across Berlin's DST change on 25 Oct 2026 is 24 real hours: 22:30 on the wall clock")
  void roundTheClockAcrossDst() {
    SlaDeadline d = deadline("2026-10-24T23:30:00+02:00", "P1D", "24x7", BERLIN, WEEKDAYS);

    assertThat(english(d)).isEqualTo("1 day, counted around the clock from the report at Sat 24 Oct 23:30 Berlin time");
    assertThat(HumanTimes.in(BERLIN).atFromNow(d.instant(), OffsetDateTime.parse("2026-10-24T23:30:00+02:00")
        .toInstant())).isEqualTo("Sun 25 Oct 22:30 Berlin time (in 1 day)");
  }

  @Test
  @DisplayName("RSP-2: a 5x8 report on the Saturday night before Berlin's DST change is counted from Monday 09:00 Berlin time")
  void businessHoursAcrossDst() {
    SlaDeadline d = deadline("2026-10-24T23:30:00+02:00", "PT2H", "5x8", BERLIN, WEEKDAYS);

    assertThat(english(d)).isEqualTo("2 hours of business hours (09:00\u201318:00 on working days), counted from "
        + "Mon 26 Oct 09:00 Berlin time because the report came in on Saturday night");
    assertThat(HumanTimes.in(BERLIN).at(d.instant(), d.instant())).isEqualTo("Mon 26 Oct 11:00 Berlin time");
  }

  @Test
  @DisplayName("The clock's start reads back from the machine-readable explanation stored with an incident")
  void clockStartReadsBack() {
    SlaDeadline d = deadline("2026-10-24T23:30:00+02:00", "PT2H", "5x8", BERLIN, WEEKDAYS);
    Instant reported = OffsetDateTime.parse("2026-10-24T23:30:00+02:00").toInstant();

    assertThat(SlaExplanation.clockStart(d.explanation().describe())).contains(reported);
    assertThat(SlaExplanation.clockStart("something else")).isEmpty();
  }
}
