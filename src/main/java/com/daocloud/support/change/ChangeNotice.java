package com.daocloud.support.change;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The notice arithmetic of CHG-1 and CHG-4, pure: the decision gives the minimum, this counts the
 * notice given.
 */
public final class ChangeNotice {

  /** Late production changes go to a support manager (CHG-1). */
  public static final String MANAGER_REVIEW = "manager-review";
  /** Late product movements are accepted at extra cost (CHG-4). */
  public static final String ADDITIONAL_FEES = "additional-fees";

  private ChangeNotice() {
  }

  /**
   * Whole calendar days from submission to the planned time, counted in the customer's time zone
   * (a DST change does not cost a day). A started day does not count: 27 days and 23 hours are 27
   * days, because the policy asks for "at least" 28 days.
   */
  public static int noticeDays(Instant submittedAt, Instant plannedAt, ZoneId zone) {
    return (int) ChronoUnit.DAYS.between(submittedAt.atZone(zone), plannedAt.atZone(zone));
  }

  /**
   * CHG-4: the notice of a change that takes effect on a date (a product movement, addition or removal, a change of
   * service time) counts to the start of that date where the customer is; other changes count to their planned
   * time. The same whole-day rule applies.
   *
   * @param effectiveDate the date the change takes effect, or null when it has none
   */
  public static int noticeDays(Instant submittedAt, Instant plannedAt, LocalDate effectiveDate, ZoneId zone) {
    return effectiveDate == null ? noticeDays(submittedAt, plannedAt, zone)
        : noticeDays(submittedAt, effectiveDate.atStartOfDay(zone).toInstant(), zone);
  }

  public static boolean sufficient(int noticeDays, int minimumNoticeDays) {
    return noticeDays >= minimumNoticeDays;
  }

  /** CHG-4: a late product movement (not a production change) costs additional fees. */
  public static boolean additionalFees(boolean sufficient, String lateNoticeHandling) {
    return !sufficient && ADDITIONAL_FEES.equals(lateNoticeHandling);
  }

  /** CHG-1: a late production change waits for a manager. */
  public static boolean managerReview(boolean sufficient, String lateNoticeHandling) {
    return !sufficient && MANAGER_REVIEW.equals(lateNoticeHandling);
  }
}
