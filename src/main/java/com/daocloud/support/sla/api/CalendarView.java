package com.daocloud.support.sla.api;

import com.daocloud.support.sla.StoredCalendar;
import com.daocloud.support.sla.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;

/** A calendar version as {@code GET /api/calendars/{id}} shows it; times as {@code HH:mm}, dates sorted. */
public record CalendarView(String id, int version, String windowStart, String windowEnd, List<String> holidays,
    List<String> workingDays, String description, boolean builtIn) {

  static CalendarView of(StoredCalendar stored) {
    WorkingCalendar calendar = stored.calendar();
    return new CalendarView(calendar.id(), calendar.version(), calendar.windowStart().toString(),
        calendar.windowEnd().toString(), dates(calendar.holidays()), dates(calendar.workingDays()),
        stored.description(), stored.builtIn());
  }

  private static List<String> dates(java.util.Collection<LocalDate> dates) {
    return dates.stream().map(LocalDate::toString).toList();
  }
}
