package com.daocloud.support.change.api;

import com.daocloud.support.change.ChangeRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/** What the change-request endpoints answer; public for the support site's pages (docs/portal.md). */
public final class ChangeViews {

  private ChangeViews() {
  }

  /** 201 of {@code POST /api/change-requests} (docs/processes.md), with the CHG-4 fee flag and the status. */
  @Schema(name = "ChangeRequestRecorded", description = "The recorded change request and its notice terms")
  public record Created(String number, int minimumNoticeDays, int noticeDays, boolean noticeSufficient,
      String lateNoticeHandling, boolean additionalFees, String status) {
  }

  @Schema(name = "ChangeRequest", description = "A change request and where it stands")
  public record Detail(String number, String customerId, String changeType, Instant plannedAt, String description,
      String newDataCenter, LocalDate effectiveDate, String installation, boolean returningAfterLapse,
      Instant submittedAt, String submittedBy, int minimumNoticeDays, int noticeDays, boolean noticeSufficient,
      String lateNoticeHandling, boolean additionalFees, String status, String statusReason, String changePlan,
      Instant scheduleConfirmedAt, String incidentNumber, String reviewSummary) {
  }

  /** 201 of {@code POST /api/change-requests/{number}/downtime} (CHG-2). */
  @Schema(name = "DowntimeReported", description = "The Level 1 incident that the downtime opened")
  record Downtime(String incidentNumber, String changeNumber) {
  }

  static Created created(ChangeRequest c) {
    return new Created(c.number(), c.minimumNoticeDays(), c.noticeDays(), c.noticeSufficient(),
        c.lateNoticeHandling(), c.additionalFees(), c.status());
  }

  static Detail detail(ChangeRequest c) {
    return new Detail(c.number(), c.customerId(), c.changeType(), c.plannedAt(), c.description(),
        c.newDataCenter(), c.effectiveDate(), c.installation(), c.returningAfterLapse(), c.submittedAt(),
        c.submittedBy(), c.minimumNoticeDays(), c.noticeDays(), c.noticeSufficient(), c.lateNoticeHandling(),
        c.additionalFees(), c.status(), c.statusReason(), c.changePlan(), c.scheduleConfirmedAt(),
        c.incidentNumber(), c.reviewSummary());
  }
}
