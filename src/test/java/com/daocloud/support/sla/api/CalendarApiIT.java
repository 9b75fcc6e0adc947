package com.daocloud.support.sla.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.sla.CalendarLookup;
import com.daocloud.support.sla.WorkingCalendar;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/calendars} (RSP-2; README, Calendars are data): versions, permissions, validation, deletion.
 */
@IntegrationTest
class CalendarApiIT {

  private static final String CALENDARS = "/api/calendars";
  private static final String NINE_TO_SIX = """
      {"windowStart": "09:00", "windowEnd": "18:00", "holidays": ["2026-12-24"], "workingDays": []}""";
  private static final String TEN_TO_FOUR = """
      {"windowStart": "10:00", "windowEnd": "16:00", "holidays": ["2026-12-24", "2026-12-31"],
       "workingDays": ["2026-12-19"]}""";

  @LocalServerPort
  int port;

  @Autowired
  CalendarLookup calendarLookup;

  /** Ids of their own, because every integration test shares one database. */
  private static String newId() {
    return "it-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  @DisplayName("Anyone signed in lists the calendars with their current versions: weekdays and cn-2026 ship")
  void listsShippedCalendars() {
    Api.Response response = Api.as(port, "acme-user").get(CALENDARS);

    assertThat(response.status()).isEqualTo(200);
    JsonNode list = response.json();
    assertThat(list.isArray()).isTrue();
    JsonNode weekdays = find(list, "weekdays");
    assertThat(weekdays.get("version").asInt()).isEqualTo(1);
    assertThat(weekdays.get("windowStart").asText()).isEqualTo("09:00");
    assertThat(weekdays.get("windowEnd").asText()).isEqualTo("18:00");
    assertThat(weekdays.get("holidays")).isEmpty();
    assertThat(weekdays.get("builtIn").asBoolean()).isTrue();
    JsonNode cn = find(list, "cn-2026");
    assertThat(cn.get("holidays")).hasSize(33);
    assertThat(cn.get("workingDays").toString()).contains("2026-10-10");
  }

  @Test
  @DisplayName("GET /api/calendars/cn-2026 shows the shipped calendar; an unknown id is 404")
  void getOneCalendar() {
    Api.Response cn = Api.as(port, "engineer").get(CALENDARS + "/cn-2026");
    assertThat(cn.status()).isEqualTo(200);
    assertThat(cn.json().get("id").asText()).isEqualTo("cn-2026");
    assertThat(cn.json().get("holidays").get(0).asText()).isEqualTo("2026-01-01");

    Api.Response unknown = Api.as(port, "engineer").get(CALENDARS + "/no-such-calendar");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
  }

  @Test
  @DisplayName("RSP-2: each PUT adds a version; a running incident's deadline keeps the version it was computed with")
  void editsAddVersionsAndOldVersionsStay() {
    String id = newId();
    Api analyst = Api.as(port, "analyst");

    // Given a new calendar (201, version 1)
    Api.Response created = analyst.put(CALENDARS + "/" + id, NINE_TO_SIX);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("version").asInt()).isEqualTo(1);

    // When an analyst edits it (200, version 2)
    Api.Response edited = analyst.put(CALENDARS + "/" + id, TEN_TO_FOUR);
    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    assertThat(edited.json().get("version").asInt()).isEqualTo(2);
    assertThat(edited.json().get("windowStart").asText()).isEqualTo("10:00");
    assertThat(edited.json().get("workingDays").get(0).asText()).isEqualTo("2026-12-19");

    // Then version 2 is current and version 1 is still there, unchanged, for deadlines computed with it
    assertThat(analyst.get(CALENDARS + "/" + id).json().get("version").asInt()).isEqualTo(2);
    JsonNode v1 = analyst.get(CALENDARS + "/" + id + "?version=1").json();
    assertThat(v1.get("windowStart").asText()).isEqualTo("09:00");
    WorkingCalendar stored = calendarLookup.version(id, 1).orElseThrow();
    assertThat(stored.windowEnd()).isEqualTo(LocalTime.of(18, 0));
    assertThat(stored.holidays()).containsExactly(LocalDate.of(2026, 12, 24));
    assertThat(calendarLookup.current(id).orElseThrow().version()).isEqualTo(2);

    // And the same PUT again changes nothing
    Api.Response again = analyst.put(CALENDARS + "/" + id, TEN_TO_FOUR);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("version").asInt()).isEqualTo(2);
  }

  @Test
  @DisplayName("RSP-2: the preview counts a new calendar's 10:00–16:00 window and its next version at once")
  void previewUsesCurrentVersion() {
    String id = newId();
    Api analyst = Api.as(port, "analyst");
    analyst.put(CALENDARS + "/" + id, """
        {"windowStart": "10:00", "windowEnd": "16:00", "holidays": [], "workingDays": []}""");
    // level 2 standard: PT8H 5x8, reported Monday 2026-03-02 15:00 Berlin
    String request = """
        {"level": 2, "serviceTier": "standard", "reportedAt": "2026-03-02T15:00:00+01:00",
         "timeZone": "Europe/Berlin", "calendar": "%s"}""".formatted(id);

    // Mon 15–16 (1 h) + Tue 10–16 (6 h) + Wed 10–11 (1 h) = 8 h
    JsonNode first = Api.as(port, "engineer").post("/api/sla/preview", request).json();
    assertThat(first.get("responseDue").asText()).isEqualTo("2026-03-04T11:00:00+01:00");
    assertThat(first.at("/explanation/calendar/version").asInt()).isEqualTo(1);

    // When Tuesday 2026-03-03 becomes a holiday: Mon 1 h + Wed 6 h + Thu 10–11 (1 h)
    analyst.put(CALENDARS + "/" + id, """
        {"windowStart": "10:00", "windowEnd": "16:00", "holidays": ["2026-03-03"], "workingDays": []}""");
    JsonNode second = Api.as(port, "engineer").post("/api/sla/preview", request).json();
    assertThat(second.get("responseDue").asText()).isEqualTo("2026-03-05T11:00:00+01:00");
    assertThat(second.at("/explanation/calendar/version").asInt()).isEqualTo(2);
  }

  @Test
  @DisplayName("Deleting an unused calendar: 204, then 404; its versions stay readable; a new PUT continues the numbers")
  void deleteUnusedCalendar() {
    String id = newId();
    Api demo = Api.as(port, "demo");
    demo.put(CALENDARS + "/" + id, NINE_TO_SIX);

    Api.Response deleted = demo.delete(CALENDARS + "/" + id);
    assertThat(deleted.status()).isEqualTo(204);

    assertThat(demo.get(CALENDARS + "/" + id).status()).isEqualTo(404);
    assertThat(demo.delete(CALENDARS + "/" + id).status()).isEqualTo(404);
    assertThat(calendarLookup.exists(id)).isFalse();
    assertThat(calendarLookup.version(id, 1)).isPresent();
    assertThat(demo.get(CALENDARS + "/" + id + "?version=1").status()).isEqualTo(200);

    Api.Response recreated = demo.put(CALENDARS + "/" + id, TEN_TO_FOUR);
    assertThat(recreated.status()).isEqualTo(201);
    assertThat(recreated.json().get("version").asInt()).isEqualTo(2);
  }

  @Test
  @DisplayName("The built-in weekdays cannot be deleted or edited (409); unknown calendars cannot be deleted (404)")
  void builtInCalendarIsKept() {
    Api demo = Api.as(port, "demo");

    Api.Response delete = demo.delete(CALENDARS + "/weekdays");
    assertThat(delete.status()).isEqualTo(409);
    assertThat(delete.contentType()).startsWith("application/problem+json");
    Api.Response edit = demo.put(CALENDARS + "/weekdays", TEN_TO_FOUR);
    assertThat(edit.status()).isEqualTo(409);
    assertThat(demo.get(CALENDARS + "/weekdays").json().get("windowStart").asText()).isEqualTo("09:00");

    assertThat(demo.delete(CALENDARS + "/no-such-calendar").status()).isEqualTo(404);
  }

  @ParameterizedTest(name = "{0} may write calendars")
  @ValueSource(strings = {"analyst", "demo"})
  @DisplayName("Policy analysts and administrators may write calendars")
  void writersMayWrite(String user) {
    String id = newId();
    Api api = Api.as(port, user);

    assertThat(api.put(CALENDARS + "/" + id, NINE_TO_SIX).status()).isEqualTo(201);
    assertThat(api.put(CALENDARS + "/" + id, TEN_TO_FOUR).status()).isEqualTo(200);
    assertThat(api.delete(CALENDARS + "/" + id).status()).isEqualTo(204);
  }

  @ParameterizedTest(name = "{0} gets 403")
  @ValueSource(strings = {"engineer", "acme-user", "manager"})
  @DisplayName("Others may read calendars but not write them (403 problem)")
  void othersMayNotWrite(String user) {
    Api api = Api.as(port, user);

    Api.Response put = api.put(CALENDARS + "/" + newId(), NINE_TO_SIX);
    assertThat(put.status()).isEqualTo(403);
    assertThat(put.contentType()).startsWith("application/problem+json");
    Api.Response delete = api.delete(CALENDARS + "/cn-2026");
    assertThat(delete.status()).isEqualTo(403);
    assertThat(api.get(CALENDARS + "/cn-2026").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("Anonymous calls to /api/calendars get 401")
  void anonymousIsUnauthorized() {
    assertThat(Api.anonymous(port).get(CALENDARS).status()).isEqualTo(401);
    assertThat(Api.anonymous(port).put(CALENDARS + "/" + newId(), NINE_TO_SIX).status()).isEqualTo(401);
  }

  static Stream<Arguments> invalidCalendars() {
    return Stream.of(
        Arguments.of("window end not after start", "windowEnd", """
            {"windowStart": "18:00", "windowEnd": "09:00"}"""),
        Arguments.of("window of no length", "windowEnd", """
            {"windowStart": "09:00", "windowEnd": "09:00"}"""),
        Arguments.of("windowStart missing", "windowStart", """
            {"windowEnd": "18:00"}"""),
        Arguments.of("windowEnd not a time", "windowEnd", """
            {"windowStart": "09:00", "windowEnd": "6pm"}"""),
        Arguments.of("a date that does not exist", "holidays[1]", """
            {"windowStart": "09:00", "windowEnd": "18:00", "holidays": ["2026-02-28", "2026-02-30"]}"""),
        Arguments.of("a working day that is no date", "workingDays[0]", """
            {"windowStart": "09:00", "windowEnd": "18:00", "workingDays": ["next Saturday"]}"""),
        Arguments.of("a day both holiday and working day", "workingDays", """
            {"windowStart": "09:00", "windowEnd": "18:00", "holidays": ["2026-10-10"],
             "workingDays": ["2026-10-10"]}"""),
        Arguments.of("holidays not a list", "holidays", """
            {"windowStart": "09:00", "windowEnd": "18:00", "holidays": {"a": 1}}"""),
        Arguments.of("unknown field", "timeZone", """
            {"windowStart": "09:00", "windowEnd": "18:00", "timeZone": "Asia/Shanghai"}"""),
        Arguments.of("malformed JSON", "body", "{\"windowStart\": "));
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @MethodSource("invalidCalendars")
  @DisplayName("A bad calendar gets a 400 problem naming the field, and nothing is stored")
  void badCalendarIsNamed(String description, String field, String json) {
    String id = newId();

    Api.Response response = Api.as(port, "analyst").put(CALENDARS + "/" + id, json);

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
    assertThat(calendarLookup.exists(id)).isFalse();
  }

  @Test
  @DisplayName("A calendar id that is not lower-case letters, digits and hyphens gets a 400 naming id")
  void badIdIsNamed() {
    Api.Response response = Api.as(port, "analyst").put(CALENDARS + "/Bad_Id", NINE_TO_SIX);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("id");
  }

  @Test
  @DisplayName("An unknown calendar version is 404")
  void unknownVersionIsNotFound() {
    assertThat(Api.as(port, "engineer").get(CALENDARS + "/weekdays?version=99").status()).isEqualTo(404);
  }

  private static JsonNode find(JsonNode list, String id) {
    for (JsonNode calendar : list) {
      if (calendar.get("id").asText().equals(id)) {
        return calendar;
      }
    }
    throw new AssertionError("no calendar " + id + " in " + list);
  }
}
