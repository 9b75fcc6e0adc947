package com.daocloud.support.incident.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.identity.Groups;
import com.daocloud.support.incident.CriticalWindows;
import com.daocloud.support.incident.process.IncidentProcessFixture.Report;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The row facts that {@code incident-handling}'s expressions read ({@code ${incidentFacts...}}). */
class IncidentFactsTest {

  static IncidentFacts facts;

  @BeforeAll
  static void store() {
    IncidentProcessFixture.engine();
    facts = new IncidentFacts(IncidentProcessFixture.store(), IncidentProcessFixture.CUSTOMERS,
        IncidentProcessFixture.CRITICAL_WINDOWS);
  }

  @Test
  @DisplayName("L12-3: a Level 1 notice of a customer with a designated representative goes to that person, not to the whole customer-service group")
  void representativeNamed() {
    // Given acme, whose record names 'service' its representative
    String number = IncidentProcessFixture.report(new Report(Instant.parse("2026-11-28T18:00:00Z"))).number();

    // Then the notice's candidate user is the representative, and no group shares it
    assertThat(facts.representativeOf(number)).isEqualTo("service");
    assertThat(facts.level1NoticeGroups(number)).isEmpty();
  }

  @Test
  @DisplayName("L12-3: without a designated representative, the whole customer-service group gets the Level 1 notice")
  void noRepresentative() {
    // Given a customer whose record names no representative
    String number = IncidentProcessFixture.report(new Report(Instant.parse("2026-11-28T18:00:00Z"))
        .customer("initech", ZoneId.of("Europe/Berlin"), "weekdays")).number();

    // Then nobody in particular, but the group, hears of the Level 1 incident
    assertThat(facts.representativeOf(number)).isNull();
    assertThat(facts.level1NoticeGroups(number)).containsExactly(Groups.CUSTOMER_SERVICE);
  }

  @AfterEach
  void noCriticalPhases() {
    IncidentProcessFixture.CRITICAL_WINDOWS.clear();
  }

  @Test
  @DisplayName("SVC-2, L12-3: a Level 1 incident reported inside a critical phase of its cluster is also noticed by the customer's dedicated S360 team")
  void criticalPhaseAddsTheDedicatedTeam() {
    // Given acme's peak on prod-1 from 08:00 to 20:00, with a dedicated team of two
    IncidentProcessFixture.CRITICAL_WINDOWS.register("acme", window(List.of("success", "success-2")));

    // When an incident is reported at 18:00
    String number = IncidentProcessFixture.report(new Report(Instant.parse("2026-11-28T18:00:00Z"))).number();

    // Then the representative and the team share the notice, and no group does
    assertThat(facts.level1NoticeUsers(number)).containsExactly("service", "success", "success-2");
    assertThat(facts.level1NoticeGroups(number)).isEmpty();
  }

  @Test
  @DisplayName("SVC-2: inside a critical phase of a customer that names no dedicated team, the customer-success group gets the Level 1 notice")
  void criticalPhaseWithoutTeamGoesToCustomerSuccess() {
    // Given a customer without representative, whose peak names no team
    IncidentProcessFixture.CRITICAL_WINDOWS.register("initech", window(List.of()));

    String number = IncidentProcessFixture.report(new Report(Instant.parse("2026-11-28T18:00:00Z"))
        .customer("initech", ZoneId.of("Europe/Berlin"), "weekdays")).number();

    // Then customer service (no representative) and customer success (no team) share it
    assertThat(facts.level1NoticeUsers(number)).isEmpty();
    assertThat(facts.level1NoticeGroups(number)).containsExactly(Groups.CUSTOMER_SERVICE, Groups.CUSTOMER_SUCCESS);
  }

  @Test
  @DisplayName("SVC-2: an incident reported when the critical phase has ended (its end is exclusive) is an ordinary one: the team is not told")
  void afterTheWindowNothingChanges() {
    IncidentProcessFixture.CRITICAL_WINDOWS.register("acme", window(List.of("success")));

    // When the incident is reported at the very end of the window
    String number = IncidentProcessFixture.report(new Report(Instant.parse("2026-11-28T20:00:00Z"))).number();

    assertThat(facts.level1NoticeUsers(number)).containsExactly("service");
    assertThat(facts.level1NoticeGroups(number)).isEmpty();
  }

  private static CriticalWindows.Window window(List<String> team) {
    return new CriticalWindows.Window(1, "peak", Instant.parse("2026-11-28T08:00:00Z"),
        Instant.parse("2026-11-28T20:00:00Z"), "Year-end sales peak", team);
  }
}
