package com.daocloud.support.sla;

/**
 * One stored version of a working calendar, with what the API shows beside the calendar itself.
 *
 * @param calendar    the calendar (id, version, window, dates)
 * @param description free text for people, or null
 * @param builtIn     whether the application defines it ({@code weekdays}): it can be neither edited nor deleted
 */
public record StoredCalendar(WorkingCalendar calendar, String description, boolean builtIn) {

  public String id() {
    return calendar.id();
  }

  public int version() {
    return calendar.version();
  }

  /** Whether {@code other} says the same as this version (window, dates, description), whatever its version. */
  public boolean sameContent(WorkingCalendar other, String otherDescription) {
    return calendar.windowStart().equals(other.windowStart())
        && calendar.windowEnd().equals(other.windowEnd())
        && calendar.holidays().equals(other.holidays())
        && calendar.workingDays().equals(other.workingDays())
        && java.util.Objects.equals(description, otherDescription);
  }
}
