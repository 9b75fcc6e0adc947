package com.daocloud.support.change;

/** What a customer reads as a change request's {@code status} and, for rejections, {@code statusReason}. */
public final class ChangeStatus {

  /** Recorded; the process decides at once whether it needs a review. */
  public static final String SUBMITTED = "submitted";
  /** Late production change waiting for a support manager (CHG-1). */
  public static final String UNDER_REVIEW = "under-review";
  /** A product returning after a lapse: overdue fees and re-certification first (CHG-5). */
  public static final String AWAITING_REQUIREMENTS = "awaiting-requirements";
  public static final String ACCEPTED = "accepted";
  /** The change control plan is written; the customer confirms the schedule. */
  public static final String PLANNED = "planned";
  /** The customer confirmed; the change runs at {@code plannedAt}, then an engineer verifies it. */
  public static final String SCHEDULED = "scheduled";
  public static final String COMPLETED = "completed";
  /** Unplanned downtime: a Level 1 incident is open (CHG-2). */
  public static final String DOWNTIME = "downtime";
  /** The downtime incident closed; the post-incident review with the customer is due (CHG-3). */
  public static final String IN_REVIEW = "in-review";
  public static final String REVIEWED = "reviewed";
  public static final String REJECTED = "rejected";

  public static final String REASON_LATE_NOTICE = "late-notice-rejected";
  public static final String REASON_FEES_UNPAID = "overdue-fees-unpaid";
  public static final String REASON_NOT_RECERTIFIED = "recertification-failed";

  /**
   * Why a change was rejected, from the outcomes the process recorded: a returning product's unpaid fees
   * or failed re-certification (CHG-5) come first, because the late-notice review only follows them.
   */
  public static String rejectionReason(boolean returningAfterLapse, Boolean overdueFeesPaid, Boolean recertified) {
    if (returningAfterLapse && !Boolean.TRUE.equals(overdueFeesPaid)) {
      return REASON_FEES_UNPAID;
    }
    if (returningAfterLapse && !Boolean.TRUE.equals(recertified)) {
      return REASON_NOT_RECERTIFIED;
    }
    return REASON_LATE_NOTICE;
  }

  private ChangeStatus() {
  }
}
