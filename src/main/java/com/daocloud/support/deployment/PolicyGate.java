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
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.xml.ModelException;
import org.w3c.dom.Document;

/**
 * The policy gate: a decision deployment that contains one of the eight policy decisions (docs/analysts.md)
 * (found by decision id = key, whatever the file is called) must keep the policy, or it is refused
 * before the engine stores it. Analysts change tables without a release, so this is where a broken
 * table is stopped before it answers a customer's incident.
 *
 * <p>First, on the safely parsed document and before any DMN engine reads it: a resource that holds
 * one of the eight is FEEL throughout, with no script and no other expression language (JUEL
 * included), whoever deploys it. Only then is it built and evaluated, so checking a table never runs
 * code from it, and a refused table leaves nothing behind.
 *
 * <p>Every decision: its fixed inputs and outputs (docs/analysts.md) are present and it sets
 * {@code camunda:historyTimeToLive} (every process and decision sets one). Three decisions have rules of
 * their own ({@link ResponseSlaPolicy}, {@link IncidentLevelPolicy}, {@link CustomerWaitLimitsPolicy}); they
 * evaluate the candidate table with the standalone DMN engine over the whole input domain, because only
 * evaluation sees what callers will see (FEEL ranges, lists, "-", the hit policy).
 *
 * <p>Pure code over the resource's bytes: no Spring, no process engine.
 */
public final class PolicyGate {

  /** The rule a language violation breaks, as the refusal names it (docs/analysts.md explains it). */
  static final String FEEL_ONLY = "FEEL only";

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

  /** The checks one decision has beyond its fixed shape. */
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
   * @throws DeploymentRefusedException naming every broken rule (the REST API answers 400 with it)
   */
  public static void check(String resourceName, byte[] bytes) {
    check(resourceName, bytes, ModelXml.parse(resourceName, bytes));
  }

  /** {@link #check(String, byte[])} for a resource the caller has parsed safely already. */
  static void check(String resourceName, byte[] bytes, Document document) {
    List<PolicyViolation> languages = languageViolations(document);
    if (!languages.isEmpty()) {
      throw refusal(DeploymentRefusedException.Reason.EXPRESSION_LANGUAGE, resourceName,
          "is not written in FEEL only. The policy's decisions are data: FEEL, without scripts, "
              + "whoever deploys them", languages);
    }
    List<PolicyViolation> violations = policyViolations(resourceName, bytes);
    if (!violations.isEmpty()) {
      throw refusal(DeploymentRefusedException.Reason.POLICY, resourceName,
          "breaks the support policy and was not deployed", violations);
    }
  }

  /**
   * Only the first step of {@link #check(String, byte[])}: the policy's decisions are FEEL-only.
   * For a stored deployment that the engine loads again, whose rules were judged when it was
   * deployed.
   */
  static void checkLanguages(String resourceName, Document document) {
    List<PolicyViolation> languages = languageViolations(document);
    if (!languages.isEmpty()) {
      throw refusal(DeploymentRefusedException.Reason.EXPRESSION_LANGUAGE, resourceName,
          "is not written in FEEL only and is not loaded", languages);
    }
  }

  /** Every way the resource's decisions break the policy; empty when it may be deployed. */
  public static List<PolicyViolation> violations(String resourceName, byte[] bytes) {
    Document document;
    try {
      document = ModelXml.parse(resourceName, bytes);
    } catch (DeploymentRefusedException e) {
      return List.of(new PolicyViolation(resourceName, "DMN 1.3", e.getMessage()));
    }
    List<PolicyViolation> languages = languageViolations(document);
    return languages.isEmpty() ? policyViolations(resourceName, bytes) : languages;
  }

  /**
   * The policy's decisions are evaluated at deploy time (below) and for every customer, so a
   * resource that holds one of them must be FEEL without scripts throughout, also in the decisions
   * it requires. Judged on the parsed document, before any DMN engine reads the resource.
   */
  private static List<PolicyViolation> languageViolations(Document document) {
    List<String> governed = ModelLanguages.decisionIds(document).stream()
        .filter(DecisionContract.ALL::containsKey).toList();
    if (governed.isEmpty()) {
      return List.of();
    }
    List<ModelLanguages.Finding> findings = new ArrayList<>(ModelLanguages.scripts(document));
    findings.addAll(ModelLanguages.expressionLanguages(document, ModelLanguages.Allowed.FEEL));
    return findings.stream().map(finding -> new PolicyViolation(
            finding.decision() != null ? finding.decision() : String.join(", ", governed),
            FEEL_ONLY, finding.toString()))
        .toList();
  }

  private static DeploymentRefusedException refusal(DeploymentRefusedException.Reason reason,
      String resourceName, String what, List<PolicyViolation> violations) {
    String listed = violations.stream().limit(MAX_LISTED).map(PolicyViolation::toString)
        .collect(Collectors.joining("; "));
    String more = violations.size() > MAX_LISTED
        ? "; and " + (violations.size() - MAX_LISTED) + " more" : "";
    return new DeploymentRefusedException(reason,
        "Policy gate: '" + resourceName + "' " + what + ": " + listed + more + ".");
  }

  /** The policy's rules, by evaluating the decisions; only for FEEL-only resources. */
  private static List<PolicyViolation> policyViolations(String resourceName, byte[] bytes) {
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
      // Not one of the eight: the policy says nothing about it (the guard still checks the rest).
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
      // Only a table with the fixed inputs can be evaluated meaningfully.
      if (violations.size() == before && POLICIES.containsKey(key)) {
        POLICIES.get(key).check(candidate);
      }
    });
    return violations;
  }

  /** The fixed inputs and outputs by name, and a history time to live. */
  private static void checkShape(CandidateDecision candidate) {
    DecisionContract contract = candidate.contract();
    Decision element = candidate.element();
    String ttl = element.getCamundaHistoryTimeToLiveString();
    if (ttl == null || ttl.isBlank()) {
      candidate.refuse("history time to live", "camunda:historyTimeToLive is missing; every decision sets "
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
        // Callers provide the fixed variables only: any other input is always null.
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
