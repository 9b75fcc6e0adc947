package com.daocloud.support.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.deployment.ModelCorpus.Encoding;
import com.daocloud.support.deployment.ModelCorpus.Place;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.Multipart;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Deployments through {@code /engine-rest/deployment/create}, posted as Camunda Modeler posts them:
 * a representative set of the guard's corpus ({@code DeploymentGuardTest} has every spelling) is
 * refused with a 400 problem naming the reason, nothing is deployed, and where the model carries
 * JUEL, a canary file that the expression would create never appears, neither at deploy time nor
 * when the decision is evaluated afterwards.
 */
@IntegrationTest
class DeploymentRefusalIT {

  static final String DEPLOY = "/engine-rest/deployment/create";
  static final String ANALYST = "analyst";
  static final String ADMINISTRATOR = "demo";

  @LocalServerPort
  int port;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  ProcessEngineConfigurationImpl engineConfiguration;

  @TempDir
  Path canaries;

  static Stream<Arguments> juelSpellings() {
    return Stream.of(
        Arguments.of(Place.OUTPUT_ENTRY, "expressionLanguage=\"juel\""),
        Arguments.of(Place.INPUT_EXPRESSION, "expressionLanguage='JUEL'"),
        Arguments.of(Place.LITERAL_EXPRESSION, "expressionLanguage=\" juel \""),
        Arguments.of(Place.OUTPUT_ENTRY, "expressionLanguage=\"javascript\""));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("juelSpellings")
  @DisplayName("Finding 3: an analyst's table with JUEL or a script language is refused with a 400 problem; nothing is deployed and evaluating it runs nothing")
  void analystsJuelTableIsRefused(Place place, String attribute) {
    // Given a table whose expression at that place would create a file when evaluated
    String key = "analyst-juel-" + place.name().toLowerCase().replace('_', '-');
    Path canary = canaries.resolve(key);
    String table = ModelCorpus.decision(key, place, attribute, ModelCorpus.canary(canary));

    // When the analyst deploys it, and then tries to evaluate it
    Api.Response response = deploy(ANALYST, key, key + ".dmn", table.getBytes(StandardCharsets.UTF_8));
    Api.Response evaluated = evaluate(place == Place.LITERAL_EXPRESSION ? key + "-literal" : key);

    // Then it is refused, naming the element and the rule; nothing of it exists and nothing ran
    assertRefused(response, "expression-language-not-allowed", "policy analysts write FEEL only");
    assertThat(response.json().get("detail").asText()).contains("'" + key + ".dmn'");
    assertNothingDeployed(key);
    assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKeyLike(key + "%")
        .count()).isZero();
    assertThat(evaluated.status()).isNotEqualTo(200);
    assertThat(canary).doesNotExist();
  }

  @Test
  @DisplayName("Finding 3: an analyst's change-notice with JUEL is refused; the customers' version stays the latest and runs nothing")
  void analystsJuelPolicyTableIsRefused() {
    // Given change-notice with an output entry that would create a file for every change request
    Path canary = canaries.resolve("change-notice-ran");
    int versionBefore = latestVersion(DecisionContract.CHANGE_NOTICE);
    String table = PolicyGateTest.changeRule(PolicyGateTest.changeRule(
            PolicyGateTest.table(DecisionContract.CHANGE_NOTICE), "Rule_ProductionChange",
            "<outputEntry id=\"Rule_ProductionChange_LateNoticeHandling\">",
            "<outputEntry id=\"Rule_ProductionChange_LateNoticeHandling\" expressionLanguage=\"juel\">"),
        "Rule_ProductionChange", "\"manager-review\"", ModelCorpus.canary(canary));

    // When the analyst deploys it, and a production change is evaluated afterwards
    Api.Response response = deploy(ANALYST, "analyst-juel-change-notice", "change-notice.dmn",
        table.getBytes(StandardCharsets.UTF_8));
    Api.Response evaluated = Api.as(port, ANALYST).post(
        "/engine-rest/decision-definition/key/change-notice/evaluate",
        "{\"variables\":{\"changeType\":{\"value\":\"production-change\",\"type\":\"String\"}}}");

    // Then the guard refuses it; the shipped table answers, and no code ran
    assertRefused(response, "expression-language-not-allowed",
        "outputEntry 'Rule_ProductionChange_LateNoticeHandling'");
    assertNothingDeployed("analyst-juel-change-notice");
    assertThat(latestVersion(DecisionContract.CHANGE_NOTICE)).isEqualTo(versionBefore);
    assertThat(evaluated.status()).as(evaluated.body()).isEqualTo(200);
    assertThat(evaluated.json().get(0).get("lateNoticeHandling").get("value").asText())
        .isEqualTo("manager-review");
    assertThat(canary).doesNotExist();
  }

  @Test
  @DisplayName("Finding 3: an administrator's response-sla with JUEL and a gap is refused as not FEEL before the gate evaluates it; its code never runs")
  void administratorsJuelPolicyTableIsNeverEvaluated() {
    // Given response-sla with JUEL in the level 1 professional rule and a gap that makes the gate
    // evaluate every level and tier
    Path canary = canaries.resolve("response-sla-ran");
    int versionBefore = latestVersion(DecisionContract.RESPONSE_SLA);
    String table = PolicyGateTest.removeRule(PolicyGateTest.withJuelCanary(
        PolicyGateTest.table(DecisionContract.RESPONSE_SLA), canary), "Rule_Premium_L3");

    // When an administrator deploys it
    Api.Response response = deploy(ADMINISTRATOR, "admin-juel-response-sla", "response-sla.dmn",
        table.getBytes(StandardCharsets.UTF_8));

    // Then the gate refuses it for its language, before evaluating anything
    assertRefused(response, "expression-language-not-allowed",
        "FEEL only: response-sla: outputEntry 'Rule_Professional_L1_DiscussionCadence'");
    assertThat(response.json().get("detail").asText()).doesNotContain("gap");
    assertNothingDeployed("admin-juel-response-sla");
    assertThat(latestVersion(DecisionContract.RESPONSE_SLA)).isEqualTo(versionBefore);
    assertThat(canary).doesNotExist();
  }

  static Stream<Arguments> processScripts() {
    return Stream.of(
        Arguments.of("condition language=\"groovy\"", ModelCorpus.conditionalFlow("language=\"groovy\"")),
        Arguments.of("condition language='javascript'", ModelCorpus.conditionalFlow("language='javascript'")),
        Arguments.of("activiti:script in an execution listener", ModelCorpus.taskWithExtensions(
            "<activiti:executionListener event=\"start\"><activiti:script scriptFormat=\"groovy\">1"
                + "</activiti:script></activiti:executionListener>")),
        Arguments.of("camunda:script in an output parameter", ModelCorpus.taskWithExtensions(
            "<camunda:inputOutput><camunda:outputParameter name=\"x\"><camunda:script "
                + "scriptFormat=\"javascript\">1</camunda:script></camunda:outputParameter>"
                + "</camunda:inputOutput>")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processScripts")
  @DisplayName("Finding 12: an administrator's process with a script the text check missed is refused with a 400 problem; nothing is deployed")
  void processScriptsAreRefused(String label, String body) {
    String key = "admin-script-process";
    String process = ModelCorpus.process(key, body);

    Api.Response response = deploy(ADMINISTRATOR, key, key + ".bpmn",
        process.getBytes(StandardCharsets.UTF_8));

    assertRefused(response, "script-not-allowed", "contains a script");
    assertNothingDeployed(key);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count())
        .isZero();
  }

  static Stream<Arguments> doctypes() {
    return Stream.of(ModelCorpus.ENCODINGS)
        .flatMap(encoding -> Stream.of(Arguments.of(ANALYST, encoding),
            Arguments.of(ADMINISTRATOR, encoding)));
  }

  @ParameterizedTest(name = "as {0}: {1}")
  @MethodSource("doctypes")
  @DisplayName("Finding 12: a DOCTYPE is refused with a 400 problem in UTF-8, UTF-16 and UTF-32, with or without a byte order mark, and in declared encodings; nothing is deployed")
  void doctypeIsRefusedInEveryEncoding(String user, Encoding encoding) {
    String name = "xxe-" + user;
    byte[] bytes = encoding.encode(ModelCorpus.doctypeDecision(encoding.declaration()));

    Api.Response response = deploy(user, name, "xxe.dmn", bytes);

    if (encoding.readable()) {
      assertRefused(response, "doctype-not-allowed", "declares a DOCTYPE");
    } else {
      assertRefused(response, "unreadable-model", "is not XML that can be read");
    }
    assertThat(response.body()).doesNotContain("root:");
    assertNothingDeployed(name);
  }

  @Test
  @DisplayName("Only a new deployment is judged by who deploys it: an engineer whose request reloads a stored process into the engine's cache is not refused")
  void reloadingStoredProcessesIsNotADeployment() {
    // Given the engine's process cache is empty (a restart, another node, or an eviction)
    engineConfiguration.getDeploymentCache().discardProcessDefinitionCache();

    // When an engineer's request needs the process (the engine loads it again through its deployers)
    Api.Response response = Api.as(port, "engineer")
        .get("/engine-rest/process-definition/key/incident-handling");

    // Then the engineer reads it: the stored deployment is not judged as one by an engineer
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().get("key").asText()).isEqualTo("incident-handling");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private Api.Response deploy(String user, String deploymentName, String fileName, byte[] content) {
    Api api = Api.as(port, user);
    return api.send(Multipart.post(api.builder(DEPLOY),
        Map.of("deployment-name", deploymentName, "deployment-source", "Camunda Modeler"),
        Map.of(fileName, content)));
  }

  private Api.Response evaluate(String key) {
    return Api.as(port, ANALYST).post("/engine-rest/decision-definition/key/" + key + "/evaluate",
        "{\"variables\":{\"a\":{\"value\":\"x\",\"type\":\"String\"}}}");
  }

  /** A 400 problem of that type whose detail (and Camunda's message, for Modeler) says it. */
  private static void assertRefused(Api.Response response, String type, String detail) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("type").asText()).isEqualTo("urn:dce-support:problem:" + type);
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("detail").asText()).contains(detail);
    assertThat(problem.get("message").asText()).isEqualTo(problem.get("detail").asText());
    assertThat(response.body()).doesNotContain("Exception");
  }

  private void assertNothingDeployed(String deploymentName) {
    assertThat(repositoryService.createDeploymentQuery().deploymentName(deploymentName).count())
        .as("deployments named " + deploymentName).isZero();
  }

  private int latestVersion(String key) {
    return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key)
        .latestVersion().singleResult().getVersion();
  }
}
