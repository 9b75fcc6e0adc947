package com.daocloud.support.incident;

import com.daocloud.support.sla.ResponseTerms;
import com.daocloud.support.sla.SlaDeadline;
import java.time.Instant;

/**
 * What an incident is promised: the {@code response-sla} terms (RSP-1) and, when the clock runs, the
 * deadline with its explanation and the instant at which 75 % of the response time has passed.
 * {@code deadline} and {@code warningAt} are null when no clock runs (level 5, not entitled).
 */
public record ResponsePlan(ResponseTerms terms, SlaDeadline deadline, Instant warningAt) {

  public boolean clockRuns() {
    return deadline != null;
  }

  public String responseDue() {
    return deadline == null ? null : deadline.responseDue();
  }

  public Instant responseDueAt() {
    return deadline == null ? null : deadline.instant();
  }

  public String explanation() {
    return deadline == null ? null : deadline.explanation().describe();
  }

  public String calendarId() {
    return deadline == null ? null : deadline.explanation().calendarId();
  }

  public Integer calendarVersion() {
    return deadline == null ? null : deadline.explanation().calendarVersion();
  }
}
