package com.daocloud.support.incident;

import java.time.Instant;

/** One event of an incident's timeline; {@code internal} entries are for staff only. */
public record TimelineEntry(Instant at, String event, String detail, boolean internal) {
}
