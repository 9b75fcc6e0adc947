package com.daocloud.support.incident.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.TimelineEntry;
import com.daocloud.support.incident.TimelineEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The top of the Incident tab: the entitlement in one line and the situation (docs/tasklist.md). */
class IncidentSituationTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant REPORTED = OffsetDateTime.parse("2026-11-30T08:42:00+08:00").toInstant();
  private static final Instant DUE = REPORTED.plusSeconds(3600);
  private static final Instant NOW = REPORTED.plusSeconds(16 * 60);

  private static Incident incident(int level, String status, boolean extendedMaintenance, Instant firstContact,
      String explanation) {
    return new Incident(1, "INC-2026-000001", "acme", "prod-1", "Cluster down", "Nothing answers", "fault",
        "outage", false, false, new Incident.Contact("Li Lei", null, null), "acme-ops", REPORTED, SHANGHAI, level,
        "fault, outage, no workaround (LVL-2)", "professional", "open", null, status, "reason", explanation,
        extendedMaintenance, "PT1H", "24x7", "phone", "2026-11-30T09:42:00+08:00", DUE, "cn-2026", 1, null,
        firstContact, false, null, null, "pi", null);
  }

  @ParameterizedTest(name = "{0}, extended maintenance {1}, Level {2}: \"{3}\" ({4})")
  @CsvSource(delimiter = '|', textBlock = """
      entitled     | false | 1 | Entitled: full support, the response deadline runs | ENT-1
      entitled     | true  | 1 | Entitled under extended maintenance: remote service only, no on-site; code fixes for Levels 1-2 only | EAM-2
      entitled     | true  | 3 | Entitled under extended maintenance: remote service only, no on-site; code fixes for Levels 1-2 only (none for this Level 3 incident) | EAM-2
      limited      | false | 2 | Limited support: not on the latest version, may cost extra; the response deadline runs | LC-3
      eam-required | false | 1 | Waiting for an extended maintenance contract: no response deadline until one is signed | EAM-4
      best-effort  | false | 1 | Best effort: deprecated version, no response deadline, no code fixes | LC-4
      """)
  @DisplayName("LC-3, LC-4, EAM-2, EAM-4: the entitlement reads as its consequences, the rule id beside it")
  void entitlementLines(String status, boolean extendedMaintenance, int level, String text, String rule) {
    IncidentSituation.EntitlementLine line = IncidentSituation.entitlement(
        incident(level, status, extendedMaintenance, null, "Why."));

    assertThat(line.text()).isEqualTo(text);
    assertThat(line.policy()).containsExactly(rule);
  }

  @Test
  @DisplayName("The rule ids of the entitlement's explanation join the note of the line")
  void explanationIdsJoinTheNote() {
    assertThat(IncidentSituation.entitlement(incident(1, "limited", false, null,
        "DCE 5.0.3 is not the latest version (LC-3, ENT-2).")).policy()).containsExactly("LC-3", "ENT-2");
  }

  @Test
  @DisplayName("L12-1: a Level 1 incident nobody holds yet, not contacted, access requested: the situation says so, with a Berlin viewer's clock beside each time")
  void situationBeforeTheFirstContact() {
    Incident i = incident(1, "entitled", false, null, "Why.");
    List<TimelineEntry> timeline = List.of(
        TimelineEntry.of(REPORTED, TimelineEvent.REPORTED, "Reported by acme-ops: Cluster down"),
        TimelineEntry.of(REPORTED, TimelineEvent.ACCESS_REQUESTED, "This Level 1 incident needs access (L12-1)."));

    IncidentSituation.Situation s = IncidentSituation.situation(i, timeline,
        List.of(new IncidentSituation.OpenTask("Contact customer", null, null)), NOW, BERLIN);

    assertThat(s.holder()).isEqualTo("nobody");
    assertThat(s.firstContact()).isEqualTo("not yet");
    assertThat(s.access()).isEqualTo("requested");
    assertThat(s.accessText()).isEqualTo("requested Mon 30 Nov 08:42 Shanghai time (16 min ago; 01:42 your time), "
        + "no answer yet");
    assertThat(s.dueText()).isEqualTo("Mon 30 Nov 09:42 Shanghai time (in 44 min; 02:42 your time)");
    assertThat(s.onSite()).isEqualTo("not dispatched");
  }

  @Test
  @DisplayName("L12-1: after the first contact and a grant the situation names the holder, the contact and the grant")
  void situationAfterAGrant() {
    Incident i = incident(2, "entitled", false, REPORTED.plusSeconds(600), "Why.");
    List<TimelineEntry> timeline = List.of(
        TimelineEntry.of(REPORTED, TimelineEvent.ACCESS_REQUESTED, "Access needed (L12-1)."),
        TimelineEntry.of(REPORTED.plusSeconds(900), TimelineEvent.ACCESS_GRANTED,
            "On-site access arranged instead of remote access on the phone."));

    IncidentSituation.Situation s = IncidentSituation.situation(i, timeline, List.of(
        new IncidentSituation.OpenTask("Resolve incident", "engineer", "Erin Engineer"),
        new IncidentSituation.OpenTask("Post status update", "lead", null)), NOW, SHANGHAI);

    assertThat(s.holder()).isEqualTo("Erin Engineer (engineer), Resolve incident; lead, Post status update");
    assertThat(s.firstContact()).isEqualTo("Mon 30 Nov 08:52 Shanghai time (6 min ago)");
    assertThat(s.access()).isEqualTo("on-site");
    assertThat(s.accessText()).isEqualTo("on-site access arranged Mon 30 Nov 08:57 Shanghai time (1 min ago)");
  }

  @Test
  @DisplayName("RSP-4: on-site service reads as dispatch and arrival in words, and how long the way took")
  void onSite() {
    Incident i = incident(1, "entitled", false, null, "Why.");
    Incident arrived = new Incident(i.id(), i.number(), i.customerId(), i.cluster(), i.title(), i.description(),
        i.requestType(), i.productionImpact(), false, false, i.contact(), i.reportedBy(), REPORTED, SHANGHAI, 1,
        i.levelReason(), i.serviceTier(), i.status(), null, "entitled", "reason", "Why.", false, "PT1H", "24x7",
        "phone", i.responseDue(), DUE, "cn-2026", 1, null, REPORTED.plusSeconds(300), false,
        REPORTED.plusSeconds(600), REPORTED.plusSeconds(600 + 5400), "pi", null);

    assertThat(IncidentSituation.situation(arrived, List.of(), List.of(), REPORTED.plusSeconds(7200), SHANGHAI)
        .onSite()).isEqualTo("dispatched Mon 30 Nov 08:52 Shanghai time (1 hour 50 min ago), arrived Mon 30 Nov "
        + "10:22 Shanghai time (20 min ago) (after 1 hour 30 minutes)");
  }

  @Test
  @DisplayName("A Level 3 incident needs no access, and one without a deadline says so")
  void noAccessNoDeadline() {
    Incident level3 = incident(3, "entitled", false, null, "Why.");
    assertThat(IncidentSituation.situation(level3, List.of(), List.of(), NOW, SHANGHAI).accessText())
        .isEqualTo("not needed for Level 3");
    Incident noClock = new Incident(1, "INC-2026-000002", "acme", "prod-1", "t", "d", "fault", "outage", false,
        false, new Incident.Contact("Li Lei", null, null), "acme-ops", REPORTED, SHANGHAI, 1, "r", "professional",
        "open", null, "best-effort", "reason", "Why.", false, null, null, null, null, null, null, null, null, null,
        false, null, null, "pi", null);
    assertThat(IncidentSituation.situation(noClock, List.of(), List.of(), NOW, SHANGHAI).dueText())
        .isEqualTo("no response deadline");
  }
}
