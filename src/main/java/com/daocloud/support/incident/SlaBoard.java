package com.daocloud.support.incident;

import java.time.Instant;
import java.util.Locale;

/**
 * Where an open incident stands on the managers' SLA board (README, The managers' SLA board in Cockpit): the first
 * response, the resolution, and one board state that the board counts, colours and sorts by. A pure function of
 * the incident row, its objections and "now".
 *
 * <p>The first response decides while it is outstanding (breached, at risk, on track); after it, the resolution
 * does: an incident the customer objected to is worked again and never reads "Responded" in green.
 */
public final class SlaBoard {

  private SlaBoard() {
  }

  /** The first response (RSP-3): outstanding against its deadline, or made in time or late. */
  public enum Response {
    ON_TRACK, AT_RISK, BREACHED, RESPONDED, RESPONDED_LATE, NO_DEADLINE;

    public String code() {
      return SlaBoard.code(this);
    }
  }

  /** The work after the first response, from the incident's status and the customer's objections. */
  public enum Resolution {
    AWAITING_CONTACT, IN_PROGRESS, WAITING_FOR_INFORMATION, SOLUTION_PROPOSED, REOPENED;

    public String code() {
      return SlaBoard.code(this);
    }
  }

  /** The one state a row is counted under, most urgent first (the board's order). */
  public enum State {
    BREACHED, AT_RISK, REOPENED, ON_TRACK, IN_PROGRESS, WAITING_FOR_CUSTOMER;

    public String code() {
      return SlaBoard.code(this);
    }
  }

  /**
   * What the board reads of an open incident. {@code objections}: how often the customer objected to a proposed
   * solution, each time sending the incident back to work.
   */
  public record Facts(String status, Instant responseDueAt, Instant responseWarningAt, boolean responseBreached,
      Instant firstContactAt, int objections) {
  }

  public record Assessment(Response response, Resolution resolution, State state) {
  }

  public static Assessment assess(Facts incident, Instant now) {
    Response response = response(incident, now);
    Resolution resolution = resolution(incident);
    return new Assessment(response, resolution, state(response, resolution));
  }

  /** Where the first response stands at {@code now}; Tasklist's priorities read it too ({@code IncidentTasks}). */
  public static Response response(Facts incident, Instant now) {
    Instant due = incident.responseDueAt();
    if (incident.firstContactAt() != null) {
      boolean late = incident.responseBreached() || due != null && incident.firstContactAt().isAfter(due);
      return late ? Response.RESPONDED_LATE : Response.RESPONDED;
    }
    if (incident.responseBreached() || due != null && !now.isBefore(due)) {
      return Response.BREACHED;
    }
    if (due == null) {
      return Response.NO_DEADLINE;
    }
    Instant warning = incident.responseWarningAt();
    return warning != null && !now.isBefore(warning) ? Response.AT_RISK : Response.ON_TRACK;
  }

  static Resolution resolution(Facts incident) {
    if (IncidentStatus.AWAITING_CUSTOMER.equals(incident.status())) {
      return Resolution.WAITING_FOR_INFORMATION;
    }
    if (IncidentStatus.SOLUTION_PROPOSED.equals(incident.status())) {
      return Resolution.SOLUTION_PROPOSED;
    }
    if (incident.objections() > 0) {
      return Resolution.REOPENED;
    }
    return incident.firstContactAt() == null ? Resolution.AWAITING_CONTACT : Resolution.IN_PROGRESS;
  }

  /**
   * An outstanding response that is breached or at risk outranks everything; then the customer's turn (nothing
   * for support to do), a reopened incident, a response still in time, and the rest is work in progress.
   */
  static State state(Response response, Resolution resolution) {
    if (response == Response.BREACHED) {
      return State.BREACHED;
    }
    if (response == Response.AT_RISK) {
      return State.AT_RISK;
    }
    if (resolution == Resolution.WAITING_FOR_INFORMATION || resolution == Resolution.SOLUTION_PROPOSED) {
      return State.WAITING_FOR_CUSTOMER;
    }
    if (resolution == Resolution.REOPENED) {
      return State.REOPENED;
    }
    return response == Response.ON_TRACK ? State.ON_TRACK : State.IN_PROGRESS;
  }

  /** The wire code: {@code RESPONDED_LATE} → {@code responded-late}. */
  private static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
