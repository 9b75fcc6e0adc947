package com.daocloud.support.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A stretch of coverage time that the clock counted, {@code [from, to]}. */
public record CoverageInterval(Instant from, Instant to) {

    public Duration length() {
        return Duration.between(from, to);
    }

    /** E.g. {@code 2026-03-06T17:00+08:00[Asia/Shanghai] – 18:00}. */
    public String describe(ZoneId zone) {
        return from.atZone(zone) + " – " + to.atZone(zone).toLocalDateTime().toLocalTime()
                + (from.atZone(zone).toLocalDate().equals(to.atZone(zone).toLocalDate())
                ? "" : " (" + to.atZone(zone).toLocalDate() + ")");
    }
}
