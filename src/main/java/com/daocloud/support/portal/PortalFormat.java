package com.daocloud.support.portal;

import com.daocloud.support.sla.ResponseTime;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Times and durations as the site shows them, in the visitor's language. Times keep the offset the API gives
 * them (the installation's zone), and show it: a customer abroad sees at once which clock a deadline runs on.
 */
@Component
class PortalFormat {

  private final MessageSource messages;

  PortalFormat(MessageSource messages) {
    this.messages = messages;
  }

  /** {@code 2026-11-30T10:30:00+08:00} as "Mon 2026-11-30 10:30 (UTC+08:00)"; null stays null. */
  String dateTime(String isoWithOffset, Locale locale) {
    if (isoWithOffset == null) {
      return null;
    }
    try {
      OffsetDateTime time = OffsetDateTime.parse(isoWithOffset);
      String offset = time.getOffset().getTotalSeconds() == 0 ? "+00:00" : time.getOffset().getId();
      return DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", locale).format(time) + " (UTC" + offset + ")";
    } catch (DateTimeParseException notATime) {
      return isoWithOffset;
    }
  }

  /** A {@code response-sla} response time for people: "1 hour", "2 business days". */
  String responseTime(String isoDuration, Locale locale) {
    if (isoDuration == null) {
      return null;
    }
    ResponseTime time = ResponseTime.parse(isoDuration);
    if (time.isBusinessDays()) {
      return text("duration.business-days", locale, time.businessDays());
    }
    Duration elapsed = Duration.parse(isoDuration.trim());
    return elapsed.toMinutesPart() == 0 ? text("duration.hours", locale, elapsed.toHours()) : span(elapsed, locale);
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
