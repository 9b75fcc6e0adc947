package com.daocloud.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The SLA board without a browser: Cockpit serves it, its endpoint answers with what it shows (from the
 * incident rows), and managers still only read.
 */
@IntegrationTest
class SlaBoardIT {

  private static final String ENGINE_API = "/camunda/api/engine/engine/default";
  private static final String BOARD = "/camunda/api/dce/incident-card/open";

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

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
        .contains("/incident-card/open")
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

    // The same GET request as sla-board.js (its fields from the incident row: web/IncidentCardIT)
    Api.Response open = cockpit.get(BOARD);
    String script = Api.anonymous(port).get("/camunda/app/cockpit/scripts/sla-board.js").body();

    assertThat(open.status()).as(open.body()).isEqualTo(200);
    JsonNode row = StreamSupport.stream(open.json().spliterator(), false)
        .filter(r -> r.get("number").asText().equals(number)).findFirst().orElseThrow();
    List<String> read = Pattern.compile("incident\\.(\\w+)").matcher(script).results().map(m -> m.group(1))
        .distinct().toList();
    assertThat(read).contains("number", "processInstanceId", "customerName", "level", "responseDueAt",
        "responseWarningAt", "responseBreached", "firstContactAt");
    read.forEach(field -> assertThat(row.has(field)).as("the row has %s", field).isTrue());
    assertThat(row.get("processInstanceId").asText())
        .isEqualTo(WebTestIncidents.processInstanceId(runtimeService, number));
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
}
