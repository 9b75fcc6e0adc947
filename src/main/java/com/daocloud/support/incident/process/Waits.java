package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentTimes;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A customer wait (CLS-2, CLS-4) as the customer reads it: "7 days, until 2026-03-16T10:00:00+08:00". */
final class Waits {

  private Waits() {
  }

  static String describe(String isoPeriod, Instant from, ZoneId zone) {
    Period period = Period.parse(isoPeriod);
    Instant until = from.atZone(ZoneOffset.UTC).plus(period).toInstant();
    String length = period.getYears() == 0 && period.getMonths() == 0
        ? period.getDays() + (period.getDays() == 1 ? " day" : " days") : isoPeriod;
    return length + ", until " + IncidentTimes.format(until, zone);
  }
}
