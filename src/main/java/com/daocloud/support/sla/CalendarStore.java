package com.daocloud.support.sla;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Working calendars as versioned data in our own tables ({@code V1__calendars.sql}); the application's
 * one {@link CalendarLookup}.
 *
 * <p>Versions are immutable, so they are cached for good once read; which version is current is asked
 * of the database on every lookup (one indexed row), because another node may have added a version.
 * Running incidents store the (calendar id, version) their deadline was computed with and read it back
 * through {@link #version(String, int)}, which also serves versions of deleted calendars: an edit or a
 * deletion never moves a deadline that was already computed.
 */
@Component
public class CalendarStore implements CalendarLookup {

  static final String HOLIDAY = "holiday";
  static final String WORKING_DAY = "working-day";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final Map<VersionKey, StoredCalendar> versions = new ConcurrentHashMap<>();

  private record VersionKey(String calendarId, int version) {
  }

  /** What a save did: the version now current, and whether the calendar was new (or deleted before). */
  public record Saved(StoredCalendar calendar, boolean created, boolean changed) {
  }

  /** The calendar is built in ({@code weekdays}); it cannot be edited or deleted. */
  public static class BuiltInCalendarException extends IllegalStateException {
    public BuiltInCalendarException(String calendarId) {
      super("calendar " + calendarId + " is built in and cannot be changed or deleted");
    }
  }

  public CalendarStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  @Override
  public boolean exists(String calendarId) {
    return currentVersion(calendarId).isPresent();
  }

  @Override
  public Optional<WorkingCalendar> current(String calendarId) {
    return find(calendarId).map(StoredCalendar::calendar);
  }

  @Override
  public Optional<WorkingCalendar> version(String calendarId, int version) {
    return findVersion(calendarId, version).map(StoredCalendar::calendar);
  }

  /** The current version of a calendar that is not deleted, with its description. */
  public Optional<StoredCalendar> find(String calendarId) {
    return currentVersion(calendarId).flatMap(version -> findVersion(calendarId, version));
  }

  /** Any stored version, also of a deleted calendar (running incidents may still use it). */
  public Optional<StoredCalendar> findVersion(String calendarId, int version) {
    if (calendarId == null) {
      return Optional.empty();
    }
    VersionKey key = new VersionKey(calendarId, version);
    StoredCalendar cached = versions.get(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<StoredCalendar> loaded = load(calendarId, version);
    loaded.ifPresent(calendar -> versions.put(key, calendar));
    return loaded;
  }

  /** The current version of every calendar that is not deleted, by id. */
  public List<StoredCalendar> list() {
    List<Map<String, Object>> rows = jdbc.queryForList(
        "SELECT id, current_version FROM sla_calendar WHERE deleted = FALSE ORDER BY id");
    List<StoredCalendar> calendars = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      String id = (String) row.get("id");
      int version = ((Number) row.get("current_version")).intValue();
      findVersion(id, version).ifPresent(calendars::add);
    }
    return calendars;
  }

  /**
   * Stores {@code calendar}'s window and dates as the next version of its id (version 1 for a new id;
   * the calendar's own version number is ignored), in one transaction. Saving exactly what the current
   * version says adds nothing, so that a repeated PUT is idempotent.
   *
   * @throws BuiltInCalendarException for a built-in calendar
   * @throws DuplicateKeyException if another request created the same id at the same moment
   */
  public Saved save(WorkingCalendar calendar, String description, String userId) {
    return transactions.execute(status -> {
      String id = calendar.id();
      List<Map<String, Object>> rows = jdbc.queryForList(
          "SELECT current_version, built_in, deleted FROM sla_calendar WHERE id = ? FOR UPDATE", id);
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      int version;
      boolean created;
      if (rows.isEmpty()) {
        jdbc.update("INSERT INTO sla_calendar (id, current_version, built_in, deleted, updated_at, updated_by)"
            + " VALUES (?, 1, FALSE, FALSE, ?, ?)", id, now, userId);
        version = 1;
        created = true;
      } else {
        Map<String, Object> row = rows.get(0);
        if (Boolean.TRUE.equals(row.get("built_in"))) {
          throw new BuiltInCalendarException(id);
        }
        int current = ((Number) row.get("current_version")).intValue();
        boolean deleted = Boolean.TRUE.equals(row.get("deleted"));
        if (!deleted) {
          StoredCalendar latest = findVersion(id, current).orElseThrow();
          if (latest.sameContent(calendar, description)) {
            return new Saved(latest, false, false);
          }
        }
        // numbers are never reused, also after a deletion: (id, version) names one content forever
        version = current + 1;
        created = deleted;
        jdbc.update("UPDATE sla_calendar SET current_version = ?, deleted = FALSE, updated_at = ?, updated_by = ?"
            + " WHERE id = ?", version, now, userId, id);
      }
      WorkingCalendar stored = new WorkingCalendar(id, version, calendar.windowStart(), calendar.windowEnd(),
          calendar.holidays(), calendar.workingDays());
      insertVersion(stored, description, now, userId);
      return new Saved(new StoredCalendar(stored, description, false), created, true);
    });
  }

  /**
   * Stores {@code calendar} as version 1 unless its id is known (also when deleted: a deletion sticks
   * across restarts). Safe when several nodes start at once: the loser's insert fails on the primary key
   * and is taken as "already there".
   *
   * @return whether this call stored it
   */
  public boolean insertIfAbsent(WorkingCalendar calendar, String description, boolean builtIn) {
    try {
      return Boolean.TRUE.equals(transactions.execute(status -> {
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM sla_calendar WHERE id = ?", Integer.class,
            calendar.id());
        if (known != null && known > 0) {
          return false;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.update("INSERT INTO sla_calendar (id, current_version, built_in, deleted, updated_at, updated_by)"
            + " VALUES (?, ?, ?, FALSE, ?, NULL)", calendar.id(), calendar.version(), builtIn, now);
        insertVersion(calendar, description, now, null);
        return true;
      }));
    } catch (DuplicateKeyException concurrentSeed) {
      return false;
    }
  }

  /**
   * Marks a calendar deleted; its versions stay readable through {@link #version(String, int)}.
   *
   * @return false if there is no such calendar (or it is deleted already)
   * @throws BuiltInCalendarException for a built-in calendar
   */
  public boolean markDeleted(String calendarId, String userId) {
    return Boolean.TRUE.equals(transactions.execute(status -> {
      List<Map<String, Object>> rows = jdbc.queryForList(
          "SELECT built_in FROM sla_calendar WHERE id = ? AND deleted = FALSE FOR UPDATE", calendarId);
      if (rows.isEmpty()) {
        return false;
      }
      if (Boolean.TRUE.equals(rows.get(0).get("built_in"))) {
        throw new BuiltInCalendarException(calendarId);
      }
      jdbc.update("UPDATE sla_calendar SET deleted = TRUE, updated_at = ?, updated_by = ? WHERE id = ?",
          OffsetDateTime.now(ZoneOffset.UTC), userId, calendarId);
      return true;
    }));
  }

  /** Whether the calendar exists and is built in. */
  public boolean isBuiltIn(String calendarId) {
    return !jdbc.queryForList("SELECT 1 FROM sla_calendar WHERE id = ? AND built_in = TRUE AND deleted = FALSE",
        calendarId).isEmpty();
  }

  private Optional<Integer> currentVersion(String calendarId) {
    if (calendarId == null) {
      return Optional.empty();
    }
    List<Integer> found = jdbc.queryForList(
        "SELECT current_version FROM sla_calendar WHERE id = ? AND deleted = FALSE", Integer.class, calendarId);
    return found.stream().findFirst();
  }

  private void insertVersion(WorkingCalendar calendar, String description, OffsetDateTime now, String userId) {
    jdbc.update("INSERT INTO sla_calendar_version"
            + " (calendar_id, version, window_start, window_end, description, created_at, created_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        calendar.id(), calendar.version(), calendar.windowStart(), calendar.windowEnd(), description, now, userId);
    List<Object[]> dates = new ArrayList<>();
    calendar.holidays().forEach(date -> dates.add(new Object[] {calendar.id(), calendar.version(), date, HOLIDAY}));
    calendar.workingDays().forEach(
        date -> dates.add(new Object[] {calendar.id(), calendar.version(), date, WORKING_DAY}));
    if (!dates.isEmpty()) {
      jdbc.batchUpdate("INSERT INTO sla_calendar_date (calendar_id, version, listed_date, kind) VALUES (?, ?, ?, ?)",
          dates);
    }
  }

  private Optional<StoredCalendar> load(String calendarId, int version) {
    record Head(LocalTime start, LocalTime end, String description, boolean builtIn) {
    }
    List<Head> heads = jdbc.query(
        "SELECT v.window_start, v.window_end, v.description, c.built_in FROM sla_calendar_version v"
            + " JOIN sla_calendar c ON c.id = v.calendar_id WHERE v.calendar_id = ? AND v.version = ?",
        (rs, n) -> new Head(rs.getObject("window_start", LocalTime.class),
            rs.getObject("window_end", LocalTime.class), rs.getString("description"), rs.getBoolean("built_in")),
        calendarId, version);
    if (heads.isEmpty()) {
      return Optional.empty();
    }
    Head head = heads.get(0);
    List<LocalDate> holidays = new ArrayList<>();
    List<LocalDate> workingDays = new ArrayList<>();
    jdbc.query("SELECT listed_date, kind FROM sla_calendar_date WHERE calendar_id = ? AND version = ?",
        rs -> {
          LocalDate date = rs.getObject("listed_date", LocalDate.class);
          (HOLIDAY.equals(rs.getString("kind")) ? holidays : workingDays).add(date);
        }, calendarId, version);
    return Optional.of(new StoredCalendar(
        new WorkingCalendar(calendarId, version, head.start(), head.end(), holidays, workingDays),
        head.description(), head.builtIn()));
  }
}
