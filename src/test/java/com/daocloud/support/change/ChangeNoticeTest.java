package com.daocloud.support.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Notice days (CHG-1, CHG-4), pure. */
class ChangeNoticeTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant SUBMITTED = OffsetDateTime.parse("2026-11-26T10:00:00+08:00").toInstant();

  @Test
  @DisplayName("CHG-1: notice is counted in whole calendar days; a started day does not count")
  void wholeDays() {
    assertThat(ChangeNotice.noticeDays(SUBMITTED, at("2026-12-24T10:00:00+08:00"), SHANGHAI)).isEqualTo(28);
    assertThat(ChangeNotice.noticeDays(SUBMITTED, at("2026-12-24T09:59:59+08:00"), SHANGHAI)).isEqualTo(27);
    assertThat(ChangeNotice.sufficient(28, 28)).isTrue();
    assertThat(ChangeNotice.sufficient(27, 28)).isFalse();
  }

  @Test
  @DisplayName("CHG-4: a product movement's 30 days count to its effective date, not to the planned work: submitted "
      + "on 26 November, planned for 1 December, effective on 28 December is 31 days, enough")
  void productMovementCountsToTheEffectiveDate() {
    Instant planned = at("2026-12-01T10:00:00+08:00");

    int days = ChangeNotice.noticeDays(SUBMITTED, planned, java.time.LocalDate.parse("2026-12-28"), SHANGHAI);

    assertThat(days).isEqualTo(31);
    assertThat(ChangeNotice.sufficient(days, 30)).isTrue();
    assertThat(ChangeNotice.noticeDays(SUBMITTED, planned, java.time.LocalDate.parse("2026-12-26"), SHANGHAI))
        .as("effective 26 December: 29 whole days, a started day does not count").isEqualTo(29);
    assertThat(ChangeNotice.noticeDays(SUBMITTED, planned, null, SHANGHAI)).as("no effective date: to the plan")
        .isEqualTo(5);
  }

  @Test
  @DisplayName("CHG-1: a day across a DST change is still one calendar day in the customer's zone")
  void dstDay() {
    ZoneId newYork = ZoneId.of("America/New_York");
    Instant before = OffsetDateTime.parse("2026-03-07T12:00:00-05:00").toInstant();
    Instant after = OffsetDateTime.parse("2026-03-08T12:00:00-04:00").toInstant();
    assertThat(ChangeNotice.noticeDays(before, after, newYork)).isEqualTo(1);
  }

  @Test
  @DisplayName("CHG-1, CHG-4: late production changes go to a manager; late product movements cost additional fees")
  void lateHandling() {
    assertThat(ChangeNotice.managerReview(false, ChangeNotice.MANAGER_REVIEW)).isTrue();
    assertThat(ChangeNotice.additionalFees(false, ChangeNotice.MANAGER_REVIEW)).isFalse();
    assertThat(ChangeNotice.additionalFees(false, ChangeNotice.ADDITIONAL_FEES)).isTrue();
    assertThat(ChangeNotice.additionalFees(true, ChangeNotice.ADDITIONAL_FEES)).isFalse();
    assertThat(ChangeNotice.managerReview(true, ChangeNotice.MANAGER_REVIEW)).isFalse();
  }

  private static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }
}
