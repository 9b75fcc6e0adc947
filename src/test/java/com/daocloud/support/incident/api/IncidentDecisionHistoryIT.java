package com.daocloud.support.incident.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.incident.process.IncidentProcess;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.web.WebTestIncidents;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Intake decides in the open: the incident's own process evaluates {@code incident-level} and
 * {@code response-sla}, so an analyst finds in Cockpit (and the engine's history API) which rule of which
 * table version classified an incident and set its response time.
 */
@IntegrationTest
class IncidentDecisionHistoryIT {

  @LocalServerPort
  int port;

  @Autowired
  HistoryService historyService;

  @Test
  @DisplayName("LVL-1, RSP-1, LC-1: a reported outage's process instance links to the incident-level, response-sla "
      + "and support-lifecycle decision instances, with the report's facts as inputs and the matched rules, readable "
      + "by an analyst")
  void intakeDecisionsAreHistoricDecisionInstancesOfTheIncident() {
    // Given acme (professional) reports a production outage without a workaround
    String number = WebTestIncidents.report(port, "outage", "Production cluster down");
    String processInstanceId = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(IncidentProcess.KEY).processInstanceBusinessKey(number).singleResult().getId();

    // When an analyst reads the instance's decisions through the engine's history API
    Api.Response history = Api.as(port, "analyst").get("/engine-rest/history/decision-instance?processInstanceId="
        + processInstanceId + "&includeInputs=true&includeOutputs=true&sortBy=evaluationTime&sortOrder=asc");

    // Then both intake decisions are there, evaluated by the process's business rule tasks
    assertThat(history.status()).as(history.body()).isEqualTo(200);
    Map<String, JsonNode> byKey = new HashMap<>();
    history.json().forEach(d -> byKey.put(d.get("decisionDefinitionKey").asText(), d));
    assertThat(byKey).containsOnlyKeys("incident-level", "response-sla", "support-lifecycle");

    JsonNode level = byKey.get("incident-level");
    assertThat(level.get("activityId").asText()).isEqualTo(IncidentProcess.Elements.TASK_DECIDE_LEVEL);
    assertThat(level.get("processInstanceId").asText()).isEqualTo(processInstanceId);
    assertThat(level.get("decisionDefinitionId").asText()).startsWith("incident-level:");
    assertThat(values(level, "inputs", "value")).contains("fault", "outage", false);
    assertThat(values(level, "outputs", "ruleId")).containsOnly("Rule_Level1Outage");
    assertThat(values(level, "outputs", "value")).containsExactly(1);

    JsonNode terms = byKey.get("response-sla");
    assertThat(terms.get("activityId").asText()).isEqualTo(IncidentProcess.Elements.TASK_DECIDE_RESPONSE_TERMS);
    assertThat(values(terms, "inputs", "value")).contains(1, "professional");
    assertThat(values(terms, "outputs", "ruleId")).containsOnly("Rule_Professional_L1");
    assertThat(values(terms, "outputs", "value")).contains("PT1H", "24x7");

    // the support phase of the reported cluster's version (acme's prod-1 runs DCE 5.0.7), which entitlement read
    JsonNode phase = byKey.get("support-lifecycle");
    assertThat(phase.get("activityId").asText()).isEqualTo(IncidentProcess.Elements.TASK_DECIDE_LIFECYCLE);
    assertThat(values(phase, "inputs", "value")).contains("dce", 5);
    assertThat(values(phase, "outputs", "ruleId")).hasSize(4)
        .allSatisfy(rule -> assertThat(rule).asString().startsWith("Rule_Dce5_"));

    // and the report's facts are not kept as process variables besides (they live in the incident's row)
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableNameIn(IncidentProcess.Vars.DATA_LOSS, IncidentProcess.Vars.WORKAROUND_AVAILABLE,
            IncidentProcess.Vars.RECEIVED, IncidentProcess.Vars.RESPONSE_TERMS, IncidentProcess.Vars.PRODUCT,
            IncidentProcess.Vars.MAJOR_VERSION, IncidentProcess.Vars.ON_DATE, IncidentProcess.Vars.LIFECYCLE)
        .count()).isZero();
  }

  private static List<Object> values(JsonNode decision, String list, String field) {
    List<Object> values = new ArrayList<>();
    for (JsonNode item : decision.get(list)) {
      JsonNode value = item.get(field);
      values.add(value.isBoolean() ? value.asBoolean() : value.isInt() ? value.asInt() : value.asText());
    }
    return values;
  }
}
