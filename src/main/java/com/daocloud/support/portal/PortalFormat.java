package com.daocloud.support.portal;

import com.daocloud.support.time.HumanTimes;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Times and durations as the site shows them, in the visitor's language (HumanTimes): times in the
 * installation's zone, named by its city, so a customer abroad sees at once which clock a deadline runs on.
 */
@Component
class PortalFormat {

  private final MessageSource messages;

  PortalFormat(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * An API time ({@code 2026-11-30T10:30:00+08:00}) as "Mon 30 Nov 10:30 Shanghai time" in the installation's
   * {@code zone} (docs/communication.md, Times and durations); the year only when it is not {@code now}'s. Null
   * stays null; text that is no time stays as it is.
   */
  String dateTime(String isoWithOffset, ZoneId zone, Instant now, Locale locale) {
    if (isoWithOffset == null) {
      return null;
    }
    try {
      return HumanTimes.in(zone, locale).at(OffsetDateTime.parse(isoWithOffset).toInstant(), now);
    } catch (DateTimeParseException notATime) {
      return isoWithOffset;
    }
  }

  /** A {@code response-sla} response time for people: "1 hour", "2 business days" (5x8), "1 day" (24x7). */
  String responseTime(String isoDuration, String coverage, Locale locale) {
    return isoDuration == null ? null
        : HumanTimes.in(ZoneOffset.UTC, locale).responseTime(isoDuration, coverage);
  }

  /** What is left until {@code due}, or how long it is overdue: "3 h 20 min left", "overdue by 5 min". */
  String timeLeft(Instant due, Instant now, Locale locale) {
    if (due == null) {
      return null;
    }
    Duration left = Duration.between(now, due);
    return left.isNegative() ? text("time.overdue", locale, span(left.negated(), locale))
        : text("time.left", locale, span(left, locale));
  }

  private String span(Duration d, Locale locale) {
    long minutes = Math.max(0, d.toMinutes());
    long days = minutes / (24 * 60);
    long hours = minutes / 60 % 24;
    long rest = minutes % 60;
    if (days > 0) {
      return text("span.days-hours", locale, days, hours);
    }
    return hours > 0 ? text("span.hours-minutes", locale, hours, rest) : text("span.minutes", locale, rest);
  }

  String text(String key, Locale locale, Object... args) {
    Object[] texts = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      // Numbers as plain digits: MessageFormat would group them by locale.
      texts[i] = String.valueOf(args[i]);
    }
    return messages.getMessage(key, texts, key, locale);
  }
}
