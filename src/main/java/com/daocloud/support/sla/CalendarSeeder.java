package com.daocloud.support.sla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stores the shipped calendars at start-up if they are missing: {@code weekdays} (built in) and
 * {@code cn-2026} (from its JSON file). A calendar that exists, was edited or was deleted is left alone,
 * so a restart never undoes an analyst's work.
 */
@Component
public class CalendarSeeder {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarSeeder.class);
  private static final String WEEKDAYS_DESCRIPTION = "Monday to Friday, 09:00-18:00, no holidays (built in).";

  private final CalendarStore store;

  public CalendarSeeder(CalendarStore store) {
    this.store = store;
  }

  @PostConstruct
  void seed() {
    if (store.insertIfAbsent(WorkingCalendar.weekdays(), WEEKDAYS_DESCRIPTION, true)) {
      LOG.info("Stored the built-in calendar {}", Calendars.WEEKDAYS);
    }
    WorkingCalendar cn2026 = WorkingCalendarJson.fromClasspath(WorkingCalendarJson.CN_2026);
    if (store.insertIfAbsent(cn2026, description(WorkingCalendarJson.CN_2026), false)) {
      LOG.info("Stored calendar {} from {}", cn2026.id(), WorkingCalendarJson.CN_2026);
    }
  }

  private static String description(String resource) {
    try (InputStream in = CalendarSeeder.class.getClassLoader().getResourceAsStream(resource)) {
      JsonNode description = new ObjectMapper().readTree(in).get("description");
      return description == null || description.isNull() ? null : description.asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
