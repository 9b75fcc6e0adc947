package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.IncidentTimes;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A customer wait (CLS-2, CLS-4) as the customer reads it: "7 days, until Mon 16 Mar 10:00 Shanghai time". */
final class Waits {

  /** Templates {@code wait.day}, {@code wait.days} and {@code wait.period}. */
  static final String KEY_PREFIX = "wait.";

  private Waits() {
  }

  static Message describe(String isoPeriod, Instant from, ZoneId zone) {
    Period period = Period.parse(isoPeriod);
    Instant until = from.atZone(ZoneOffset.UTC).plus(period).toInstant();
    Object end = IncidentTimes.at(until, zone, from);
    if (period.getYears() != 0 || period.getMonths() != 0) {
      return Message.of(KEY_PREFIX + "period", IncidentTimes.duration(isoPeriod), end);
    }
    return Message.of(KEY_PREFIX + (period.getDays() == 1 ? "day" : "days"), period.getDays(), end);
  }
}
