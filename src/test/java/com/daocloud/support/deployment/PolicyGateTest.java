package com.daocloud.support.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The policy gate over the real tables of {@code dmn/} and over broken copies of them: each copy
 * breaks one rule the way an analyst's slip in Camunda Modeler would.
 */
class PolicyGateTest {

  static final String RESPONSE_SLA = DecisionContract.RESPONSE_SLA;
  static final String INCIDENT_LEVEL = DecisionContract.INCIDENT_LEVEL;
  static final String CUSTOMER_WAIT_LIMITS = DecisionContract.CUSTOMER_WAIT_LIMITS;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"incident-level", "response-sla", "support-lifecycle", "support-scope",
      "customer-wait-limits", "change-notice", "eam-eligibility"})
  @DisplayName("Policy gate: each of the seven tables as shipped passes the gate")
  void shippedTablesPass(String key) {
    assertThat(PolicyGate.violations(key + ".dmn", bytes(table(key)))).isEmpty();
  }

  @Test
  @DisplayName("RSP-1: a gap (level 3 × premium answered by no rule) is refused, naming level and tier")
  void responseSlaGapIsRefused() {
    // Given response-sla without its level 3 premium rule
    String broken = removeRule(table(RESPONSE_SLA), "Rule_Premium_L3");

    // Then the gate names RSP-1 and the missing combination
    assertRefused(RESPONSE_SLA, broken, "RSP-1", "level 3 × premium: no rule matches (gap)");
  }

  @Test
  @DisplayName("RSP-1: an overlap (two rules for level 2 × standard) is refused, naming both rules")
  void responseSlaOverlapIsRefused() {
    // Given a copy of the level 2 standard rule next to it
    String table = table(RESPONSE_SLA);
    String copy = rule(table, "Rule_Standard_L2").replace("Rule_Standard_L2", "Rule_Standard_L2_Copy");
    String broken = table.replace(rule(table, "Rule_Standard_L2"),
        rule(table, "Rule_Standard_L2") + "\n" + copy);

    assertRefused(RESPONSE_SLA, broken, "RSP-1", "level 2 × standard",
        "Rule_Standard_L2, Rule_Standard_L2_Copy match together (overlap)");
  }

  @Test
  @DisplayName("RSP-1: premium slower than standard for the same level (L2: PT10H vs PT8H) is refused")
  void premiumSlowerThanStandardIsRefused() {
    String broken = changeRule(table(RESPONSE_SLA), "Rule_Premium_L2", "\"PT4H\"", "\"PT10H\"");

    assertRefused(RESPONSE_SLA, broken, "RSP-1",
        "level 2: premium PT10H 24x7 is slower than standard PT8H 5x8 (10 h > 8 h of coverage time)");
  }

  @Test
  @DisplayName("RSP-1: professional slower than premium (L3: PT10H vs P1D = 9 business hours) is refused")
  void professionalSlowerThanPremiumInBusinessHoursIsRefused() {
    String broken = changeRule(table(RESPONSE_SLA), "Rule_Professional_L3", "\"PT4H\"", "\"PT10H\"");

    assertRefused(RESPONSE_SLA, broken, "RSP-1",
        "level 3: professional PT10H 5x8 is slower than premium P1D 5x8 (10 h > 9 h");
  }

  @Test
  @DisplayName("RSP-1: P1D under 5x8 counts as 9 h, so professional PT9H next to premium P1D is no slower")
  void businessDayCountsNineHours() {
    String changed = changeRule(table(RESPONSE_SLA), "Rule_Professional_L3", "\"PT4H\"", "\"PT9H\"");

    assertThat(PolicyGate.violations("response-sla.dmn", bytes(changed))).isEmpty();
  }

  @Test
  @DisplayName("RSP-1: a faster tier may not have narrower coverage (premium L2 5x8 where standard is 5x8 is fine, professional 5x8 under premium 24x7 is not)")
  void narrowerCoverageForFasterTierIsRefused() {
    String broken = changeRule(table(RESPONSE_SLA), "Rule_Professional_L2", "\"24x7\"", "\"5x8\"");

    assertRefused(RESPONSE_SLA, broken, "RSP-1",
        "level 2: professional PT2H 5x8 is slower than premium PT4H 24x7 (5x8 coverage is narrower than 24x7)");
  }

  @Test
  @DisplayName("RSP-1: Level 1 with 5x8 coverage is refused: Level 1 is always 24x7")
  void levelOneIsAlways24x7() {
    String broken = changeRule(table(RESPONSE_SLA), "Rule_Standard_L1", "\"24x7\"", "\"5x8\"");

    assertRefused(RESPONSE_SLA, broken, "RSP-1",
        "level 1 × standard: coverage is 5x8; Level 1 is always 24x7");
  }

  @Test
  @DisplayName("RSP-1: a response time the SLA clock cannot count (P1W) is refused")
  void unreadableResponseTimeIsRefused() {
    String broken = changeRule(table(RESPONSE_SLA), "Rule_Standard_L4", "\"P4D\"", "\"P1W\"");

    assertRefused(RESPONSE_SLA, broken, "RSP-1", "level 4 × standard: responseTime 'P1W'");
  }

  @Test
  @DisplayName("RSP-1: response-sla must keep hit policy UNIQUE")
  void responseSlaNeedsUniqueHitPolicy() {
    // UNIQUE is DMN's default: Camunda Modeler writes no hitPolicy attribute for it
    String broken = table(RESPONSE_SLA).replace("<decisionTable id=\"DecisionTable_ResponseSla\"",
        "<decisionTable id=\"DecisionTable_ResponseSla\" hitPolicy=\"FIRST\"");

    assertRefused(RESPONSE_SLA, broken, "RSP-1", "hit policy is FIRST; it must be UNIQUE");
  }

  @Test
  @DisplayName("RSP-1: a sound change (level 1 professional PT30M, still faster than premium) passes")
  void soundChangePasses() {
    String changed = changeRule(table(RESPONSE_SLA), "Rule_Professional_L1", "\"PT1H\"", "\"PT30M\"");

    assertThat(PolicyGate.violations("response-sla.dmn", bytes(changed))).isEmpty();
    PolicyGate.check("response-sla.dmn", bytes(changed));
  }

  @Test
  @DisplayName("RSP-1: the gate finds response-sla by decision id, whatever the file is called")
  void decisionIsFoundById() {
    String broken = removeRule(table(RESPONSE_SLA), "Rule_Premium_L3");

    assertThatThrownBy(() -> PolicyGate.check("my-changes.dmn", bytes(broken)))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("'my-changes.dmn'").hasMessageContaining("RSP-1");
  }

  @Test
  @DisplayName("LVL-1..5: an incident-level table missing a combination (fault, partial, no data loss) is refused")
  void incidentLevelGapIsRefused() {
    String broken = removeRule(table(INCIDENT_LEVEL), "Rule_Level3Partial");

    assertRefused(INCIDENT_LEVEL, broken, "LVL-1..5",
        "requestType=fault, productionImpact=partial, dataLoss=false, workaroundAvailable=true: "
            + "no rule matches (gap)",
        "requestType=fault, productionImpact=partial, dataLoss=false, workaroundAvailable=false: "
            + "no rule matches (gap)");
  }

  @Test
  @DisplayName("LVL-1..5: two incident-level rules for one combination (UNIQUE) are refused as an overlap")
  void incidentLevelOverlapIsRefused() {
    // Given the level 3 rule widened to "partial","none": it now overlaps the level 4 fault rule
    String broken = changeRule(table(INCIDENT_LEVEL), "Rule_Level3Partial", "<text>\"partial\"</text>",
        "<text>\"partial\",\"none\"</text>");

    assertRefused(INCIDENT_LEVEL, broken, "LVL-1..5",
        "requestType=fault, productionImpact=none, dataLoss=false, workaroundAvailable=true: rules "
            + "Rule_Level3Partial, Rule_Level4FaultWithoutImpact match together (overlap)");
  }

  @Test
  @DisplayName("LVL-1..5: with hit policy FIRST overlaps are allowed, but every combination still needs a level")
  void incidentLevelFirstHitPolicyNeedsOnlyCoverage() {
    String first = table(INCIDENT_LEVEL).replace("<decisionTable id=\"DecisionTable_IncidentLevel\"",
        "<decisionTable id=\"DecisionTable_IncidentLevel\" hitPolicy=\"FIRST\"");
    String overlapping = changeRule(first, "Rule_Level3Partial", "<text>\"partial\"</text>",
        "<text>\"partial\",\"none\"</text>");
    String gap = removeRule(first, "Rule_Level5Suggestion");

    assertThat(PolicyGate.violations("incident-level.dmn", bytes(overlapping))).isEmpty();
    assertRefused(INCIDENT_LEVEL, gap, "LVL-1..5", "requestType=suggestion");
  }

  @Test
  @DisplayName("LVL-1..5: a level outside 1..5 is refused")
  void incidentLevelOutsideRangeIsRefused() {
    String broken = changeRule(table(INCIDENT_LEVEL), "Rule_Level5Suggestion", "<text>5</text>",
        "<text>6</text>");

    assertRefused(INCIDENT_LEVEL, broken, "LVL-1..5", "level is 6; levels are 1 to 5");
  }

  @Test
  @DisplayName("CLS-4: customer-wait-limits with level 3 informationWait P10D is refused (the policy fixes P7D)")
  void levelThreeWaitIsFixed() {
    String broken = changeRule(table(CUSTOMER_WAIT_LIMITS), "Rule_WaitLevel3", "<text>\"P7D\"</text>",
        "<text>\"P10D\"</text>");

    assertRefused(CUSTOMER_WAIT_LIMITS, broken, "CLS-4",
        "level 3: informationWait is P10D; the policy fixes P7D");
  }

  @Test
  @DisplayName("CLS-4: customer-wait-limits with level 4 informationWait P7D is refused (the policy fixes P14D)")
  void levelFourWaitIsFixed() {
    String broken = changeRule(table(CUSTOMER_WAIT_LIMITS), "Rule_WaitLevel4", "\"P14D\"", "\"P7D\"");

    assertRefused(CUSTOMER_WAIT_LIMITS, broken, "CLS-4",
        "level 4: informationWait is P7D; the policy fixes P14D");
  }

  @Test
  @DisplayName("CLS-4: other levels' waits are the analysts' choice (level 5 P60D passes)")
  void otherLevelsAreFree() {
    String changed = changeRule(table(CUSTOMER_WAIT_LIMITS), "Rule_WaitLevel5", "\"P30D\"", "\"P60D\"");

    assertThat(PolicyGate.violations("customer-wait-limits.dmn", bytes(changed))).isEmpty();
  }

  @Test
  @DisplayName("RSP-1: response-sla without the output 'channels' is refused")
  void missingOutputIsRefused() {
    String broken = table(RESPONSE_SLA).replace("name=\"channels\"", "name=\"channel\"");

    assertRefused(RESPONSE_SLA, broken, "RSP-1 (docs/analysts.md, section 5)", "output 'channels' is missing");
  }

  @Test
  @DisplayName("LVL-1..5: incident-level reading another variable than 'dataLoss' is refused")
  void renamedInputIsRefused() {
    String broken = table(INCIDENT_LEVEL).replace("<text>dataLoss</text>", "<text>dataLost</text>");

    assertRefused(INCIDENT_LEVEL, broken, "LVL-1..5 (docs/analysts.md, section 5)", "input 'dataLoss' is missing",
        "input 'dataLost' reads no variable of the contract");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"incident-level", "response-sla", "support-lifecycle", "support-scope",
      "customer-wait-limits", "change-notice", "eam-eligibility"})
  @DisplayName("History time to live: a decision without camunda:historyTimeToLive is refused")
  void missingHistoryTimeToLiveIsRefused(String key) {
    String broken = table(key).replace(" camunda:historyTimeToLive=\"P730D\"", "");
    assertThat(broken).isNotEqualTo(table(key));

    assertRefused(key, broken, "history time to live", "camunda:historyTimeToLive is missing");
  }

  @Test
  @DisplayName("A decision that is not one of the eight is not the policy's business")
  void otherDecisionsPass() {
    String other = table(RESPONSE_SLA).replace("id=\"response-sla\"", "id=\"analyst-sandbox\"")
        .replace("dmnElementRef=\"response-sla\"", "dmnElementRef=\"analyst-sandbox\"");
    String broken = removeRule(other, "Rule_Premium_L3");

    assertThat(PolicyGate.violations("analyst-sandbox.dmn", bytes(broken))).isEmpty();
  }

  @Test
  @DisplayName("Every problem is listed in one refusal, so the analyst fixes them in one go")
  void allProblemsAreListed() {
    String broken = changeRule(removeRule(table(RESPONSE_SLA), "Rule_Premium_L3"), "Rule_Standard_L1",
        "\"24x7\"", "\"5x8\"");

    List<PolicyViolation> violations = PolicyGate.violations("response-sla.dmn", bytes(broken));

    assertThat(violations).extracting(PolicyViolation::detail)
        .anyMatch(d -> d.contains("level 3 × premium: no rule matches"))
        .anyMatch(d -> d.contains("Level 1 is always 24x7"));
  }

  @Test
  @DisplayName("Finding 3: a policy table with JUEL is refused before it is evaluated: its code never runs, also when it breaks a rule too")
  void juelIsRefusedBeforeEvaluation(@TempDir Path dir) {
    // Given response-sla whose level 1 professional rule runs JUEL, and which has a gap besides
    Path canary = dir.resolve("gate-ran-juel");
    String table = removeRule(withJuelCanary(table(RESPONSE_SLA), canary), "Rule_Premium_L3");

    // When the gate judges it (the gap alone would make it evaluate every level and tier)
    List<PolicyViolation> violations = PolicyGate.violations("response-sla.dmn", bytes(table));

    // Then it is refused for its language only, and nothing of the table ran
    assertThat(violations).extracting(PolicyViolation::toString).containsExactly(
        "FEEL only: response-sla: outputEntry 'Rule_Professional_L1_DiscussionCadence': "
            + "expressionLanguage=\"juel\"");
    assertThat(canary).doesNotExist();
    assertThatThrownBy(() -> PolicyGate.check("response-sla.dmn", bytes(table)))
        .isInstanceOfSatisfying(DeploymentRefusedException.class, refused -> assertThat(
            refused.reason()).isEqualTo(DeploymentRefusedException.Reason.EXPRESSION_LANGUAGE))
        .hasMessageContaining("is not written in FEEL only");
    assertThat(canary).doesNotExist();
  }

  @Test
  @DisplayName("Finding 3: a policy table that requires a JUEL decision of the same file is refused before either is evaluated")
  void requiredJuelDecisionIsRefused(@TempDir Path dir) {
    Path canary = dir.resolve("gate-ran-required-juel");
    String table = table(RESPONSE_SLA)
        .replace("<decisionTable id=\"DecisionTable_ResponseSla\"", "<informationRequirement "
            + "id=\"InformationRequirement_Helper\"><requiredDecision href=\"#helper\" />"
            + "</informationRequirement>\n    <decisionTable id=\"DecisionTable_ResponseSla\"")
        .replace("<dmndi:DMNDI>", "<decision id=\"helper\" name=\"Helper\" "
            + "camunda:historyTimeToLive=\"P1D\"><variable id=\"Variable_Helper\" name=\"helper\" />"
            + "<literalExpression id=\"LiteralExpression_Helper\" expressionLanguage=\"juel\"><text>"
            + ModelCorpus.canary(canary) + "</text></literalExpression></decision>\n  <dmndi:DMNDI>");

    List<PolicyViolation> violations = PolicyGate.violations("response-sla.dmn", bytes(table));

    assertThat(violations).extracting(PolicyViolation::toString).containsExactly(
        "FEEL only: helper: literalExpression 'LiteralExpression_Helper': expressionLanguage=\"juel\"");
    assertThat(canary).doesNotExist();
  }

  @Test
  @DisplayName("Finding 3: a policy table with a definitions-level JUEL default is refused, whoever deploys it")
  void definitionsLevelJuelIsRefused() {
    String table = table(CUSTOMER_WAIT_LIMITS).replaceFirst("<definitions ",
        "<definitions expressionLanguage=\"JUEL\" ");

    assertThat(PolicyGate.violations("customer-wait-limits.dmn", bytes(table)))
        .extracting(PolicyViolation::toString).containsExactly(
            "FEEL only: customer-wait-limits: definitions 'Definitions_CustomerWaitLimits': "
                + "expressionLanguage=\"JUEL\"");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"incident-level", "response-sla", "support-lifecycle", "support-scope",
      "customer-wait-limits", "change-notice", "eam-eligibility"})
  @DisplayName("Finding 3: each of the seven tables as shipped is FEEL only, without scripts")
  void shippedTablesAreFeelOnly(String key) {
    var document = ModelXml.parse(key + ".dmn", bytes(table(key)));

    assertThat(ModelLanguages.expressionLanguages(document, ModelLanguages.Allowed.FEEL)).isEmpty();
    assertThat(ModelLanguages.scripts(document)).isEmpty();
  }

  // --- helpers -------------------------------------------------------------------------------

  /**
   * The table with the level 1 professional rule's discussion cadence in JUEL, creating the file
   * when it is evaluated.
   */
  static String withJuelCanary(String responseSla, Path canary) {
    String cadence = "<outputEntry id=\"Rule_Professional_L1_DiscussionCadence\"";
    return changeRule(changeRule(responseSla, "Rule_Professional_L1", cadence,
            cadence + " expressionLanguage=\"juel\""),
        "Rule_Professional_L1", "<text></text>", "<text>" + ModelCorpus.canary(canary) + "</text>");
  }


  private static void assertRefused(String key, String xml, String rule, String... details) {
    var refusal = assertThatThrownBy(() -> PolicyGate.check(key + ".dmn", bytes(xml)))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Policy gate: '" + key + ".dmn'")
        .hasMessageContaining(rule + ": " + key);
    for (String detail : details) {
      refusal.hasMessageContaining(detail);
    }
  }

  static String table(String key) {
    try {
      return Files.readString(Path.of("dmn", key + ".dmn"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(String xml) {
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  /** The XML of one rule, {@code <rule id="...">} to {@code </rule>}. */
  static String rule(String xml, String ruleId) {
    Matcher m = Pattern.compile("\\s*<rule id=\"" + Pattern.quote(ruleId) + "\">.*?</rule>",
        Pattern.DOTALL).matcher(xml);
    assertThat(m.find()).as("rule " + ruleId).isTrue();
    return m.group();
  }

  static String removeRule(String xml, String ruleId) {
    return xml.replace(rule(xml, ruleId), "");
  }

  static String changeRule(String xml, String ruleId, String from, String to) {
    String rule = rule(xml, ruleId);
    assertThat(rule).as("rule " + ruleId).contains(from);
    return xml.replace(rule, rule.replace(from, to));
  }
}
