package com.daocloud.support.time;

import com.daocloud.support.sla.Coverage;
import com.daocloud.support.sla.SlaExplanation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A response deadline's explanation as a sentence a support engineer or a customer understands
 * (docs/communication.md, Times and durations): "1 hour, counted around the clock from the report at Mon
 * 30 Nov 08:42 Shanghai time"; "2 business days of business hours (09:00–18:00 on working days), counted from
 * Thu 8 Oct 09:00 Shanghai time because the report came in on Wednesday evening, a holiday; 1 Oct–7 Oct are
 * holidays". The policy rules behind it are {@link SlaExplanation#POLICY}, shown beside the sentence, never in
 * it. Pure: everything comes from the {@link SlaExplanation}.
 */
public final class DeadlineWording {

  private DeadlineWording() {
  }

  /** The sentence (without a final full stop, so that it can stand inside another one). */
  public static String sentence(SlaExplanation e, Locale locale) {
    HumanTimes times = HumanTimes.in(e.zone(), locale);
    String responseTime = times.responseTime(e.responseTime(), e.coverage());
    String reported = times.at(e.reportedAt(), e.reportedAt());
    if (e.coverage() == Coverage.ROUND_THE_CLOCK) {
      return times.text("deadline.24x7", responseTime, reported);
    }
    String hours = times.text("deadline.hours", e.windowStart(), e.windowEnd());
    String counted = e.firstInterval().from().equals(e.reportedAt())
        ? times.text("deadline.5x8.in-hours", responseTime, hours, reported)
        : times.text("deadline.5x8.later", responseTime, hours,
            times.at(e.firstInterval().from(), e.reportedAt()), cameIn(e, times));
    return e.holidays().isEmpty() ? counted : times.text("deadline.holidays", counted, holidays(e.holidays(), times));
  }

  /** "on Sunday evening", "after business hours on Friday", "on Thursday afternoon, a holiday". */
  private static String cameIn(SlaExplanation e, HumanTimes times) {
    ZonedDateTime at = e.reportedAt().atZone(e.zone());
    String day = times.pattern("day.pattern").format(at);
    LocalTime time = at.toLocalTime();
    if (e.reportedOnWorkingDay()) {
      return times.text(time.isBefore(e.windowStart()) ? "came.before-hours" : "came.after-hours", day);
    }
    String part = times.text("part." + partOfDay(time));
    return times.text(e.holidays().contains(at.toLocalDate()) ? "came.holiday" : "came.day", day, part);
  }

  private static String partOfDay(LocalTime time) {
    int hour = time.getHour();
    if (hour < 5 || hour >= 22) {
      return "night";
    }
    return hour < 12 ? "morning" : hour < 18 ? "afternoon" : "evening";
  }

  /** "1 Oct is a holiday", "1 Oct–7 Oct are holidays", "1 Oct–3 Oct, 5 Oct are holidays". */
  private static String holidays(List<LocalDate> dates, HumanTimes times) {
    List<String> ranges = new ArrayList<>();
    LocalDate from = null;
    LocalDate to = null;
    for (LocalDate date : dates) {
      if (to != null && date.equals(to.plusDays(1))) {
        to = date;
        continue;
      }
      if (from != null) {
        ranges.add(range(from, to, times));
      }
      from = date;
      to = date;
    }
    ranges.add(range(from, to, times));
    String joined = ranges.get(0);
    for (String range : ranges.subList(1, ranges.size())) {
      joined = times.text("holidays.join", joined, range);
    }
    return times.text(dates.size() == 1 ? "holidays.one" : "holidays.many", joined);
  }

  private static String range(LocalDate from, LocalDate to, HumanTimes times) {
    var format = times.pattern("holidays.date");
    return from.equals(to) ? format.format(from) : times.text("holidays.range", format.format(from), format.format(to));
  }
}
