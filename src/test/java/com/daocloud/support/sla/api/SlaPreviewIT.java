package com.daocloud.support.sla.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.sla.ResponseSlaDecision;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code POST /api/sla/preview} (README, The SLA clock). Dates: 2026-11-27 and 2026-03-06 are Fridays,
 * 2026-09-30 a Wednesday; {@code weekdays} opens 09:00–18:00 (9 h), so {@code PnD} counts n x 9 h.
 */
@IntegrationTest
class SlaPreviewIT {

  private static final String PREVIEW = "/api/sla/preview";

  @LocalServerPort
  int port;

  @Autowired
  RepositoryService repositoryService;

  private JsonNode preview(String user, String json) {
    Api.Response response = Api.as(port, user).post(PREVIEW, json);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    return response.json();
  }

  private static String request(int level, String tier, String reportedAt, String zone, String calendar) {
    return """
        {"level": %d, "serviceTier": "%s", "reportedAt": "%s", "timeZone": "%s"%s}"""
        .formatted(level, tier, reportedAt, zone, calendar == null ? "" : ", \"calendar\": \"" + calendar + "\"");
  }

  @Test
  @DisplayName("RSP-2, RSP-3: level 3 standard reported Friday 17:00 in Berlin is due Tuesday 17:00 (P2D, 5x8)")
  void businessDaysAcrossTheWeekend() {
    // Given level 3 standard: P2D 5x8 = 2 x 9 h = 18 h of coverage, calendar weekdays (the default)
    // When reported Friday 2026-11-27 17:00 Berlin
    JsonNode answer = preview("engineer",
        request(3, "standard", "2026-11-27T17:00:00+01:00", "Europe/Berlin", null));

    // Then Fri 17–18 (1 h) + Mon 09–18 (9 h) + Tue 09–17 (8 h) = 18 h: due Tuesday 17:00
    assertThat(answer.get("responseDue").asText()).isEqualTo("2026-12-01T17:00:00+01:00");
    assertThat(answer.get("responseTime").asText()).isEqualTo("P2D");
    assertThat(answer.get("coverage").asText()).isEqualTo("5x8");
    assertThat(answer.get("channels").asText()).isEqualTo("customer-service,phone,remote");

    // And the explanation names the decision, the calendar and the intervals counted
    JsonNode explanation = answer.get("explanation");
    assertThat(explanation.at("/decision/key").asText()).isEqualTo("response-sla");
    assertThat(explanation.at("/decision/id").asText()).startsWith("response-sla:");
    assertThat(explanation.at("/decision/version").asInt()).isPositive();
    assertThat(explanation.at("/decision/outputs/responseTime").asText()).isEqualTo("P2D");
    assertThat(explanation.at("/decision/outputs/discussionCadence").isNull()).isTrue();
    assertThat(explanation.at("/calendar/id").asText()).isEqualTo("weekdays");
    assertThat(explanation.at("/calendar/version").asInt()).isEqualTo(1);
    assertThat(explanation.get("timeZone").asText()).isEqualTo("Europe/Berlin");
    assertThat(explanation.get("coverageTime").asText()).isEqualTo("PT18H");
    assertThat(explanation.at("/intervals/count").asInt()).isEqualTo(3);
    assertThat(explanation.at("/intervals/first/from").asText()).isEqualTo("2026-11-27T17:00:00+01:00");
    assertThat(explanation.at("/intervals/first/to").asText()).isEqualTo("2026-11-27T18:00:00+01:00");
    assertThat(explanation.at("/intervals/last/from").asText()).isEqualTo("2026-12-01T09:00:00+01:00");
    assertThat(explanation.at("/intervals/last/to").asText()).isEqualTo("2026-12-01T17:00:00+01:00");
    assertThat(explanation.get("summary").asText()).contains("response-sla v", "calendar weekdays v1", "3 intervals");
  }

  @Test
  @DisplayName("RSP-2: level 1 premium is 2 h of elapsed time (24x7), across the Berlin DST start")
  void roundTheClockIsElapsedTime() {
    // Given level 1 premium: PT2H 24x7
    // When reported 2026-03-29 01:30+01:00 (00:30Z); clocks jump 02:00 -> 03:00 that night
    JsonNode answer = preview("engineer",
        request(1, "premium", "2026-03-29T01:30:00+01:00", "Europe/Berlin", null));

    // Then 00:30Z + 2 h = 02:30Z = 04:30+02:00 (not 03:30 on the wall clock)
    assertThat(answer.get("responseDue").asText()).isEqualTo("2026-03-29T04:30:00+02:00");
    assertThat(answer.get("coverage").asText()).isEqualTo("24x7");
    assertThat(answer.get("channels").asText()).isEqualTo("customer-service,phone,remote,on-site");
    assertThat(answer.at("/explanation/intervals/count").asInt()).isEqualTo(1);
  }

  @Test
  @DisplayName("RSP-2: a report given in UTC counts in the customer's zone and is answered in its offset")
  void reportInAnotherOffset() {
    // Given level 2 standard: PT8H 5x8; reported Friday 2026-03-06 01:00Z = 09:00 in Shanghai
    JsonNode answer = preview("acme-user",
        request(2, "standard", "2026-03-06T01:00:00Z", "Asia/Shanghai", null));

    // Then 09:00 + 8 h = 17:00 the same day, in +08:00
    assertThat(answer.get("responseDue").asText()).isEqualTo("2026-03-06T17:00:00+08:00");
    assertThat(answer.at("/explanation/reportedAt").asText()).isEqualTo("2026-03-06T09:00:00+08:00");
  }

  @Test
  @DisplayName("RSP-2: cn-2026 skips the National Day week and counts the working Saturday 2026-10-10, and the explanation names the holidays")
  void nationalDayWeek() {
    // Given level 4 standard: P4D = 36 h; reported Wednesday 2026-09-30 17:00 Shanghai, calendar cn-2026
    JsonNode answer = preview("engineer",
        request(4, "standard", "2026-09-30T17:00:00+08:00", "Asia/Shanghai", "cn-2026"));

    // Then Wed 17–18 (1 h), Oct 1–7 holidays, Thu 8 (9 h), Fri 9 (9 h), Sat 10 working (9 h) = 28 h,
    // Sun 11 off, Mon 12 09–17 (8 h) = 36 h: due Monday 17:00, in 5 intervals
    assertThat(answer.get("responseDue").asText()).isEqualTo("2026-10-12T17:00:00+08:00");
    assertThat(answer.at("/explanation/calendar/id").asText()).isEqualTo("cn-2026");
    assertThat(answer.at("/explanation/intervals/count").asInt()).isEqualTo(5);
    // And people read it as a sentence, the holidays named, the rule ids apart
    assertThat(answer.at("/explanation/text").asText()).isEqualTo("Due Mon 12 Oct 17:00 Shanghai time: 4 business "
        + "days of business hours (09:00\u201318:00 on working days), counted from the report at Wed 30 Sep 17:00 "
        + "Shanghai time; 1 Oct\u20137 Oct are holidays.");
    assertThat(answer.at("/explanation/policy").toString()).isEqualTo("[\"RSP-1\",\"RSP-2\",\"RSP-3\"]");
  }

  @Test
  @DisplayName("RSP-1: level 5 has no response deadline: responseDue, responseTime and coverage are null")
  void levelFiveHasNoDeadline() {
    JsonNode answer = preview("engineer",
        request(5, "professional", "2026-11-27T17:00:00+01:00", "Europe/Berlin", null));

    assertThat(answer.has("responseDue")).isTrue();
    assertThat(answer.get("responseDue").isNull()).isTrue();
    assertThat(answer.get("responseTime").isNull()).isTrue();
    assertThat(answer.get("coverage").isNull()).isTrue();
    assertThat(answer.get("channels").asText()).isEqualTo("customer-service,phone,remote,on-site");
    assertThat(answer.at("/explanation/decision/outputs/discussionCadence").asText()).isEqualTo("monthly");
    assertThat(answer.at("/explanation/intervals").isNull()).isTrue();
  }

  @ParameterizedTest(name = "level {0} {1}: {2} {3} via {4}")
  @CsvSource(delimiter = '|', textBlock = """
      1 | standard     | PT4H | 24x7 | customer-service,phone,remote
      1 | premium      | PT2H | 24x7 | customer-service,phone,remote,on-site
      1 | professional | PT1H | 24x7 | customer-service,phone,remote,on-site
      2 | standard     | PT8H | 5x8  | customer-service,phone,remote
      2 | premium      | PT4H | 24x7 | customer-service,phone,remote,on-site
      2 | professional | PT2H | 24x7 | customer-service,phone,remote,on-site
      3 | standard     | P2D  | 5x8  | customer-service,phone,remote
      3 | premium      | P1D  | 5x8  | customer-service,phone,remote
      3 | professional | PT4H | 5x8  | customer-service,phone,remote,on-site
      4 | standard     | P4D  | 5x8  | customer-service,phone,remote
      4 | premium      | P2D  | 5x8  | customer-service,phone,remote
      4 | professional | P1D  | 5x8  | customer-service,phone,remote,on-site
      """)
  @DisplayName("RSP-1: the preview answers the policy's table for every level and tier")
  void answersThePolicyTable(int level, String tier, String responseTime, String coverage, String channels) {
    JsonNode answer = preview("engineer",
        request(level, tier, "2026-11-25T10:00:00+01:00", "Europe/Berlin", null));

    assertThat(answer.get("responseTime").asText()).isEqualTo(responseTime);
    assertThat(answer.get("coverage").asText()).isEqualTo(coverage);
    assertThat(answer.get("channels").asText()).isEqualTo(channels);
    assertThat(answer.get("responseDue").asText()).isNotBlank();
  }

  @Test
  @DisplayName("RSP-1: an analyst's newly deployed response-sla table applies to the next preview at once")
  void newDecisionVersionAppliesAtOnce() throws IOException {
    String original = resource("dmn/response-sla.dmn");
    String professionalL1 = request(1, "professional", "2026-11-25T10:00:00+01:00", "Europe/Berlin", null);
    JsonNode before = preview("engineer", professionalL1);
    int versionBefore = before.at("/explanation/decision/version").asInt();
    String changed = original.replace(
        "<outputEntry id=\"Rule_Professional_L1_ResponseTime\">\n          <text>\"PT1H\"</text>",
        "<outputEntry id=\"Rule_Professional_L1_ResponseTime\">\n          <text>\"PT30M\"</text>");
    assertThat(changed).isNotEqualTo(original);
    try {
      // When an analyst deploys a table with PT30M for level 1 professional
      deploy(changed);

      // Then the next preview uses it and says which version answered
      JsonNode after = preview("engineer", professionalL1);
      assertThat(after.get("responseTime").asText()).isEqualTo("PT30M");
      assertThat(after.get("responseDue").asText()).isEqualTo("2026-11-25T10:30:00+01:00");
      assertThat(after.at("/explanation/decision/version").asInt()).isEqualTo(versionBefore + 1);
      assertThat(after.at("/explanation/decision/id").asText())
          .isNotEqualTo(before.at("/explanation/decision/id").asText());
    } finally {
      // the policy's table again, as the latest version, for every other test
      deploy(original);
    }
    JsonNode restored = preview("engineer", professionalL1);
    assertThat(restored.get("responseTime").asText()).isEqualTo("PT1H");
    assertThat(restored.at("/explanation/decision/version").asInt()).isEqualTo(versionBefore + 2);
  }

  private void deploy(String dmn) {
    repositoryService.createDeployment()
        .name("it-" + ResponseSlaDecision.DECISION_KEY + "-" + UUID.randomUUID())
        .addString(ResponseSlaDecision.DECISION_KEY + ".dmn", dmn)
        .deploy();
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = SlaPreviewIT.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  // --- validation: a 400 problem naming the field, one case each ---

  static Stream<Arguments> invalidRequests() {
    return Stream.of(
        Arguments.of("level 0", "level",
            request(0, "standard", "2026-11-27T17:00:00+01:00", "Europe/Berlin", null)),
        Arguments.of("level 6", "level",
            request(6, "standard", "2026-11-27T17:00:00+01:00", "Europe/Berlin", null)),
        Arguments.of("level missing", "level",
            """
            {"serviceTier": "standard", "reportedAt": "2026-11-27T17:00:00+01:00", "timeZone": "Europe/Berlin"}"""),
        Arguments.of("level not a number", "level",
            """
            {"level": "high", "serviceTier": "standard", "reportedAt": "2026-11-27T17:00:00+01:00",
             "timeZone": "Europe/Berlin"}"""),
        Arguments.of("unknown tier", "serviceTier",
            request(3, "gold", "2026-11-27T17:00:00+01:00", "Europe/Berlin", null)),
        Arguments.of("tier missing", "serviceTier",
            """
            {"level": 3, "reportedAt": "2026-11-27T17:00:00+01:00", "timeZone": "Europe/Berlin"}"""),
        Arguments.of("unparsable reportedAt", "reportedAt",
            request(3, "standard", "next Friday", "Europe/Berlin", null)),
        Arguments.of("reportedAt without offset", "reportedAt",
            request(3, "standard", "2026-11-27T17:00:00", "Europe/Berlin", null)),
        Arguments.of("reportedAt on 30 February", "reportedAt",
            request(3, "standard", "2026-02-30T17:00:00+01:00", "Europe/Berlin", null)),
        Arguments.of("reportedAt missing", "reportedAt",
            """
            {"level": 3, "serviceTier": "standard", "timeZone": "Europe/Berlin"}"""),
        Arguments.of("unknown zone", "timeZone",
            request(3, "standard", "2026-11-27T17:00:00+01:00", "Mars/Olympus_Mons", null)),
        Arguments.of("a bare offset as zone", "timeZone",
            request(3, "standard", "2026-11-27T17:00:00+01:00", "+01:00", null)),
        Arguments.of("timeZone missing", "timeZone",
            """
            {"level": 3, "serviceTier": "standard", "reportedAt": "2026-11-27T17:00:00+01:00"}"""),
        Arguments.of("unknown calendar", "calendar",
            request(3, "standard", "2026-11-27T17:00:00+01:00", "Europe/Berlin", "no-such-calendar")),
        Arguments.of("unknown field", "shoeSize",
            """
            {"level": 3, "serviceTier": "standard", "reportedAt": "2026-11-27T17:00:00+01:00",
             "timeZone": "Europe/Berlin", "shoeSize": 44}"""),
        Arguments.of("malformed JSON", "body", "{\"level\": 3, \"serviceTier\": "),
        Arguments.of("no body", "body", ""));
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @MethodSource("invalidRequests")
  @DisplayName("Bad preview input gets a 400 problem naming the field")
  void badInputIsNamed(String description, String field, String json) {
    Api.Response response = Api.as(port, "engineer").post(PREVIEW, json);

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo(field);
    assertThat(response.body()).doesNotContain("Exception", "at com.");
  }

  @Test
  @DisplayName("The preview needs a signed-in user (401 problem otherwise)")
  void anonymousIsUnauthorized() {
    Api.Response response = Api.anonymous(port)
        .post(PREVIEW, request(3, "standard", "2026-11-27T17:00:00+01:00", "Europe/Berlin", null));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }
}
