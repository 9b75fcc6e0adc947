package com.daocloud.support.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.daocloud.support.api.ApiException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The calendar tables on H2 (the default database; the integration tests run the same migration on
 * PostgreSQL): versions, soft deletion, seeding, and the delete rules with a plain fake {@link CalendarUsage}.
 */
class CalendarStoreTest {

  private static final LocalTime NINE = LocalTime.of(9, 0);
  private static final LocalTime SIX_PM = LocalTime.of(18, 0);

  private CalendarStore store;
  private JdbcTemplate jdbc;
  private final Map<String, Boolean> used = new java.util.HashMap<>();

  @BeforeEach
  void freshDatabase() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(dataSource).table("dce_schema_history").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    store = new CalendarStore(jdbc, new DataSourceTransactionManager(dataSource));
    new CalendarSeeder(store).seed();
  }

  private CalendarAdministration administration() {
    CalendarUsage usage = calendarId -> used.getOrDefault(calendarId, false);
    StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("customers", usage));
    return new CalendarAdministration(store, beans.getBeanProvider(CalendarUsage.class));
  }

  private static WorkingCalendar calendar(String id, LocalTime start, LocalTime end, List<LocalDate> holidays,
      List<LocalDate> workingDays) {
    return new WorkingCalendar(id, 1, start, end, holidays, workingDays);
  }

  @Test
  @DisplayName("The shipped calendars are seeded once: weekdays v1 (built in) and cn-2026 v1 from its file")
  void seedsShippedCalendars() {
    // When the seeder runs again (a restart, or a second node)
    new CalendarSeeder(store).seed();

    // Then each is there once, as shipped
    assertThat(store.list()).extracting(StoredCalendar::id).containsExactly("cn-2026", "weekdays");
    assertThat(store.current(Calendars.WEEKDAYS)).contains(WorkingCalendar.weekdays());
    assertThat(store.current(Calendars.CN_2026))
        .contains(WorkingCalendarJson.fromClasspath(WorkingCalendarJson.CN_2026));
    assertThat(store.find(Calendars.CN_2026).orElseThrow().description()).contains("State Council");
    assertThat(store.isBuiltIn(Calendars.WEEKDAYS)).isTrue();
    assertThat(store.isBuiltIn(Calendars.CN_2026)).isFalse();
  }

  @Test
  @DisplayName("Each edit adds a version; the earlier version stays readable; an unchanged save adds none")
  void editsAddVersions() {
    // Given a new calendar
    CalendarStore.Saved first = store.save(calendar("acme-site", NINE, SIX_PM,
        List.of(LocalDate.of(2026, 12, 24)), List.of()), "Acme site", "analyst");
    assertThat(first.created()).isTrue();
    assertThat(first.calendar().version()).isEqualTo(1);

    // When it is edited
    CalendarStore.Saved second = store.save(calendar("acme-site", LocalTime.of(10, 0), LocalTime.of(16, 0),
        List.of(LocalDate.of(2026, 12, 24)), List.of(LocalDate.of(2026, 12, 26))), "Acme site", "analyst");

    // Then version 2 is current and version 1 is unchanged
    assertThat(second.created()).isFalse();
    assertThat(second.calendar().version()).isEqualTo(2);
    assertThat(store.current("acme-site").orElseThrow().windowStart()).isEqualTo(LocalTime.of(10, 0));
    assertThat(store.current("acme-site").orElseThrow().workingDays()).containsExactly(LocalDate.of(2026, 12, 26));
    WorkingCalendar v1 = store.version("acme-site", 1).orElseThrow();
    assertThat(v1.windowStart()).isEqualTo(NINE);
    assertThat(v1.workingDays()).isEmpty();

    // And saving the same content again is idempotent
    CalendarStore.Saved again = store.save(calendar("acme-site", LocalTime.of(10, 0), LocalTime.of(16, 0),
        List.of(LocalDate.of(2026, 12, 24)), List.of(LocalDate.of(2026, 12, 26))), "Acme site", "analyst");
    assertThat(again.changed()).isFalse();
    assertThat(again.calendar().version()).isEqualTo(2);
  }

  @Test
  @DisplayName("A version read by another store instance (another node) sees the current version at once")
  void currentVersionIsNotCachedStale() {
    CalendarStore otherNode = new CalendarStore(jdbc,
        new DataSourceTransactionManager(jdbc.getDataSource()));
    store.save(calendar("shared", NINE, SIX_PM, List.of(), List.of()), null, "analyst");
    assertThat(otherNode.current("shared").orElseThrow().version()).isEqualTo(1);

    store.save(calendar("shared", NINE, LocalTime.of(17, 0), List.of(), List.of()), null, "analyst");

    assertThat(otherNode.current("shared").orElseThrow().version()).isEqualTo(2);
  }

  @Test
  @DisplayName("Deleting an unused calendar hides it but keeps its versions; recreating it continues the numbers")
  void deleteKeepsVersions() {
    store.save(calendar("temp", NINE, SIX_PM, List.of(), List.of()), null, "analyst");

    administration().delete("temp", "analyst");

    assertThat(store.exists("temp")).isFalse();
    assertThat(store.current("temp")).isEmpty();
    assertThat(store.list()).extracting(StoredCalendar::id).doesNotContain("temp");
    assertThat(store.version("temp", 1)).isPresent();

    CalendarStore.Saved recreated = store.save(calendar("temp", NINE, SIX_PM, List.of(), List.of()), null, "analyst");
    assertThat(recreated.created()).isTrue();
    assertThat(recreated.calendar().version()).isEqualTo(2);
  }

  @Test
  @DisplayName("A calendar a customer uses cannot be deleted (409)")
  void calendarInUseIsNotDeleted() {
    // Given a customer uses cn-2026
    used.put(Calendars.CN_2026, true);

    // Then deleting it is refused and it stays
    assertThatThrownBy(() -> administration().delete(Calendars.CN_2026, "analyst"))
        .isInstanceOf(ApiException.Conflict.class)
        .hasMessageContaining("used by a customer");
    assertThat(store.exists(Calendars.CN_2026)).isTrue();
  }

  @Test
  @DisplayName("The built-in weekdays can be neither edited nor deleted; unknown calendars are 404")
  void builtInAndUnknown() {
    assertThatThrownBy(() -> administration().delete(Calendars.WEEKDAYS, "demo"))
        .isInstanceOf(ApiException.Conflict.class);
    assertThatThrownBy(() -> administration().save(
        calendar(Calendars.WEEKDAYS, NINE, LocalTime.of(17, 0), List.of(), List.of()), null, "demo"))
        .isInstanceOf(ApiException.Conflict.class);
    assertThatThrownBy(() -> administration().delete("no-such-calendar", "demo"))
        .isInstanceOf(ApiException.NotFound.class);
    assertThat(store.current(Calendars.WEEKDAYS)).contains(WorkingCalendar.weekdays());
  }

  @Test
  @DisplayName("The tables refuse a window that does not end after it starts, whatever the code checks")
  void schemaChecksWindow() {
    assertThatThrownBy(() -> jdbc.update("INSERT INTO sla_calendar_version (calendar_id, version, window_start,"
        + " window_end, created_at) VALUES ('weekdays', 99, TIME '18:00:00', TIME '09:00:00', CURRENT_TIMESTAMP)"))
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
  }
}
