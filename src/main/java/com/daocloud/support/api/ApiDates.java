package com.daocloud.support.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The dates and date-times that {@code /api} accepts: ISO-8601, years 1970 to 9999. {@code java.time}
 * parses years up to +999999999, which no support record means: such a year overflows the SLA clock's
 * arithmetic and the database's date columns (it was stored as a different date). Every date that comes
 * in through {@code /api} passes here, so a caller gets a 400 naming the field instead.
 */
public final class ApiDates {

  public static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
  public static final String RANGE = "between " + EARLIEST + " and " + LATEST;

  private ApiDates() {
  }

  public static boolean inRange(LocalDate date) {
    return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
  }

  /**
   * An ISO-8601 date-time with offset, or null with a problem naming {@code field}; null (and no problem)
   * when the value is absent, so the caller decides whether it is required.
   */
  public static Instant dateTime(List<FieldProblem> problems, String field, String value, String example) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      OffsetDateTime parsed = OffsetDateTime.parse(value.trim());
      if (!inRange(parsed.toLocalDate())) {
        problems.add(new FieldProblem(field, "must be " + RANGE + ", was " + value));
        return null;
      }
      return parsed.toInstant();
    } catch (DateTimeException e) {
      problems.add(new FieldProblem(field, "must be an ISO-8601 date-time with offset, e.g. " + example
          + ", was " + value));
      return null;
    }
  }

  /** An ISO-8601 date (YYYY-MM-DD), or null with a problem naming {@code field}; null when absent. */
  public static LocalDate date(List<FieldProblem> problems, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      LocalDate parsed = LocalDate.parse(value.trim());
      if (!inRange(parsed)) {
        problems.add(new FieldProblem(field, "must be " + RANGE + ", was " + value));
        return null;
      }
      return parsed;
    } catch (DateTimeException e) {
      problems.add(new FieldProblem(field, "must be a real date YYYY-MM-DD, was " + value));
      return null;
    }
  }

  /** A date that Jackson or Spring already parsed: a problem naming {@code field} when out of range. */
  public static void checkRange(List<FieldProblem> problems, String field, LocalDate date) {
    if (date != null && !inRange(date)) {
      problems.add(new FieldProblem(field, "must be " + RANGE + ", was " + date));
    }
  }
}
