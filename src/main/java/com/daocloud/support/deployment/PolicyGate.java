package com.daocloud.support.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.xml.ModelException;

/**
 * The policy gate: a decision deployment that contains one of the seven decisions of CONTRACT §3
 * (found by decision id = key, whatever the file is called) must keep the policy, or it is refused
 * before the engine stores it. Analysts change tables without a release, so this is where a broken
 * table is stopped before it answers a customer's incident.
 *
 * <p>Every decision: the contract's inputs and outputs are present and it sets
 * {@code camunda:historyTimeToLive} (CONTRACT §2). Three decisions have rules of their own
 * ({@link ResponseSlaPolicy}, {@link IncidentLevelPolicy}, {@link CustomerWaitLimitsPolicy}); they
 * evaluate the candidate table with the standalone DMN engine over the whole input domain, because
 * only evaluation sees what callers will see (FEEL ranges, lists, "-", the hit policy).
 *
 * <p>Pure code over the resource's bytes: no Spring, no process engine.
 */
public final class PolicyGate {

  /** At most this many problems are listed in one refusal; the rest are counted. */
  static final int MAX_LISTED = 12;

  /** A name in an input expression (FEEL or JUEL); string literals are not names. */
  private static final Pattern NAME = Pattern.compile("\"[^\"]*\"|[A-Za-z_][A-Za-z0-9_]*");

  private static final Map<String, DecisionPolicy> POLICIES = Map.of(
      DecisionContract.RESPONSE_SLA, new ResponseSlaPolicy(),
      DecisionContract.INCIDENT_LEVEL, new IncidentLevelPolicy(),
      DecisionContract.CUSTOMER_WAIT_LIMITS, new CustomerWaitLimitsPolicy());

  private PolicyGate() {
  }

  /** The checks one decision has beyond the contract's shape. */
  interface DecisionPolicy {
    void check(CandidateDecision decision);
  }

  /** Whether the engine would read this resource as decisions (its decision deployer's suffixes). */
  public static boolean isDecisionResource(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml");
  }

  /**
   * Refuses the resource if one of its decisions breaks the policy.
   *
   * @throws BadUserRequestException naming every broken rule (the REST API answers 400 with it)
   */
  public static void check(String resourceName, byte[] bytes) {
    List<PolicyViolation> violations = violations(resourceName, bytes);
    if (violations.isEmpty()) {
      return;
    }
    String listed = violations.stream().limit(MAX_LISTED).map(PolicyViolation::toString)
        .collect(Collectors.joining("; "));
    String more = violations.size() > MAX_LISTED
        ? "; and " + (violations.size() - MAX_LISTED) + " more" : "";
    throw new BadUserRequestException("Policy gate: '" + resourceName + "' breaks the support "
        + "policy and was not deployed: " + listed + more + ".");
  }

  /** Every way the resource's decisions break the policy; empty when it may be deployed. */
  public static List<PolicyViolation> violations(String resourceName, byte[] bytes) {
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(new ByteArrayInputStream(bytes));
    } catch (ModelException e) {
      return List.of(new PolicyViolation(resourceName, "DMN 1.3",
          "not a readable DMN model: " + e.getMessage()));
    }
    List<PolicyViolation> violations = new ArrayList<>();
    Map<String, Decision> governed = new HashMap<>();
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (DecisionContract.ALL.containsKey(decision.getId())) {
        governed.put(decision.getId(), decision);
      }
    }
    if (governed.isEmpty()) {
      // Not one of the seven: the policy says nothing about it (the guard still checks the rest).
      return violations;
    }
    Map<String, DmnDecision> parsed;
    try {
      parsed = Engine.INSTANCE.parseDecisions(model).stream()
          .collect(Collectors.toMap(DmnDecision::getKey, d -> d, (a, b) -> a));
    } catch (DmnEngineException | ModelException e) {
      return List.of(new PolicyViolation(resourceName, "DMN 1.3",
          "the decision engine cannot read it: " + e.getMessage()));
    }
    governed.forEach((key, element) -> {
      DecisionContract contract = DecisionContract.ALL.get(key);
      CandidateDecision candidate = new CandidateDecision(contract, element, parsed.get(key),
          Engine.INSTANCE, violations);
      int before = violations.size();
      checkShape(candidate);
      // Only a table with the contract's inputs can be evaluated meaningfully.
      if (violations.size() == before && POLICIES.containsKey(key)) {
        POLICIES.get(key).check(candidate);
      }
    });
    return violations;
  }

  /** The contract's inputs and outputs by name, and a history time to live. */
  private static void checkShape(CandidateDecision candidate) {
    DecisionContract contract = candidate.contract();
    Decision element = candidate.element();
    String ttl = element.getCamundaHistoryTimeToLiveString();
    if (ttl == null || ttl.isBlank()) {
      candidate.refuse("CONTRACT §2", "camunda:historyTimeToLive is missing; every decision sets "
          + "how long its history is kept");
    }
    DecisionTable table = candidate.table();
    if (table == null) {
      candidate.refuse(contract.rule(), "is not a decision table");
      return;
    }
    List<String> inputs = table.getInputs().stream().map(PolicyGate::inputExpression).toList();
    List<String> outputs = table.getOutputs().stream().map(Output::getName).toList();
    for (String variable : contract.inputs()) {
      if (inputs.stream().noneMatch(expression -> reads(expression, variable))) {
        candidate.refuse(contract.rule(), "input '" + variable + "' is missing (input expressions "
            + "are " + inputs + ")");
      }
    }
    for (String expression : inputs) {
      if (contract.inputs().stream().noneMatch(variable -> reads(expression, variable))) {
        // Callers provide the contract's variables only: any other input is always null.
        candidate.refuse(contract.rule(), "input '" + expression + "' reads no variable of the "
            + "contract; callers do not provide it");
      }
    }
    for (String output : contract.outputs()) {
      if (!outputs.contains(output)) {
        candidate.refuse(contract.rule(), "output '" + output + "' is missing (outputs are "
            + outputs + ")");
      }
    }
  }

  /**
   * Whether an input expression reads the variable: the expression is the variable's name, or uses
   * it as a name ({@code date(onDate)} reads {@code onDate}).
   */
  static boolean reads(String expression, String variable) {
    Matcher names = NAME.matcher(expression);
    while (names.find()) {
      if (names.group().equals(variable)) {
        return true;
      }
    }
    return false;
  }

  private static String inputExpression(Input input) {
    if (input.getInputExpression() == null || input.getInputExpression().getText() == null) {
      return "";
    }
    String text = input.getInputExpression().getText().getTextContent();
    return text == null ? "" : text.trim();
  }

  /** One standalone DMN engine for all checks: building it (with FEEL) is the expensive part. */
  private static final class Engine {
    static final DmnEngine INSTANCE =
        DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  }
}
