package com.daocloud.support.change;

import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code change_requests}: what users read about a change (the process holds the flow). */
public record ChangeRequest(
    long id,
    String number,
    String customerId,
    String changeType,
    Instant plannedAt,
    String description,
    String newDataCenter,
    LocalDate effectiveDate,
    String installation,
    boolean returningAfterLapse,
    Instant submittedAt,
    String submittedBy,
    int minimumNoticeDays,
    int noticeDays,
    boolean noticeSufficient,
    String lateNoticeHandling,
    boolean additionalFees,
    String status,
    String statusReason,
    String changePlan,
    Instant scheduleConfirmedAt,
    String incidentNumber,
    String reviewSummary,
    String processInstanceId) {
}
