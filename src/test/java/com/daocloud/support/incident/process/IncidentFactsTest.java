package com.daocloud.support.incident.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.identity.Groups;
import com.daocloud.support.incident.process.IncidentProcessFixture.Report;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The row facts that {@code incident-handling}'s expressions read ({@code ${incidentFacts...}}). */
class IncidentFactsTest {

  static IncidentFacts facts;

  @BeforeAll
  static void store() {
    IncidentProcessFixture.engine();
    facts = new IncidentFacts(IncidentProcessFixture.store(), IncidentProcessFixture.CUSTOMERS);
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
}
