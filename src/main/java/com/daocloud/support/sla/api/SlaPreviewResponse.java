package com.daocloud.support.sla.api;

import java.util.List;
import java.util.Map;

/**
 * The answer of {@code POST /api/sla/preview}: the four fields callers rely on and how they were derived.
 * {@code responseDue}, {@code responseTime} and {@code coverage} are null for level 5.
 */
public record SlaPreviewResponse(String responseDue, String responseTime, String coverage, String channels,
    Explanation explanation) {

  /**
   * @param decision     the {@code response-sla} version that answered and its row's outputs
   * @param calendar     the calendar version used
   * @param timeZone     the zone the clock counted in: the installation's (RSP-2)
   * @param reportedAt   the report time as the clock used it (to the second, in that zone's offset)
   * @param coverageTime the coverage time counted (ISO-8601 duration; {@code P2D} under 5x8 is 18 h), or null
   * @param intervals    the coverage intervals counted, or null without a deadline
   * @param summary      one line with the machine-readable record (ISO times and durations, calendar version)
   * @param text         the same as a sentence people understand, times in words in the installation's zone and
   *                     without rule ids (docs/communication.md, Times and durations); null without a deadline
   * @param policy       the policy rules behind the deadline (RSP-1, RSP-2, RSP-3); empty without a deadline
   */
  public record Explanation(Decision decision, CalendarVersion calendar, String timeZone, String reportedAt,
      String coverageTime, Intervals intervals, String summary, String text, List<String> policy) {
  }

  public record Decision(String key, String id, int version, Map<String, Object> outputs) {
  }

  public record CalendarVersion(String id, int version) {
  }

  /** The first and the last interval counted, and how many there were (1 for 24x7). */
  public record Intervals(Interval first, Interval last, int count) {
  }

  /** One stretch of counted coverage time, {@code [from, to]}, in the customer's offset. */
  public record Interval(String from, String to) {
  }
}
