package com.daocloud.support.incident;

import java.time.Instant;

/** One event of an incident's timeline; {@code internal} entries are for staff only. */
public record TimelineEntry(Instant at, String event, String detail, boolean internal) {

  /** An entry of a known event, internal or not as {@link TimelineEvent} says. */
  public static TimelineEntry of(Instant at, TimelineEvent event, String detail) {
    return new TimelineEntry(at, event.code(), detail, !event.customerSees());
  }
}
