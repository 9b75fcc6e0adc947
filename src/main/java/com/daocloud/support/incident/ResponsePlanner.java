package com.daocloud.support.incident;

import com.daocloud.support.sla.CalendarLookup;
import com.daocloud.support.sla.Coverage;
import com.daocloud.support.sla.ResponseTerms;
import com.daocloud.support.sla.ResponseTime;
import com.daocloud.support.sla.SlaClock;
import com.daocloud.support.sla.SlaDeadline;
import com.daocloud.support.sla.SlaExplanation;
import com.daocloud.support.sla.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The response deadline of an incident (RSP-1..3): the terms the process took from {@code response-sla},
 * the customer's zone and calendar, and the SLA clock. Used at intake and when an incident is
 * reclassified (L12-2: always from the original report time).
 */
@Component
public class ResponsePlanner {

  /** The warning fires when three quarters of the response time's coverage time has passed. */
  public static final double WARNING_FRACTION = 0.75;

  private final CalendarLookup calendars;

  public ResponsePlanner(CalendarLookup calendars) {
    this.calendars = calendars;
  }

  /**
   * The plan for terms the process has decided (its {@code response-sla} tasks at intake and at
   * reclassification).
   *
   * @param clockRuns       whether the entitlement lets the SLA clock run ({@code EntitlementStatus})
   * @param calendarVersion the calendar version to use (a reclassification keeps the one first used),
   *                        or null for the current one
   */
  public ResponsePlan plan(ResponseTerms terms, boolean clockRuns, Instant reportedAt, ZoneId zone,
      String calendarId, Integer calendarVersion) {
    if (!clockRuns || !terms.hasClock()) {
      return new ResponsePlan(terms, null, null);
    }
    WorkingCalendar calendar = calendar(calendarId, calendarVersion);
    ResponseTime responseTime = ResponseTime.parse(terms.responseTime());
    Coverage coverage = Coverage.fromCode(terms.coverage());
    SlaDeadline deadline = SlaClock.deadline(reportedAt, responseTime, coverage, zone, calendar);
    Instant warningAt = SlaClock.instantAtFraction(reportedAt, responseTime, coverage, zone, calendar,
        WARNING_FRACTION);
    return new ResponsePlan(terms, deadline, warningAt);
  }

  /**
   * The 75 % warning instant of an open incident as recorded: its own terms, report time, zone and calendar
   * version, so it matches what the plan gave when the deadline was set. Null when no clock runs. For rows
   * that do not store the instant (written before the column existed).
   */
  public Instant warningAt(IncidentStore.Open incident) {
    if (incident.responseDueAt() == null || incident.responseTime() == null || incident.coverage() == null
        || incident.calendarId() == null) {
      return null;
    }
    return SlaClock.instantAtFraction(incident.reportedAt(), ResponseTime.parse(incident.responseTime()),
        Coverage.fromCode(incident.coverage()), incident.timeZone(),
        calendar(incident.calendarId(), incident.calendarVersion()), WARNING_FRACTION);
  }

  /**
   * RSP-4: when the incident's response time, counted within its coverage from {@code from} (an on-site
   * dispatch), runs out; null for an incident without a response clock.
   */
  public Instant deadlineFrom(Incident incident, Instant from) {
    if (incident.responseDueAt() == null || incident.responseTime() == null || incident.coverage() == null
        || incident.calendarId() == null) {
      return null;
    }
    return SlaClock.deadline(from, incident.responseTime(), incident.coverage(), incident.timeZone(),
        calendar(incident.calendarId(), incident.calendarVersion())).deadline().toInstant();
  }

  /**
   * RSP-4: the time between two instants counted within the incident's coverage (the coverage of its
   * {@code response-sla} row, in its zone, with the calendar version its deadline used); elapsed time for an
   * incident without coverage.
   */
  public Duration coverageTimeBetween(Incident incident, Instant from, Instant to) {
    if (incident.coverage() == null || incident.calendarId() == null) {
      return Duration.between(from, to);
    }
    return SlaClock.coverageTimeBetween(from, to, Coverage.fromCode(incident.coverage()), incident.timeZone(),
        calendar(incident.calendarId(), incident.calendarVersion()));
  }

  /**
   * How the incident's deadline was computed, again, from its row: the clock's start as its stored
   * explanation records it (the report, or the start of an extended-maintenance contract), its terms, zone and
   * calendar version. Empty without a deadline, or when the result would not be the recorded deadline (a
   * calendar version gone), so that a sentence never explains another deadline than the one shown.
   */
  public Optional<SlaExplanation> explanation(Incident incident) {
    if (incident.responseDueAt() == null || incident.responseTime() == null || incident.coverage() == null
        || incident.calendarId() == null) {
      return Optional.empty();
    }
    try {
      return SlaExplanation.clockStart(incident.slaExplanation())
          .map(start -> SlaClock.deadline(start, ResponseTime.parse(incident.responseTime()),
              Coverage.fromCode(incident.coverage()), incident.timeZone(),
              calendar(incident.calendarId(), incident.calendarVersion())))
          .filter(deadline -> deadline.instant().equals(incident.responseDueAt()))
          .map(SlaDeadline::explanation);
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  private WorkingCalendar calendar(String calendarId, Integer version) {
    if (version != null) {
      var stored = calendars.version(calendarId, version);
      if (stored.isPresent()) {
        return stored.get();
      }
    }
    // A customer's calendar is checked when the customer is saved; missing now is a technical fault.
    return calendars.current(calendarId)
        .orElseThrow(() -> new IllegalStateException("Working calendar " + calendarId + " does not exist"));
  }
}
