package com.daocloud.support.portal;

import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.incident.IncidentLevelDecision;
import com.daocloud.support.sla.api.SlaController;
import com.daocloud.support.sla.api.SlaPreviewRequest;
import com.daocloud.support.sla.api.SlaPreviewResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * What a report would get if it were filed now: the level from the deployed {@code incident-level} table and the
 * response terms and deadline from {@code POST /api/sla/preview}'s own service, in the customer's zone and
 * calendar. Both are the tables and the clock that the reported incident goes through, never a copy.
 */
@org.springframework.stereotype.Component
class ReportPreview {

  /** Level, the deadline (null for level 5) and the terms behind it. */
  record Preview(int level, String responseDue, String responseTime, String coverage, String channels) {
  }

  private final IncidentLevelDecision levels;
  private final SlaController sla;

  ReportPreview(IncidentLevelDecision levels, SlaController sla) {
    this.levels = levels;
    this.sla = sla;
  }

  Preview of(CustomerProfile customer, String requestType, String productionImpact, boolean dataLoss,
      boolean workaroundAvailable, Instant now) {
    int level = levels.level(requestType, productionImpact, dataLoss, workaroundAvailable);
    SlaPreviewResponse answer = sla.preview(new SlaPreviewRequest(level, customer.serviceTier(),
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now.truncatedTo(ChronoUnit.SECONDS).atZone(customer.timeZone())),
        customer.timeZone().getId(), customer.calendarId()));
    return new Preview(level, answer.responseDue(), answer.responseTime(), answer.coverage(), answer.channels());
  }
}
