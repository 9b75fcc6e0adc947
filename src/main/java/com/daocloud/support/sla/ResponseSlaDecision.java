package com.daocloud.support.sla;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The response terms of the deployed {@code response-sla} decision (RSP-1). Every call asks for the
 * latest deployed version, so an analyst's new table applies at once, without a restart; it then
 * evaluates exactly that version by id, so the version it reports is the one that answered.
 */
@Component
public class ResponseSlaDecision implements ResponseTermsLookup {

  public static final String DECISION_KEY = "response-sla";

  static final String IN_LEVEL = "level";
  static final String IN_SERVICE_TIER = "serviceTier";
  static final String OUT_RESPONSE_TIME = "responseTime";
  static final String OUT_COVERAGE = "coverage";
  static final String OUT_CHANNELS = "channels";
  static final String OUT_DISCUSSION_CADENCE = "discussionCadence";

  private final RepositoryService repositoryService;
  private final DecisionService decisionService;

  public ResponseSlaDecision(RepositoryService repositoryService, DecisionService decisionService) {
    this.repositoryService = repositoryService;
    this.decisionService = decisionService;
  }

  /**
   * @throws IllegalStateException if no {@code response-sla} is deployed or its table has no rule for the
   *         level and tier (callers validate level 1..5 and the tier first, so this is a broken table)
   */
  @Override
  public ResponseTerms terms(int level, String serviceTier) {
    DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(DECISION_KEY)
        .withoutTenantId()
        .latestVersion()
        .singleResult();
    if (definition == null) {
      throw new IllegalStateException("no decision " + DECISION_KEY + " is deployed");
    }
    DmnDecisionTableResult result = decisionService.evaluateDecisionTableById(definition.getId())
        .variables(Variables.createVariables()
            .putValue(IN_LEVEL, level)
            .putValue(IN_SERVICE_TIER, serviceTier))
        .evaluate();
    DmnDecisionRuleResult row = result.getSingleResult();
    if (row == null) {
      throw new IllegalStateException(DECISION_KEY + " v" + definition.getVersion()
          + " has no rule for level " + level + " and tier " + serviceTier);
    }
    Map<String, Object> outputs = row.getEntryMap();
    return new ResponseTerms(level, serviceTier,
        text(outputs, OUT_RESPONSE_TIME), text(outputs, OUT_COVERAGE), text(outputs, OUT_CHANNELS),
        text(outputs, OUT_DISCUSSION_CADENCE), definition.getId(), definition.getVersion());
  }

  private static String text(Map<String, Object> outputs, String name) {
    Object value = outputs.get(name);
    return value == null ? null : value.toString();
  }
}
