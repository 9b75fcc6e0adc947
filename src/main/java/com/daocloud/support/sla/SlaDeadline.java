package com.daocloud.support.sla;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A response deadline (README, The SLA clock): {@code deadline} carries the customer zone's offset at that
 * instant and has no fraction of a second, so {@code deadline.toString()} is the API's ISO-8601
 * {@code responseDue}.
 */
public record SlaDeadline(OffsetDateTime deadline, SlaExplanation explanation) {

    /**
     * The deadline as the API's {@code responseDue}, always with seconds, e.g.
     * {@code 2026-03-09T16:00:00+08:00} ({@link OffsetDateTime#toString()} would drop {@code :00}).
     */
    public String responseDue() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(deadline);
    }

    public Instant instant() {
        return deadline.toInstant();
    }
}
