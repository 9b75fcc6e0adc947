package com.daocloud.support.sla;

import com.daocloud.support.api.ApiException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The rules for changing calendars: the built-in {@code weekdays} stays as the README defines it
 * (Monday–Friday, 09:00–18:00, no holidays), and a calendar that a customer uses cannot be deleted (409). Who
 * may write is checked by the API.
 */
@Service
public class CalendarAdministration {

  private final CalendarStore store;
  private final ObjectProvider<CalendarUsage> usages;

  /**
   * @param usages every {@link CalendarUsage} in the application (the customer directory); none is fine,
   *               and they are looked up lazily, so a user of calendars may itself depend on the store
   */
  public CalendarAdministration(CalendarStore store, ObjectProvider<CalendarUsage> usages) {
    this.store = store;
    this.usages = usages;
  }

  /**
   * Adds {@code calendar} as the next version of its id (or version 1).
   *
   * @throws ApiException.Conflict for the built-in calendar, or when another request created the same id
   *         at the same moment
   */
  public CalendarStore.Saved save(WorkingCalendar calendar, String description, String userId) {
    try {
      return store.save(calendar, description, userId);
    } catch (CalendarStore.BuiltInCalendarException e) {
      throw new ApiException.Conflict("Calendar " + calendar.id() + " is built in and cannot be changed.");
    } catch (DuplicateKeyException e) {
      throw new ApiException.Conflict("Calendar " + calendar.id() + " was created by another request at the "
          + "same moment; read it and try again.");
    }
  }

  /**
   * Deletes a calendar that no customer uses. Its versions stay readable for running incidents.
   *
   * @throws ApiException.NotFound for an unknown calendar
   * @throws ApiException.Conflict for the built-in calendar or one in use
   */
  public void delete(String calendarId, String userId) {
    if (!store.exists(calendarId)) {
      throw new ApiException.NotFound("There is no calendar " + calendarId + ".");
    }
    if (store.isBuiltIn(calendarId)) {
      throw new ApiException.Conflict("Calendar " + calendarId + " is built in and cannot be deleted.");
    }
    Optional<CalendarUsage> user = usages.stream().filter(usage -> usage.isCalendarUsed(calendarId)).findFirst();
    if (user.isPresent()) {
      throw new ApiException.Conflict("Calendar " + calendarId + " is used by a customer and cannot be deleted.");
    }
    try {
      if (!store.markDeleted(calendarId, userId)) {
        throw new ApiException.NotFound("There is no calendar " + calendarId + ".");
      }
    } catch (CalendarStore.BuiltInCalendarException e) {
      throw new ApiException.Conflict("Calendar " + calendarId + " is built in and cannot be deleted.");
    }
  }
}
