package com.daocloud.support.incident;

import com.daocloud.support.incident.IncidentMessages.Localized;
import com.daocloud.support.sla.Coverage;
import com.daocloud.support.sla.SlaExplanation;
import com.daocloud.support.time.DeadlineWording;
import com.daocloud.support.time.HumanTimes;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Instants and durations of an incident: {@link #format} as the API's fields carry them (ISO-8601 with the
 * installation zone's offset, to the second; README, The SLA clock), and the rest as people read them in
 * timeline texts and e-mails (docs/communication.md, Times and durations), in the reader's language.
 */
public final class IncidentTimes {

  private IncidentTimes() {
  }

  public static String format(Instant instant, ZoneId zone) {
    return instant == null ? null
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone)
            .toOffsetDateTime());
  }

  /**
   * "Mon 30 Nov 09:42 Shanghai time": for texts that are stored or mailed, so without "in 44 min", which
   * would be stale when read; the year shows when it is not that of {@code writtenAt}.
   */
  public static Localized at(Instant at, ZoneId zone, Instant writtenAt) {
    return locale -> HumanTimes.in(zone, locale).at(at, writtenAt);
  }

  /** An ISO-8601 duration or period in words: "30 minutes", "7 days". */
  public static Localized duration(String iso) {
    return locale -> HumanTimes.in(ZoneId.of("UTC"), locale).duration(iso);
  }

  /** A {@code response-sla} response time in words: "1 hour", "2 business days". */
  public static Localized responseTime(String responseTime, String coverage) {
    return locale -> HumanTimes.in(ZoneId.of("UTC"), locale).responseTime(responseTime, coverage);
  }

  /** A coverage code as an adjective: "around-the-clock", "business-hours". */
  public static Localized coverage(String code) {
    return locale -> HumanTimes.in(ZoneId.of("UTC"), locale).coverage(Coverage.fromCode(code));
  }

  /** The deadline's explanation as a sentence (rule ids: {@link SlaExplanation#POLICY}). */
  public static Localized deadline(SlaExplanation explanation) {
    return locale -> DeadlineWording.sentence(explanation, locale);
  }
}
