package com.daocloud.support.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.incident.SlaBoard.Assessment;
import com.daocloud.support.incident.SlaBoard.Facts;
import com.daocloud.support.incident.SlaBoard.Resolution;
import com.daocloud.support.incident.SlaBoard.Response;
import com.daocloud.support.incident.SlaBoard.State;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where an open incident stands on the managers' SLA board: response, resolution and the state it is counted under. */
@DisplayName("SLA board states")
class SlaBoardTest {

  /** A Level 1 reported at 09:00: its 75 % warning at 09:45, its response due at 10:00. */
  private static final Instant DUE = Instant.parse("2026-11-30T02:00:00Z");
  private static final Instant WARNING = DUE.minus(Duration.ofMinutes(15));

  @ParameterizedTest(name = "{0}, first contact {1} min after the deadline, status {2}, {3} objection(s), now {4} min"
      + " from the deadline: {5} / {6} / {7}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # breached flag | contact | status            | objections | now | response       | resolution              | state
        false         | -       | open              | 0          | -30 | ON_TRACK       | AWAITING_CONTACT        | ON_TRACK
        false         | -       | open              | 0          | -15 | AT_RISK        | AWAITING_CONTACT        | AT_RISK
        false         | -       | open              | 0          | 0   | BREACHED       | AWAITING_CONTACT        | BREACHED
        true          | -       | open              | 0          | -30 | BREACHED       | AWAITING_CONTACT        | BREACHED
        false         | -20     | open              | 0          | 60  | RESPONDED      | IN_PROGRESS             | IN_PROGRESS
        false         | 5       | open              | 0          | 60  | RESPONDED_LATE | IN_PROGRESS             | IN_PROGRESS
        true          | 5       | open              | 0          | 60  | RESPONDED_LATE | IN_PROGRESS             | IN_PROGRESS
        false         | -20     | awaiting-customer | 0          | 60  | RESPONDED      | WAITING_FOR_INFORMATION | WAITING_FOR_CUSTOMER
        false         | -20     | solution-proposed | 0          | 60  | RESPONDED      | SOLUTION_PROPOSED       | WAITING_FOR_CUSTOMER
        false         | -20     | open              | 1          | 60  | RESPONDED      | REOPENED                | REOPENED
        false         | 5       | open              | 2          | 60  | RESPONDED_LATE | REOPENED                | REOPENED
        false         | -20     | solution-proposed | 1          | 60  | RESPONDED      | SOLUTION_PROPOSED       | WAITING_FOR_CUSTOMER
        false         | -       | awaiting-customer | 0          | -30 | ON_TRACK       | WAITING_FOR_INFORMATION | WAITING_FOR_CUSTOMER
        false         | -       | awaiting-customer | 0          | 10  | BREACHED       | WAITING_FOR_INFORMATION | BREACHED
      """)
  void standing(boolean breachedFlag, Integer contactMinutes, String status, int objections, int nowMinutes,
      Response response, Resolution resolution, State state) {
    // Given an open incident
    Instant contact = contactMinutes == null ? null : DUE.plus(Duration.ofMinutes(contactMinutes));
    Facts incident = new Facts(status, DUE, WARNING, breachedFlag, contact, objections);

    // When the board looks at it
    Assessment assessment = SlaBoard.assess(incident, DUE.plus(Duration.ofMinutes(nowMinutes)));

    // Then it stands where the manager expects it
    assertThat(assessment).isEqualTo(new Assessment(response, resolution, state));
  }

  @Test
  @DisplayName("A reopened incident never reads \"Responded\" as its state: the objection shows, even after a first contact in time")
  void reopenedIsNotResponded() {
    Facts reopened = new Facts(IncidentStatus.OPEN, DUE, WARNING, false, DUE.minusSeconds(600), 1);

    Assessment assessment = SlaBoard.assess(reopened, DUE.plus(Duration.ofDays(2)));

    assertThat(assessment.response()).isEqualTo(Response.RESPONDED);
    assertThat(assessment.state()).isEqualTo(State.REOPENED);
  }

  @Test
  @DisplayName("Without a response deadline (no clock runs) an unanswered incident is work in progress, never on track or breached")
  void noDeadline() {
    Facts noClock = new Facts(IncidentStatus.OPEN, null, null, false, null, 0);

    Assessment assessment = SlaBoard.assess(noClock, DUE);

    assertThat(assessment).isEqualTo(new Assessment(Response.NO_DEADLINE, Resolution.AWAITING_CONTACT,
        State.IN_PROGRESS));
  }

  @Test
  @DisplayName("States go over the wire in kebab-case, in the board's order of urgency")
  void codes() {
    assertThat(java.util.Arrays.stream(State.values()).map(State::code)).containsExactly("breached", "at-risk",
        "reopened", "on-track", "in-progress", "waiting-for-customer");
    assertThat(Response.RESPONDED_LATE.code()).isEqualTo("responded-late");
    assertThat(Resolution.WAITING_FOR_INFORMATION.code()).isEqualTo("waiting-for-information");
  }
}
