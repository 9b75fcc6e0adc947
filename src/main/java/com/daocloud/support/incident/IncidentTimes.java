package com.daocloud.support.incident;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Instants as users read them: ISO-8601 with the customer zone's offset, to the second (README, The SLA
 * clock).
 */
public final class IncidentTimes {

  private IncidentTimes() {
  }

  public static String format(Instant instant, ZoneId zone) {
    return instant == null ? null
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone)
            .toOffsetDateTime());
  }
}
