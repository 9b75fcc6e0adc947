package com.daocloud.support.sla.api;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.api.ApiProblems;
import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.observability.OpenApiConfiguration;
import com.daocloud.support.security.CurrentUser;
import com.daocloud.support.sla.CalendarLookup;
import com.daocloud.support.sla.Calendars;
import com.daocloud.support.sla.CoverageInterval;
import com.daocloud.support.sla.ResponseSlaDecision;
import com.daocloud.support.sla.ResponseTerms;
import com.daocloud.support.sla.ResponseTermsLookup;
import com.daocloud.support.sla.SlaClock;
import com.daocloud.support.sla.SlaDeadline;
import com.daocloud.support.sla.SlaExplanation;
import com.daocloud.support.sla.WorkingCalendar;
import com.daocloud.support.time.DeadlineWording;
import com.daocloud.support.time.HumanTimes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/sla/preview} (RSP-1..3; README, The SLA clock): the response deadline an incident reported
 * now would get, from the deployed {@code response-sla} table and the current version of the calendar.
 * Any signed-in user may ask; nothing is stored. Asked about a customer's cluster, the clock counts in that
 * cluster's zone and calendar (RSP-2), for those who may read the customer's record.
 */
@RestController
@RequestMapping("/api/sla")
@Tag(name = OpenApiConfiguration.SLA)
public class SlaController {

  static final int HIGHEST_LEVEL = 1;
  static final int LOWEST_LEVEL = 5;

  private final ResponseTermsLookup responseTerms;
  private final CalendarLookup calendars;
  private final CustomerService customers;

  public SlaController(ResponseTermsLookup responseTerms, CalendarLookup calendars, CustomerService customers) {
    this.responseTerms = responseTerms;
    this.calendars = calendars;
    this.customers = customers;
  }

  @PostMapping("/preview")
  @Operation(operationId = "previewResponseDeadline", summary = "Preview a response deadline", description = """
      When support would have to respond to an incident of this level, reported at this time by a customer of \
      this tier in this time zone and working calendar: the deployed `response-sla` table's terms and the SLA \
      clock's deadline, with how it was counted. Nothing is stored. Level 5 (a suggestion) has no deadline: \
      `responseDue`, `responseTime` and `coverage` are null. With `customerId` and `installation` the clock \
      counts in that cluster's time zone and calendar (the customer's where the cluster has none of its own), \
      unless `timeZone` or `calendar` are given; asking about another customer's cluster is a 403.""")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
      name = "weekend", summary = "Two business days over a weekend (the README's first worked example)",
      description = "A standard customer in Berlin reports a Level 3 incident on a Friday at 17:00: due Tuesday 17:00",
      value = "{\"level\": 3, \"serviceTier\": \"standard\", \"reportedAt\": \"2026-11-27T17:00:00+01:00\", "
          + "\"timeZone\": \"Europe/Berlin\"}")))
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN})
  public SlaPreviewResponse preview(@Valid @RequestBody SlaPreviewRequest request) {
    int level = request.level();
    String tier = request.serviceTier();
    Instant reportedAt = OffsetDateTime.parse(request.reportedAt().trim()).toInstant();
    // RSP-2: a named cluster counts in its own zone and calendar; what the request gives explicitly wins.
    CustomerProfile.Site site = request.namesInstallation()
        ? customers.site(CurrentUser.get(), request.customerId().trim(), request.installation().trim())
        : new CustomerProfile.Site(null, Calendars.WEEKDAYS);
    ZoneId zone = request.timeZone() != null ? ZoneId.of(request.timeZone()) : site.timeZone();
    String calendarId = request.calendar() != null ? request.calendar() : site.calendarId();
    // a 400, not a 404: the resource addressed is the preview, the calendar is one of its inputs
    WorkingCalendar calendar = calendars.current(calendarId).orElseThrow(
        () -> new ApiException.BadRequest("calendar", "there is no calendar " + calendarId));

    ResponseTerms terms = responseTerms.terms(level, tier);
    Map<String, Object> outputs = new LinkedHashMap<>();
    outputs.put("responseTime", terms.responseTime());
    outputs.put("coverage", terms.coverage());
    outputs.put("channels", terms.channels());
    outputs.put("discussionCadence", terms.discussionCadence());
    SlaPreviewResponse.Decision decision = new SlaPreviewResponse.Decision(ResponseSlaDecision.DECISION_KEY,
        terms.decisionDefinitionId(), terms.decisionVersion(), outputs);
    SlaPreviewResponse.CalendarVersion calendarVersion =
        new SlaPreviewResponse.CalendarVersion(calendar.id(), calendar.version());
    String decisionName = ResponseSlaDecision.DECISION_KEY + " v" + terms.decisionVersion();

    if (!terms.hasClock()) {
      // level 5: suggestions get a discussion, not a response deadline
      String summary = "Level " + level + " " + tier + ": no response deadline ("
          + decisionName + "); discussion cadence " + terms.discussionCadence() + ".";
      return new SlaPreviewResponse(null, null, null, terms.channels(),
          new SlaPreviewResponse.Explanation(decision, calendarVersion, zone.getId(),
              format(reportedAt.truncatedTo(ChronoUnit.SECONDS), zone), null, null, summary, null, List.of()));
    }

    SlaDeadline deadline;
    try {
      deadline = SlaClock.deadline(reportedAt, terms.responseTime(), terms.coverage(), zone, calendar);
    } catch (IllegalArgumentException e) {
      // the deployed table says something the clock cannot count: the table is broken, not the request
      throw new IllegalStateException(decisionName + " gave an unusable response time or coverage", e);
    }
    SlaExplanation explanation = deadline.explanation();
    SlaPreviewResponse.Intervals intervals = new SlaPreviewResponse.Intervals(
        interval(explanation.firstInterval(), zone), interval(explanation.lastInterval(), zone),
        explanation.intervalCount());
    String summary = "Level " + level + " " + tier + " (" + decisionName + "): " + explanation.describe()
        + "; due " + deadline.responseDue() + ".";
    return new SlaPreviewResponse(deadline.responseDue(), terms.responseTime(), terms.coverage(),
        terms.channels(),
        new SlaPreviewResponse.Explanation(decision, calendarVersion, zone.getId(),
            format(explanation.reportedAt(), zone), explanation.coverageTime().toString(), intervals, summary,
            "Due " + HumanTimes.in(zone).at(deadline.instant(), explanation.reportedAt()) + ": "
                + DeadlineWording.sentence(explanation, HumanTimes.ENGLISH) + ".",
            SlaExplanation.POLICY));
  }

  private static SlaPreviewResponse.Interval interval(CoverageInterval interval, ZoneId zone) {
    return new SlaPreviewResponse.Interval(format(interval.from(), zone), format(interval.to(), zone));
  }

  private static String format(Instant instant, ZoneId zone) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
  }
}
