package com.daocloud.support.incident;

import com.daocloud.support.sla.CalendarLookup;
import com.daocloud.support.sla.WorkingCalendar;
import com.daocloud.support.sla.WorkingCalendarJson;
import java.util.Map;
import java.util.Optional;

/** A fake of the calendar store: the two calendars that ship ({@code weekdays}, {@code cn-2026}), version 1. */
public final class ShippedCalendars implements CalendarLookup {

  private final Map<String, WorkingCalendar> calendars = Map.of(
      "weekdays", WorkingCalendar.weekdays(),
      "cn-2026", WorkingCalendarJson.fromClasspath(WorkingCalendarJson.CN_2026));

  @Override
  public boolean exists(String calendarId) {
    return calendars.containsKey(calendarId);
  }

  @Override
  public Optional<WorkingCalendar> current(String calendarId) {
    return Optional.ofNullable(calendars.get(calendarId));
  }

  @Override
  public Optional<WorkingCalendar> version(String calendarId, int version) {
    return current(calendarId).filter(calendar -> calendar.version() == version);
  }
}
