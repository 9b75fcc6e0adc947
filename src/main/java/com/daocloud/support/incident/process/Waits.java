package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.IncidentTimes;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A customer wait (CLS-2, CLS-4) as the customer reads it: "7 days, until 2026-03-16T10:00:00+08:00". */
final class Waits {

  /** Templates {@code wait.day}, {@code wait.days} and {@code wait.period}. */
  static final String KEY_PREFIX = "wait.";

  private Waits() {
  }

  static Message describe(String isoPeriod, Instant from, ZoneId zone) {
    Period period = Period.parse(isoPeriod);
    Instant until = from.atZone(ZoneOffset.UTC).plus(period).toInstant();
    String end = IncidentTimes.format(until, zone);
    if (period.getYears() != 0 || period.getMonths() != 0) {
      return Message.of(KEY_PREFIX + "period", isoPeriod, end);
    }
    return Message.of(KEY_PREFIX + (period.getDays() == 1 ? "day" : "days"), period.getDays(), end);
  }
}
