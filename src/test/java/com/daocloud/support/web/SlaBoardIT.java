package com.daocloud.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SLA board without a browser: Cockpit serves it, its endpoint answers with what it shows (from the
 * incident rows and the engine's open tasks) to managers and administrators only, and managers still only read.
 */
@IntegrationTest
class SlaBoardIT {

  private static final String ENGINE_API = "/camunda/api/engine/engine/default";
  private static final String BOARD = "/camunda/api/dce/sla-board";

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  ManagementService managementService;

  @Autowired
  IdentityService identityService;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  @DisplayName("Cockpit loads the SLA board: our config.js replaces the webjar's and names the plugin, a dashboard ES module")
  void cockpitServesTheBoard() {
    Api.Response config = Api.anonymous(port).get("/camunda/app/cockpit/scripts/config.js");
    assertThat(config.status()).isEqualTo(200);
    assertThat(config.body()).contains("customScripts").contains("'scripts/sla-board'");

    Api.Response plugin = Api.anonymous(port).get("/camunda/app/cockpit/scripts/sla-board.js");
    assertThat(plugin.status()).isEqualTo(200);
    assertThat(plugin.contentType()).contains("javascript");
    assertThat(plugin.body()).contains("export default").contains("pluginPoint: 'cockpit.dashboard'")
        .contains("/sla-board")
        // The incident rows, not process variables (docs/tasklist.md)
        .doesNotContain("/variable-instance");
  }

  @Test
  @DisplayName("The board's query, in the manager's Cockpit session, answers a row per open incident with every field sla-board.js reads, linked to its process instance")
  void managersSessionAnswersTheBoardsQuery() {
    String number = WebTestIncidents.report(port, "outage", "Cluster down (board query test)");
    WebTestIncidents.awaitTask(taskService, number, Elements.TASK_CONTACT_CUSTOMER);
    WebappSession cockpit = new WebappSession(port);
    assertThat(cockpit.login("cockpit", "manager", "manager")).isEqualTo(200);

    // The same GET request as sla-board.js
    Api.Response open = cockpit.get(BOARD);
    String script = Api.anonymous(port).get("/camunda/app/cockpit/scripts/sla-board.js").body();

    assertThat(open.status()).as(open.body()).isEqualTo(200);
    JsonNode row = row(open, number);
    List<String> read = Pattern.compile("incident\\.(\\w+)").matcher(script).results().map(m -> m.group(1))
        .distinct().toList();
    assertThat(read).contains("number", "title", "processInstanceId", "customerName", "level", "responseDue",
        "responseDueAt", "firstContactAt", "reportedAt", "response", "resolution", "state", "holders", "openTasks");
    read.forEach(field -> assertThat(row.has(field)).as("the row has %s", field).isTrue());
    assertThat(row.get("processInstanceId").asText())
        .isEqualTo(WebTestIncidents.processInstanceId(runtimeService, number));
  }

  @Test
  @DisplayName("RSP-3, CLS-1: the board follows each incident's whole life: breached, at risk, worked by its holder, reopened after an objection, waiting for the customer, on track; counted per state")
  void boardFollowsTheWholeLife() {
    // Given a customer with an incident in each state, and another customer's incident
    SlaBoardIncidents incidents = SlaBoardIncidents.create(port, identityService, taskService, runtimeService,
        managementService, jdbc);

    // When a manager's Cockpit asks for the board
    WebappSession manager = new WebappSession(port);
    assertThat(manager.login("cockpit", "manager", "manager")).isEqualTo(200);
    Api.Response board = manager.get(BOARD);

    // Then each incident stands where it is: response, resolution and the state it is counted under
    assertThat(board.status()).as(board.body()).isEqualTo(200);
    assertThat(standing(board, incidents.breached())).isEqualTo("breached / awaiting-contact / breached");
    assertThat(standing(board, incidents.atRisk())).isEqualTo("at-risk / awaiting-contact / at-risk");
    assertThat(standing(board, incidents.held())).isEqualTo("responded / in-progress / in-progress");
    assertThat(standing(board, incidents.reopened())).isEqualTo("responded / reopened / reopened");
    assertThat(standing(board, incidents.waiting()))
        .isEqualTo("responded / waiting-for-information / waiting-for-customer");
    assertThat(standing(board, incidents.onTrack())).isEqualTo("on-track / awaiting-contact / on-track");
    assertThat(row(board, incidents.reopened()).get("objections").asInt()).isEqualTo(1);

    // And the holder is the assignee of the incident's open task, by name (managers may read users); an
    // unclaimed task has none
    JsonNode held = row(board, incidents.held());
    assertThat(held.get("holders").findValuesAsText("userId")).containsExactly("engineer");
    assertThat(held.get("holders").findValuesAsText("name")).containsExactly("Erin Engineer");
    assertThat(held.get("openTasks").size()).isPositive();
    assertThat(row(board, incidents.onTrack()).get("holders")).isEmpty();
    assertThat(row(board, incidents.onTrack()).get("openTasks").size()).isPositive();
    assertThat(held.get("title").asText()).isEqualTo("Ingress drops connections");
    assertThat(held.get("customerName").asText()).isEqualTo(incidents.customer() + " Ltd.");

    // And the customer's rows tally one per state, the most urgent first; the counts add up over all rows
    List<JsonNode> customersRows = rows(board).stream()
        .filter(r -> r.get("customerId").asText().equals(incidents.customer())).toList();
    assertThat(customersRows).extracting(r -> r.get("state").asText()).containsExactly("breached", "at-risk",
        "reopened", "on-track", "in-progress", "waiting-for-customer");
    Map<String, Long> tally = rows(board).stream()
        .collect(Collectors.groupingBy(r -> r.get("state").asText(), Collectors.counting()));
    board.json().get("counts").fields().forEachRemaining(count -> assertThat(count.getValue().asLong())
        .as("count of %s", count.getKey()).isEqualTo(tally.getOrDefault(count.getKey(), 0L)));
    assertThat(board.json().get("counts").size()).isEqualTo(6);
  }

  @Test
  @DisplayName("The board is for Cockpit users who may read every incident: managers and administrators 200; engineers, customer service and duty supervisors (no Cockpit) and analysts (no incident instances) 403; without a session 401")
  void boardIsForManagers() {
    Function<String[], Api.Response> ask = appAndUser -> {
      WebappSession session = new WebappSession(port);
      assertThat(session.login(appAndUser[0], appAndUser[1], appAndUser[1])).isEqualTo(200);
      return session.get(BOARD);
    };

    Api.Response engineer = ask.apply(new String[] {"tasklist", "engineer"});

    assertThat(ask.apply(new String[] {"cockpit", "manager"}).status()).isEqualTo(200);
    assertThat(ask.apply(new String[] {"cockpit", "demo"}).status()).isEqualTo(200);
    assertThat(engineer.status()).as(engineer.body()).isEqualTo(403);
    assertThat(engineer.contentType()).startsWith("application/problem+json");
    assertThat(engineer.body()).contains("Cockpit users who may read every incident").doesNotContain("Exception");
    assertThat(ask.apply(new String[] {"cockpit", "analyst"}).status()).isEqualTo(403);
    assertThat(ask.apply(new String[] {"tasklist", "service"}).status()).isEqualTo(403);
    assertThat(ask.apply(new String[] {"tasklist", "supervisor"}).status()).isEqualTo(403);
    assertThat(new WebappSession(port).get(BOARD).status()).isEqualTo(401);
    WebappSession manager = new WebappSession(port);
    manager.login("cockpit", "manager", "manager");
    assertThat(manager.headers(BOARD).firstValue("Cache-Control")).hasValue("no-store");
  }

  @Test
  @DisplayName("Groups (docs/security.md): support managers stay read-only in Cockpit (changing an incident's variables is refused; the admin may)")
  void managersStayReadOnly() {
    String number = WebTestIncidents.report(port, "partial", "Read-only check (board test)");
    WebTestIncidents.awaitTask(taskService, number, Elements.TASK_CONTACT_CUSTOMER);
    String instanceId = WebTestIncidents.processInstanceId(runtimeService, number);
    String change = "{\"modifications\": {\"note\": {\"value\": \"x\", \"type\": \"String\"}}}";

    WebappSession manager = new WebappSession(port);
    assertThat(manager.login("cockpit", "manager", "manager")).isEqualTo(200);
    // Reading works; the first request after login also hands out the new session's XSRF token.
    assertThat(manager.get(ENGINE_API + "/process-instance/" + instanceId).status()).isEqualTo(200);
    Api.Response refused = manager.post(ENGINE_API + "/process-instance/" + instanceId + "/variables",
        "application/json", change);

    WebappSession admin = new WebappSession(port);
    assertThat(admin.login("cockpit", "demo", "demo")).isEqualTo(200);
    assertThat(admin.get(ENGINE_API + "/process-instance/" + instanceId).status()).isEqualTo(200);
    Api.Response allowed = admin.post(ENGINE_API + "/process-instance/" + instanceId + "/variables",
        "application/json", change);

    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).contains("AuthorizationException").contains("UPDATE_VARIABLE");
    assertThat(allowed.status()).as(allowed.body()).isEqualTo(204);
  }

  private static List<JsonNode> rows(Api.Response board) {
    return StreamSupport.stream(board.json().get("rows").spliterator(), false).toList();
  }

  static JsonNode row(Api.Response board, String number) {
    return rows(board).stream().filter(r -> r.get("number").asText().equals(number)).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + number));
  }

  private static String standing(Api.Response board, String number) {
    JsonNode row = row(board, number);
    return row.get("response").asText() + " / " + row.get("resolution").asText() + " / " + row.get("state").asText();
  }
}
