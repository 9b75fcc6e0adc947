package com.daocloud.support.sla;

import java.util.Optional;

/** Finds working calendars by id; a deadline keeps the version it was computed with. */
public interface CalendarLookup {

  boolean exists(String calendarId);

  /** The current version, or empty when no such calendar exists. */
  Optional<WorkingCalendar> current(String calendarId);

  /** One stored version of a calendar, or empty. */
  Optional<WorkingCalendar> version(String calendarId, int version);
}
