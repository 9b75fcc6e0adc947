package com.daocloud.support.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.dmn.engine.impl.hitpolicy.DmnHitPolicyException;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;

/**
 * A decision from a deployment the gate is checking: its XML element (for the structure) and the
 * same decision parsed by the standalone DMN engine (to evaluate it as callers will).
 */
final class CandidateDecision {

  /** When the engine's message names no rule ids (its format is not an API). */
  private static final List<String> UNKNOWN_RULES = List.of("?");
  private static final Pattern RULE_ID = Pattern.compile("DmnEvaluatedDecisionRuleImpl\\{id='([^']*)'");

  private final DecisionContract contract;
  private final Decision element;
  private final DmnDecision parsed;
  private final DmnEngine engine;
  private final List<PolicyViolation> violations;

  CandidateDecision(DecisionContract contract, Decision element, DmnDecision parsed, DmnEngine engine,
      List<PolicyViolation> violations) {
    this.contract = contract;
    this.element = element;
    this.parsed = parsed;
    this.engine = engine;
    this.violations = violations;
  }

  DecisionContract contract() {
    return contract;
  }

  Decision element() {
    return element;
  }

  /** The decision table, or null when the decision is not a table (a literal expression, say). */
  DecisionTable table() {
    return element.getExpression() instanceof DecisionTable table ? table : null;
  }

  /** The table's hit policy; DMN's default (UNIQUE) when the attribute is absent. */
  HitPolicy hitPolicy() {
    DecisionTable table = table();
    return table == null || table.getHitPolicy() == null ? HitPolicy.UNIQUE : table.getHitPolicy();
  }

  void refuse(String rule, String detail) {
    violations.add(new PolicyViolation(contract.key(), rule, detail));
  }

  /**
   * Evaluates the decision as the engine will for a caller, with these inputs, and says how many
   * rules answered. The hit policy decides: UNIQUE throws when several rules match (an overlap), ANY
   * throws when they disagree, FIRST returns the first, COLLECT and the ORDER policies return all.
   */
  Answer evaluate(Map<String, Object> inputs) {
    try {
      List<Map<String, Object>> results = engine.evaluateDecision(parsed, new LinkedHashMap<>(inputs))
          .getResultList().stream()
          .map(entries -> (Map<String, Object>) new LinkedHashMap<>(entries))
          .collect(Collectors.toList());
      return new Answer(results, List.of(), null);
    } catch (DmnHitPolicyException e) {
      List<String> rules = new ArrayList<>();
      Matcher matcher = RULE_ID.matcher(String.valueOf(e.getMessage()));
      while (matcher.find()) {
        rules.add(matcher.group(1));
      }
      return new Answer(List.of(), rules.isEmpty() ? UNKNOWN_RULES : rules, e.getMessage());
    } catch (DmnEngineException | IllegalArgumentException e) {
      return new Answer(List.of(), List.of(), e.getMessage());
    }
  }

  /** Inputs as an analyst reads them: {@code level=3, serviceTier=premium}. */
  static String describe(Map<String, Object> inputs) {
    return inputs.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /**
   * What one evaluation gave.
   *
   * @param results     the rules' outputs, one map per answering rule
   * @param overlapping rule ids that matched together where the hit policy forbids it (empty if none)
   * @param failure     the engine's message when evaluation failed (null if it did not)
   */
  record Answer(List<Map<String, Object>> results, List<String> overlapping, String failure) {

    boolean isOverlap() {
      return !overlapping.isEmpty();
    }

    boolean isFailure() {
      return failure != null && overlapping.isEmpty();
    }

    boolean isGap() {
      return failure == null && results.isEmpty();
    }

    /** The single answer's outputs; only when exactly one rule answered. */
    Map<String, Object> single() {
      return results.get(0);
    }

    /**
     * The problem, if this answer is not exactly one rule's, in words: "no rule matches (gap)",
     * "rules A, B both match (overlap)", ... ; null when exactly one rule answered.
     */
    String problem() {
      if (isOverlap() && overlapping.equals(UNKNOWN_RULES)) {
        return "several rules match (overlap): " + failure;
      }
      if (isOverlap()) {
        return "rules " + String.join(", ", overlapping) + " match together (overlap)";
      }
      if (isFailure()) {
        return "the table cannot be evaluated: " + failure;
      }
      if (isGap()) {
        return "no rule matches (gap)";
      }
      if (results.size() > 1) {
        return results.size() + " rules match (overlap)";
      }
      return null;
    }
  }
}
