package com.daocloud.support.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.entitlement.Entitlement;
import com.daocloud.support.entitlement.EntitlementStatus;
import com.daocloud.support.sla.CalendarLookup;
import com.daocloud.support.sla.ResponseTerms;
import com.daocloud.support.sla.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mockito.Mockito;

/**
 * RSP-2 (coverage time is the local time where the customer's system is located), through the code intake
 * runs: {@link IncidentRecorder#record} with its real {@link ResponsePlanner}, only the database left out. A
 * customer in one zone whose cluster runs in zone Z with calendar C gets, for that cluster, exactly what a
 * customer living in Z on C gets: deadline, warning instant, the zone the incident is recorded in and the
 * calendar. (jqwik names properties with {@code @Label}.)
 */
class InstallationClockProperties {

  private static final List<ZoneId> ZONES = List.of("Asia/Shanghai", "Europe/Berlin", "America/New_York",
      "Asia/Kolkata", "Australia/Lord_Howe", "America/St_Johns", "Pacific/Chatham", "Europe/London", "UTC")
      .stream().map(ZoneId::of).toList();
  private static final long FROM = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
  private static final long TO = Instant.parse("2028-01-01T00:00:00Z").getEpochSecond();
  private static final String CLUSTER = "fra-1";
  private static final String SITE_CALENDAR = "site";

  @Property(tries = 300)
  @Label("RSP-2: an incident about a cluster in zone Z on calendar C gets the clock of a customer living in Z on C")
  void clusterAbroadCountsLikeACustomerAtHome(@ForAll("zones") ZoneId customerZone, @ForAll("zones") ZoneId clusterZone,
      @ForAll("calendars") WorkingCalendar calendar, @ForAll("reports") long report, @ForAll("terms") ResponseTerms terms) {
    // Given a customer elsewhere whose cluster runs in Z on C, and a customer at home in Z on C
    CustomerProfile abroad = new CustomerProfile("abroad", "Abroad", "professional", customerZone, "weekdays",
        List.of(), null, Map.of(CLUSTER, new CustomerProfile.Site(clusterZone, SITE_CALENDAR)));
    CustomerProfile atHome = new CustomerProfile("at-home", "At home", "professional", clusterZone, SITE_CALENDAR,
        List.of());

    // When each reports an incident about that cluster at the same instant
    IncidentRecorder recorder = recorder(calendar);
    IncidentRecorder.Recorded theirs = record(recorder, abroad, report, terms);
    IncidentRecorder.Recorded ours = record(recorder, atHome, report, terms);

    // Then both are counted alike, and recorded in Z
    assertThat(theirs.incident().timeZone()).isEqualTo(clusterZone);
    assertThat(theirs.incident().responseDue()).isEqualTo(ours.incident().responseDue()).isNotNull();
    assertThat(theirs.plan().responseDueAt()).isEqualTo(ours.plan().responseDueAt());
    assertThat(theirs.plan().warningAt()).isEqualTo(ours.plan().warningAt());
    assertThat(theirs.plan().calendarId()).isEqualTo(ours.plan().calendarId()).isEqualTo(SITE_CALENDAR);
    assertThat(OffsetDateTime.parse(theirs.incident().responseDue()).getOffset())
        .isEqualTo(clusterZone.getRules().getOffset(theirs.plan().responseDueAt()));
  }

  @Property(tries = 100)
  @Label("RSP-2: a cluster without a zone or calendar of its own counts in its customer's")
  void clusterAtHomeCountsInTheCustomersZone(@ForAll("zones") ZoneId customerZone, @ForAll("zones") ZoneId elsewhere,
      @ForAll("calendars") WorkingCalendar calendar, @ForAll("reports") long report, @ForAll("terms") ResponseTerms terms) {
    CustomerProfile customer = new CustomerProfile("home", "Home", "professional", customerZone, SITE_CALENDAR,
        List.of(), null, Map.of("elsewhere-1", new CustomerProfile.Site(elsewhere, "weekdays")));
    CustomerProfile plain = new CustomerProfile("plain", "Plain", "professional", customerZone, SITE_CALENDAR,
        List.of());

    IncidentRecorder recorder = recorder(calendar);
    IncidentRecorder.Recorded home = record(recorder, customer, report, terms);
    IncidentRecorder.Recorded reference = record(recorder, plain, report, terms);

    assertThat(home.incident().timeZone()).isEqualTo(customerZone);
    assertThat(home.plan().responseDueAt()).isEqualTo(reference.plan().responseDueAt());
    assertThat(home.incident().responseDue()).isEqualTo(reference.incident().responseDue());
    assertThat(home.plan().calendarId()).isEqualTo(SITE_CALENDAR);
  }

  private static IncidentRecorder.Recorded record(IncidentRecorder recorder, CustomerProfile customer, long report,
      ResponseTerms terms) {
    IncidentIntake.Report reported = new IncidentIntake.Report(customer, CLUSTER, "Cluster down", "Down.", "fault",
        "outage", false, false, new Incident.Contact("Li Lei", null, "li.lei@example.com"), "it", null);
    return recorder.record("INC-2026-000001", "process", new IncidentIntake.Received(reported,
        Instant.ofEpochSecond(report)), terms.level(), terms, Optional.empty());
  }

  /** The recorder as intake wires it, with every customer entitled and no database. */
  private static IncidentRecorder recorder(WorkingCalendar site) {
    WorkingCalendar weekdays = WorkingCalendar.weekdays();
    CalendarLookup calendars = new CalendarLookup() {
      @Override
      public boolean exists(String calendarId) {
        return current(calendarId).isPresent();
      }

      @Override
      public Optional<WorkingCalendar> current(String calendarId) {
        return Optional.ofNullable(Map.of(SITE_CALENDAR, site, "weekdays", weekdays).get(calendarId));
      }

      @Override
      public Optional<WorkingCalendar> version(String calendarId, int version) {
        return current(calendarId).filter(calendar -> calendar.version() == version);
      }
    };
    return new IncidentRecorder(Mockito.mock(IncidentStore.class), (customer, cluster, onDate, lifecycle) ->
        new Entitlement(EntitlementStatus.ENTITLED, "covered", "Covered.", false), new ResponsePlanner(calendars),
        CriticalWindows.NONE);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONES);
  }

  @Provide
  Arbitrary<Long> reports() {
    return Arbitraries.longs().between(FROM, TO);
  }

  @Provide
  Arbitrary<ResponseTerms> terms() {
    return Combinators.combine(Arbitraries.integers().between(1, 4),
            Arbitraries.of("PT30M", "PT4H", "PT8H", "P1D", "P2D"), Arbitraries.of("5x8", "24x7"))
        .as((level, time, coverage) -> new ResponseTerms(level, "professional", time, coverage, "remote", null,
            null, null));
  }

  /** A window of one to twelve hours opening between 00:00 and 11:00, and up to 60 holidays. */
  @Provide
  Arbitrary<WorkingCalendar> calendars() {
    Arbitrary<Set<LocalDate>> holidays = Arbitraries.longs()
        .between(LocalDate.parse("2025-01-01").toEpochDay(), LocalDate.parse("2028-01-31").toEpochDay())
        .map(LocalDate::ofEpochDay).set().ofMaxSize(60);
    return Combinators.combine(Arbitraries.integers().between(0, 11), Arbitraries.integers().between(1, 12), holidays)
        .as((open, hours, days) -> new WorkingCalendar(SITE_CALENDAR, 1, LocalTime.of(open, 0),
            LocalTime.of(open + hours, 0), days, Set.of()));
  }
}
