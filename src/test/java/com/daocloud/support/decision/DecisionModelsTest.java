package com.daocloud.support.decision;

import static com.daocloud.support.decision.DecisionCases.DECISION_KEYS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/** The decision tables as files: what analysts and Camunda Modeler see (docs/analysts.md). */
@DisplayName("Decision table files")
class DecisionModelsTest {

  private static final String DMN_13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  private static final String DMNDI_13 = "https://www.omg.org/spec/DMN/20191111/DMNDI/";

  /** UNIQUE where rules must not overlap, FIRST where the rules have a fixed order. */
  private static final Map<String, HitPolicy> HIT_POLICIES = Map.of(
      DecisionCases.INCIDENT_LEVEL, HitPolicy.UNIQUE,
      DecisionCases.RESPONSE_SLA, HitPolicy.UNIQUE,
      DecisionCases.SUPPORT_LIFECYCLE, HitPolicy.UNIQUE,
      DecisionCases.SUPPORT_SCOPE, HitPolicy.FIRST,
      DecisionCases.CUSTOMER_WAIT_LIMITS, HitPolicy.UNIQUE,
      DecisionCases.CHANGE_NOTICE, HitPolicy.UNIQUE,
      DecisionCases.EAM_ELIGIBILITY, HitPolicy.FIRST);

  static List<String> decisionKeys() {
    return DECISION_KEYS;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decisionKeys")
  @DisplayName("Each table is a DMN 1.3 decision named like its file, keeps history for P730D and has the intended hit policy")
  void eachTableIsNamedLikeItsFile(String key) throws IOException {
    DmnModelInstance model = model(key);
    Decision decision = model.getModelElementById(key);

    assertThat(model.getDefinitions().getDomElement().getNamespaceURI()).isEqualTo(DMN_13);
    assertThat(model.getModelElementsByType(Decision.class)).hasSize(1);
    assertThat(decision).as("decision with id " + key).isNotNull();
    assertThat(decision.getName()).isNotBlank().doesNotContain("Decision_");
    assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo("P730D");
    assertThat(((DecisionTable) decision.getExpression()).getHitPolicy()).isEqualTo(HIT_POLICIES.get(key));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decisionKeys")
  @DisplayName("Each rule has a readable id and an annotation citing its policy rule")
  void eachRuleHasAReadableIdAndCitesItsPolicyRule(String key) throws IOException {
    DecisionTable table = (DecisionTable) model(key).<Decision>getModelElementById(key).getExpression();

    assertThat(table.getRules()).isNotEmpty().allSatisfy(rule -> {
      assertThat(rule.getId()).matches("Rule_[A-Z][A-Za-z0-9]*(_[A-Z][A-Za-z0-9]*)*")
          .doesNotContainPattern("_[0-9a-z]{7}$");
      assertThat(rule.getDescription()).as("annotation of " + rule.getId()).isNotNull();
      assertThat(rule.getDescription().getTextContent()).containsPattern("\\b(LVL|RSP|LC|SCP|CLS|CHG|EAM)-\\d");
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decisionKeys")
  @DisplayName("Each table has diagram interchange, so Camunda Modeler shows the decision")
  void eachTableHasDiagramInterchange(String key) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document;
    try (InputStream in = resource(key)) {
      document = factory.newDocumentBuilder().parse(in);
    }

    assertThat(document.getElementsByTagNameNS(DMNDI_13, "DMNDiagram").getLength()).isEqualTo(1);
    assertThat(document.getElementsByTagNameNS(DMNDI_13, "DMNShape").getLength()).isEqualTo(1);
    assertThat(((org.w3c.dom.Element) document.getElementsByTagNameNS(DMNDI_13, "DMNShape").item(0))
        .getAttribute("dmnElementRef")).isEqualTo(key);
  }

  @Test
  @DisplayName("Every rule of every table is matched by at least one case of DecisionCases")
  void everyRuleIsCoveredByACase() throws IOException {
    Set<String> matched = ConcurrentHashMap.newKeySet();
    DmnDecisionTableEvaluationListener recorder = event -> event.getMatchingRules().stream()
        .map(DmnEvaluatedDecisionRule::getId).forEach(matched::add);
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(recorder));
    DmnEngine engine = configuration.buildEngine();
    Map<String, DmnDecision> decisions = new ConcurrentHashMap<>();
    for (String key : DECISION_KEYS) {
      try (InputStream in = resource(key)) {
        decisions.put(key, engine.parseDecision(key, in));
      }
    }

    DecisionCases.all().forEach(c -> engine.evaluateDecision(decisions.get(c.decisionKey()), c.inputs()));

    Set<String> allRules = DECISION_KEYS.stream()
        .flatMap(key -> {
          try {
            return ((DecisionTable) model(key).<Decision>getModelElementById(key).getExpression())
                .getRules().stream().map(Rule::getId);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        })
        .collect(Collectors.toSet());
    assertThat(matched).containsExactlyInAnyOrderElementsOf(allRules);
  }

  private static DmnModelInstance model(String key) throws IOException {
    try (InputStream in = resource(key)) {
      return Dmn.readModelFromStream(in);
    }
  }

  private static InputStream resource(String key) {
    InputStream in = DecisionModelsTest.class.getClassLoader().getResourceAsStream(DmnTestEngine.resource(key));
    assertThat(in).as(DmnTestEngine.resource(key)).isNotNull();
    return in;
  }
}
