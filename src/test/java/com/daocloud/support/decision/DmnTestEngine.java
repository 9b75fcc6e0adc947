package com.daocloud.support.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * The standalone DMN engine, shared by the decision tests: built once, each table parsed once from
 * the classpath folder {@code dmn/} (the pom copies the top-level {@code dmn/} there).
 */
final class DmnTestEngine {

  private static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private static final Map<String, DmnDecision> DECISIONS = new ConcurrentHashMap<>();

  private DmnTestEngine() {
  }

  static DmnDecisionResult evaluate(String decisionKey, Map<String, Object> inputs) {
    return ENGINE.evaluateDecision(decision(decisionKey), inputs);
  }

  static DmnDecisionResult evaluate(DecisionCase decisionCase) {
    return evaluate(decisionCase.decisionKey(), decisionCase.inputs());
  }

  /**
   * Evaluates the case and asserts that exactly one rule matched with the expected outputs (an
   * expected null: no value), or that no rule matched when the case expects none.
   */
  static void assertDecides(DecisionCase decisionCase) {
    DmnDecisionResult result = evaluate(decisionCase);
    if (decisionCase.expectsNoMatch()) {
      assertThat(result.getResultList()).as(decisionCase.description()).isEmpty();
      return;
    }
    assertThat(result.getResultList()).as(decisionCase.description()).hasSize(1);
    Map<String, Object> outputs = result.getSingleResult().getEntryMap();
    assertThat(decisionCase.outputs()).as("expected outputs of " + decisionCase.description())
        .containsAllEntriesOf(withoutNulls(outputs));
    decisionCase.outputs().forEach((name, expected) ->
        assertThat(outputs.get(name)).as(name + " of " + decisionCase.description()).isEqualTo(expected));
  }

  private static Map<String, Object> withoutNulls(Map<String, Object> outputs) {
    Map<String, Object> present = new LinkedHashMap<>();
    outputs.forEach((name, value) -> {
      if (value != null) {
        present.put(name, value);
      }
    });
    return present;
  }

  static DmnDecision decision(String decisionKey) {
    return DECISIONS.computeIfAbsent(decisionKey, DmnTestEngine::parse);
  }

  static String resource(String decisionKey) {
    return "dmn/" + decisionKey + ".dmn";
  }

  private static DmnDecision parse(String decisionKey) {
    try (InputStream model = DmnTestEngine.class.getClassLoader().getResourceAsStream(resource(decisionKey))) {
      if (model == null) {
        throw new IllegalStateException("no decision table on the classpath: " + resource(decisionKey));
      }
      return ENGINE.parseDecision(decisionKey, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
