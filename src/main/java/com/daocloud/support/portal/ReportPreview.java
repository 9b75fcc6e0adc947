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
 * response terms and deadline from {@code POST /api/sla/preview}'s own service, in the zone and calendar of the
 * cluster the report is about. Both are the tables and the clock that the reported incident goes through, never a copy.
 */
@org.springframework.stereotype.Component
class ReportPreview {

  /** Level, the deadline (null for level 5), the terms behind it and the zone the clock counted in. */
  record Preview(int level, String responseDue, String responseTime, String coverage, String channels,
      String timeZone) {
  }

  private final IncidentLevelDecision levels;
  private final SlaController sla;

  ReportPreview(IncidentLevelDecision levels, SlaController sla) {
    this.levels = levels;
    this.sla = sla;
  }

  /** @throws com.daocloud.support.api.ApiException.BadRequest when the customer has no such cluster */
  Preview of(CustomerProfile customer, String cluster, String requestType, String productionImpact,
      boolean dataLoss, boolean workaroundAvailable, Instant now) {
    int level = levels.level(requestType, productionImpact, dataLoss, workaroundAvailable);
    // RSP-2: naming the cluster, the preview counts where it runs, in its calendar, as intake will.
    SlaPreviewResponse answer = sla.preview(new SlaPreviewRequest(level, customer.serviceTier(),
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now.truncatedTo(ChronoUnit.SECONDS).atZone(customer.timeZone())),
        null, null, customer.id(), cluster));
    return new Preview(level, answer.responseDue(), answer.responseTime(), answer.coverage(), answer.channels(),
        answer.explanation().timeZone());
  }
}
