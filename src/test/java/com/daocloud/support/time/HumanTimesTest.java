package com.daocloud.support.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.sla.Coverage;
import com.daocloud.support.sla.ResponseTime;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Times and durations as people read them (docs/communication.md, Times and durations). */
class HumanTimesTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final HumanTimes IN_SHANGHAI = HumanTimes.in(SHANGHAI);
  private static final HumanTimes IN_BERLIN = HumanTimes.in(BERLIN);

  private static Instant at(String isoWithOffset) {
    return OffsetDateTime.parse(isoWithOffset).toInstant();
  }

  @Nested
  class Instants {

    @Test
    @DisplayName("A deadline reads as weekday, date and time where the installation runs, named by its city, and how far off it is")
    void deadlineInTheInstallationsZone() {
      // Given a deadline at 09:42 Shanghai time, 44 minutes and a few seconds from now
      Instant due = at("2026-11-30T09:42:59+08:00");
      Instant now = at("2026-11-30T08:58:30+08:00");

      // Then it reads as the issue asks, and the same instant 44 minutes later reads as past
      assertThat(IN_SHANGHAI.atFromNow(due, now)).isEqualTo("Mon 30 Nov 09:42 Shanghai time (in 44 min)");
      assertThat(IN_SHANGHAI.atFromNow(now, due)).isEqualTo("Mon 30 Nov 08:58 Shanghai time (44 min ago)");
      assertThat(IN_SHANGHAI.atFromNow(due, due.minusSeconds(30))).endsWith("(now)");
    }

    @Test
    @DisplayName("A viewer in another zone sees his own clock beside the installation's, with the weekday when his date differs")
    void viewersOwnClockBeside() {
      Instant due = at("2026-11-30T09:42:00+08:00");
      Instant now = at("2026-11-30T08:58:00+08:00");

      assertThat(IN_SHANGHAI.atFromNow(due, now, BERLIN))
          .isEqualTo("Mon 30 Nov 09:42 Shanghai time (in 44 min; 02:42 your time)");
      assertThat(IN_SHANGHAI.atFromNow(at("2026-11-30T06:30:00+08:00"), now, BERLIN))
          .isEqualTo("Mon 30 Nov 06:30 Shanghai time (2 hours 28 min ago; Sun 23:30 your time)");
      // A viewer whose clock shows the same time gets no second clock
      assertThat(IN_SHANGHAI.atFromNow(due, now, ZoneId.of("Asia/Chongqing")))
          .isEqualTo("Mon 30 Nov 09:42 Shanghai time (in 44 min)");
    }

    @Test
    @DisplayName("Around Berlin's DST change on 25 Oct 2026 the viewer's clock moves by an hour while Shanghai's stays")
    void viewerAcrossBerlinsDstChange() {
      // Given the same Shanghai wall-clock time on the day before and the day of Berlin's change
      Instant saturday = at("2026-10-24T09:30:00+08:00");
      Instant sunday = at("2026-10-25T09:30:00+08:00");

      // Then a Berlin viewer sees 03:30 (summer time) and then 02:30 (standard time)
      assertThat(IN_SHANGHAI.atFromNow(saturday, saturday.minus(Duration.ofHours(3)), BERLIN))
          .isEqualTo("Sat 24 Oct 09:30 Shanghai time (in 3 hours; 03:30 your time)");
      assertThat(IN_SHANGHAI.atFromNow(sunday, sunday.minus(Duration.ofHours(3)), BERLIN))
          .isEqualTo("Sun 25 Oct 09:30 Shanghai time (in 3 hours; 02:30 your time)");
    }

    @Test
    @DisplayName("In a Berlin installation the hour that repeats on 25 Oct 2026 reads twice as 02:30, and 'in 1 hour' counts real time")
    void installationAcrossBerlinsDstChange() {
      // Given 02:30 summer time and, one real hour later, 02:30 standard time
      Instant summer = at("2026-10-25T02:30:00+02:00");
      Instant winter = at("2026-10-25T02:30:00+01:00");

      // Then both read 02:30 Berlin time, and the second is an hour after the first
      assertThat(IN_BERLIN.atFromNow(winter, summer)).isEqualTo("Sun 25 Oct 02:30 Berlin time (in 1 hour)");
      assertThat(IN_BERLIN.at(summer, summer)).isEqualTo("Sun 25 Oct 02:30 Berlin time");
      // And a Shanghai viewer sees his clock move from 08:30 to 09:30
      assertThat(IN_BERLIN.atFromNow(winter, summer, SHANGHAI)).endsWith("(in 1 hour; 09:30 your time)");
      assertThat(IN_BERLIN.atFromNow(summer, winter, SHANGHAI)).endsWith("(1 hour ago; 08:30 your time)");
    }

    @Test
    @DisplayName("UTC reads as UTC, a city with a compound name by its words, and another year with the year")
    void zonesAndYears() {
      Instant due = at("2026-11-30T09:42:00Z");
      assertThat(HumanTimes.in(ZoneId.of("UTC")).at(due, due)).isEqualTo("Mon 30 Nov 09:42 UTC");
      assertThat(HumanTimes.in(ZoneId.of("America/New_York")).at(due, due)).isEqualTo("Mon 30 Nov 04:42 New York time");
      assertThat(IN_SHANGHAI.at(at("2027-01-04T10:00:00+08:00"), due)).isEqualTo("Mon 4 Jan 2027 10:00 Shanghai time");
    }

    @ParameterizedTest(name = "{0} from now reads \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
        PT59S      | now
        PT1M       | in 1 min
        PT44M59S   | in 44 min
        PT1H       | in 1 hour
        PT1H5M     | in 1 hour 5 min
        PT3H       | in 3 hours
        PT26H      | in 1 day 2 h
        PT48H      | in 2 days
        -PT44M     | 44 min ago
        -PT3H      | 3 hours ago
        """)
    @DisplayName("How far off a time is, to the minute")
    void relative(String offset, String expected) {
      Instant now = at("2026-11-30T08:00:00+08:00");
      assertThat(IN_SHANGHAI.relative(now.plus(Duration.parse(offset)), now)).isEqualTo(expected);
    }

    @Test
    @DisplayName("A customer reading Chinese sees the same time in Chinese, with the city's Chinese name and his own clock")
    void chinese() {
      HumanTimes zh = HumanTimes.in(SHANGHAI, HumanTimes.CHINESE);
      Instant due = at("2026-11-30T09:42:00+08:00");
      Instant now = at("2026-11-30T08:58:00+08:00");

      assertThat(zh.atFromNow(due, now)).isEqualTo("11月30日（周一）09:42 上海时间（44 分钟后）");
      assertThat(zh.atFromNow(due, now, BERLIN)).isEqualTo("11月30日（周一）09:42 上海时间（44 分钟后；您的时间 02:42）");
      assertThat(zh.atFromNow(now, due)).endsWith("（44 分钟前）");
      assertThat(HumanTimes.in(BERLIN, HumanTimes.CHINESE).at(at("2026-10-25T02:30:00+01:00"), now))
          .isEqualTo("10月25日（周日）02:30 柏林时间");
    }
  }

  @Nested
  class Durations {

    @ParameterizedTest(name = "{0} {1} reads \"{2}\" and \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
        PT1H    | 24x7 | 1 hour             | 1 小时
        PT30M   | 24x7 | 30 minutes         | 30 分钟
        PT2H30M | 5x8  | 2 hours 30 minutes | 2 小时 30 分钟
        PT4H    | 5x8  | 4 hours            | 4 小时
        P2D     | 5x8  | 2 business days    | 2 个工作日
        P1D     | 5x8  | 1 business day     | 1 个工作日
        P1D     | 24x7 | 1 day              | 1 天
        P3D     | 24x7 | 3 days             | 3 天
        """)
    @DisplayName("RSP-1: a response time reads in words; PnD is business days under 5x8 and days under 24x7")
    void responseTimes(String responseTime, String coverage, String english, String chinese) {
      ResponseTime time = ResponseTime.parse(responseTime);
      assertThat(IN_SHANGHAI.responseTime(time, Coverage.fromCode(coverage))).isEqualTo(english);
      assertThat(HumanTimes.in(SHANGHAI, HumanTimes.CHINESE).responseTime(time, Coverage.fromCode(coverage)))
          .isEqualTo(chinese);
    }

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
        PT30M     | 30 minutes
        PT1M      | 1 minute
        PT3H20M   | 3 hours 20 minutes
        PT26H     | 1 day 2 hours
        PT1H0M30S | 1 hour 30 seconds
        P7D       | 7 days
        P1M       | 1 month
        later     | later
        """)
    @DisplayName("A wait or an on-site response time reads in words; text that is no ISO duration stays as it is")
    void durations(String iso, String expected) {
      assertThat(IN_SHANGHAI.duration(iso)).isEqualTo(expected);
    }
  }
}
