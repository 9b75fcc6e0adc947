package com.daocloud.support.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.sla.ResponseTermsLookup;
import com.daocloud.support.sla.ServiceTiers;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.Multipart;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The analysts' workflow through {@code /engine-rest/deployment/create}, as Camunda Modeler's deploy
 * button sends it: a table that breaks the policy is refused with the broken rule, a sound change
 * answers at once. Every test puts the shipped table back, because the other tests of the shared
 * context compare against it.
 */
@IntegrationTest
class PolicyGateIT {

  static final String ANALYST = "analyst";
  static final String DEPLOY = "/engine-rest/deployment/create";
  static final String EVALUATE = "/engine-rest/decision-definition/key/response-sla/evaluate";

  @LocalServerPort
  int port;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  ResponseTermsLookup responseTerms;

  @Test
  @DisplayName("RSP-1: an analyst's response-sla with a gap (no level 3 premium rule) is refused with 400 naming the rule; no new version")
  void brokenResponseSlaIsRefused() {
    // Given the response-sla version that answers now
    int versionBefore = latestResponseSla().getVersion();
    String broken = PolicyGateTest.removeRule(PolicyGateTest.table(DecisionContract.RESPONSE_SLA),
        "Rule_Premium_L3");

    try {
      // When the analyst deploys the broken table as Modeler does
      Api.Response response = deploy("analyst-broken-response-sla", broken);

      // Then it is refused, naming the policy rule and the gap, and nothing was deployed
      assertThat(response.status()).as(response.body()).isEqualTo(400);
      assertThat(response.json().get("message").asText())
          .contains("Policy gate: 'response-sla.dmn'")
          .contains("RSP-1: response-sla: level 3 × premium: no rule matches (gap)");
      assertThat(latestResponseSla().getVersion()).isEqualTo(versionBefore);
      assertThat(repositoryService.createDeploymentQuery()
          .deploymentName("analyst-broken-response-sla").count()).isZero();
    } finally {
      restoreContractTable();
    }
  }

  @Test
  @DisplayName("RSP-1: an analyst's sound change (level 1 professional PT30M) is accepted and answers at once")
  void soundChangeTakesEffectAtOnce() {
    int versionBefore = latestResponseSla().getVersion();
    String changed = PolicyGateTest.changeRule(PolicyGateTest.table(DecisionContract.RESPONSE_SLA),
        "Rule_Professional_L1", "\"PT1H\"", "\"PT30M\"");

    try {
      // When the analyst deploys a table that keeps professional no slower than premium (PT2H)
      Api.Response response = deploy("analyst-response-sla", changed);

      // Then it is a new version that answers the next evaluation, over REST and in the application
      assertThat(response.status()).as(response.body()).isEqualTo(200);
      assertThat(latestResponseSla().getVersion()).isGreaterThan(versionBefore);
      assertThat(professionalLevel1ResponseTime()).isEqualTo("PT30M");
      assertThat(responseTerms.terms(1, ServiceTiers.PROFESSIONAL).responseTime()).isEqualTo("PT30M");
    } finally {
      restoreContractTable();
    }
    // And the shipped table answers again once it is restored
    assertThat(professionalLevel1ResponseTime()).isEqualTo("PT1H");
  }

  @Test
  @DisplayName("CLS-4: an analyst's customer-wait-limits with level 3 P10D is refused with 400 naming CLS-4")
  void customerWaitLimitsAreFixed() {
    int versionBefore = latestVersion(DecisionContract.CUSTOMER_WAIT_LIMITS);
    String broken = PolicyGateTest.changeRule(
        PolicyGateTest.table(DecisionContract.CUSTOMER_WAIT_LIMITS), "Rule_WaitLevel3",
        "<text>\"P7D\"</text>", "<text>\"P10D\"</text>");

    Api.Response response = deploy("analyst-wait-limits", "customer-wait-limits.dmn", broken);

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("message").asText())
        .contains("CLS-4: customer-wait-limits: level 3: informationWait is P10D; the policy fixes P7D");
    assertThat(latestVersion(DecisionContract.CUSTOMER_WAIT_LIMITS)).isEqualTo(versionBefore);
  }

  private Api.Response deploy(String deploymentName, String xml) {
    return deploy(deploymentName, "response-sla.dmn", xml);
  }

  private Api.Response deploy(String deploymentName, String fileName, String xml) {
    Api analyst = Api.as(port, ANALYST);
    return analyst.send(Multipart.post(analyst.builder(DEPLOY),
        Map.of("deployment-name", deploymentName, "deployment-source", "Camunda Modeler"),
        Map.of(fileName, xml.getBytes(StandardCharsets.UTF_8))));
  }

  /** Deploys the shipped table again, so it is the latest version for the other tests. */
  private void restoreContractTable() {
    Api.Response restored = deploy("restore-response-sla",
        PolicyGateTest.table(DecisionContract.RESPONSE_SLA));
    assertThat(restored.status()).as(restored.body()).isEqualTo(200);
  }

  private String professionalLevel1ResponseTime() {
    Api.Response evaluated = Api.as(port, "demo").post(EVALUATE,
        "{\"variables\":{\"level\":{\"value\":1,\"type\":\"Integer\"},"
            + "\"serviceTier\":{\"value\":\"professional\",\"type\":\"String\"}}}");
    assertThat(evaluated.status()).as(evaluated.body()).isEqualTo(200);
    return evaluated.json().get(0).get("responseTime").get("value").asText();
  }

  private DecisionDefinition latestResponseSla() {
    return repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(DecisionContract.RESPONSE_SLA).latestVersion().singleResult();
  }

  private int latestVersion(String key) {
    return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key)
        .latestVersion().singleResult().getVersion();
  }
}
