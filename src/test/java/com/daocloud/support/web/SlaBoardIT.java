package com.daocloud.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.incident.process.IncidentProcess;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The SLA board without a browser: Cockpit serves it, the webapp's engine API answers its queries
 * with what it shows, and managers still only read.
 */
@IntegrationTest
class SlaBoardIT {

  private static final String ENGINE_API = "/camunda/api/engine/engine/default";

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
        .contains("'" + IncidentProcess.KEY + "'");
  }

  @Test
  @DisplayName("The board's queries, in the manager's Cockpit session, answer every variable the board shows")
  void managersSessionAnswersTheBoardsQueries() {
    String number = WebTestIncidents.report(port, "outage", "Cluster down (board query test)");
    WebTestIncidents.awaitTask(taskService, number, Elements.TASK_CONTACT_CUSTOMER);
    String instanceId = WebTestIncidents.processInstanceId(runtimeService, number);
    WebappSession cockpit = new WebappSession(port);
    assertThat(cockpit.login("cockpit", "manager", "manager")).isEqualTo(200);

    // The same GET requests as sla-board.js
    Api.Response instances = cockpit.get(ENGINE_API + "/process-instance?processDefinitionKey="
        + IncidentProcess.KEY + "&sortBy=instanceId&sortOrder=asc&firstResult=0&maxResults=500");
    assertThat(instances.status()).as(instances.body()).isEqualTo(200);
    assertThat(instances.json().findValuesAsText("id")).contains(instanceId);
    Api.Response variables = cockpit.get(ENGINE_API + "/variable-instance?variableScopeIdIn=" + instanceId
        + "&deserializeValues=false&firstResult=0&maxResults=2000");
    assertThat(variables.status()).as(variables.body()).isEqualTo(200);

    Map<String, JsonNode> byName = new HashMap<>();
    variables.json().forEach(v -> byName.put(v.get("name").asText(), v.get("value")));
    JsonNode incident = WebTestIncidents.incident(port, number);
    assertThat(byName.get(Vars.INCIDENT_NUMBER).asText()).isEqualTo(number);
    assertThat(byName.get(Vars.CUSTOMER_ID).asText()).isEqualTo("acme");
    assertThat(byName.get(Vars.CUSTOMER_NAME).asText()).isEqualTo("Acme");
    assertThat(byName.get(Vars.LEVEL).asInt()).isEqualTo(1);
    assertThat(byName.get(Vars.SERVICE_TIER).asText()).isEqualTo("professional");
    assertThat(byName.get(Vars.RESPONSE_DUE).asText()).isEqualTo(incident.get("responseDue").asText());
    assertThat(byName.get(Vars.RESPONSE_DUE_AT).asText()).isNotBlank();
    assertThat(byName.get(Vars.RESPONSE_WARNING_AT).asText()).isNotBlank();
    assertThat(byName.get(Vars.RESPONSE_BREACHED).asBoolean()).isFalse();
    assertThat(byName).doesNotContainKey("firstContactAt");
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
