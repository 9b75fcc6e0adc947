package com.daocloud.support.sla;

/** Tells whether something (a customer) uses a calendar, so that deleting it can be refused (409). */
public interface CalendarUsage {

  boolean isCalendarUsed(String calendarId);
}
