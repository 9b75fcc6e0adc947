package com.daocloud.support.isolated;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.Multipart;
import com.daocloud.support.testing.RunningApp;
import com.daocloud.support.testing.SharedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An analyst's decision survives a restart: the application deploys only what changed in its own
 * decision deployment and never replaces a newer version that an analyst deployed since.
 */
class RestartKeepsAnalystDecisionIT {

  @Test
  @DisplayName("RSP-1: restarting the application keeps the response-sla table an analyst deployed")
  void restartKeepsAnalystsDecision() throws Exception {
    String db = "DB_URL=" + SharedPostgres.newDatabase("dce_restart");
    String[] props = {db, "DB_USER=postgres", "DB_PASSWORD=postgres"};
    String analystDeploymentId;

    // Given the application ran once and an analyst deployed a changed response-sla table
    try (RunningApp first = RunningApp.start("postgres,demo", props)) {
      byte[] changed = Files.readString(Path.of("dmn/response-sla.dmn"), StandardCharsets.UTF_8)
          .replace("\"PT1H\"", "\"PT45M\"").getBytes(StandardCharsets.UTF_8);
      Api.Response deployed = Api.as(first.port(), "analyst").send(Multipart.post(
          Api.as(first.port(), "analyst").builder("/engine-rest/deployment/create"),
          Map.of("deployment-name", "analyst-response-sla", "deployment-source", "Camunda Modeler"),
          Map.of("response-sla.dmn", changed)));
      assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
      analystDeploymentId = deployed.json().get("id").asText();
    }

    // When the application starts again on the same database
    try (RunningApp second = RunningApp.start("postgres,demo", props)) {
      RepositoryService repository = second.bean(RepositoryService.class);

      // Then the analyst's version is still the latest, and it answers
      DecisionDefinition latest = repository.createDecisionDefinitionQuery()
          .decisionDefinitionKey("response-sla").latestVersion().singleResult();
      assertThat(latest.getDeploymentId()).isEqualTo(analystDeploymentId);
      assertThat(latest.getVersion()).isEqualTo(2);
      assertThat(repository.createDeploymentQuery().deploymentName("dce-support-decisions").count())
          .as("the unchanged decisions were not deployed again").isEqualTo(1);
      assertThat(repository.createDeploymentQuery().deploymentName("dce-support-processes").count())
          .as("the unchanged processes and forms were not deployed again").isEqualTo(1);

      Api.Response evaluated = Api.as(second.port(), "demo").post(
          "/engine-rest/decision-definition/key/response-sla/evaluate",
          "{\"variables\":{\"level\":{\"value\":1,\"type\":\"Integer\"},"
              + "\"serviceTier\":{\"value\":\"professional\",\"type\":\"String\"}}}");
      assertThat(evaluated.json().get(0).get("responseTime").get("value").asText())
          .isEqualTo("PT45M");
    }
  }
}
