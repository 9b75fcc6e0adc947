package com.daocloud.support.sla;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The calendars that ship with the application ({@code weekdays}, {@code cn-2026}), read-only. A
 * stand-in until calendars are stored as versioned data; replace it then.
 */
@Component
public class BuiltInCalendars implements CalendarLookup {

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
