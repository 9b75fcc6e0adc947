package com.daocloud.support.decision;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Policy lookups that are not a step of any process: the SLA preview ({@code response-sla}), the lifecycle
 * endpoint and EAM applications ({@code support-lifecycle}). Each call evaluates the latest deployed version of
 * the decision, so that an analyst's new table applies at once.
 *
 * <p>An incident never decides through here: its process evaluates every table with business rule tasks, so
 * each of its evaluations is a decision instance in its history. A preview is not an incident: it is evaluated
 * by a DMN engine of its own, without the engine's history listeners, so that asking leaves no decision
 * instance behind (through {@code DecisionService} each preview would write 10-15 history rows).
 */
@Component
public class DeployedDecisions {

  /** A deployed decision's answer: its id and version, and the output rows that matched. */
  public record Answer(String definitionId, int version, List<Map<String, Object>> rows) {

    /** The only matching row, or null; more than one is a broken table. */
    public Map<String, Object> singleRow() {
      if (rows.size() > 1) {
        throw new IllegalStateException("Decision " + definitionId + " matched " + rows.size() + " rules");
      }
      return rows.isEmpty() ? null : rows.get(0);
    }

    public Map<String, Object> firstRow() {
      return rows.isEmpty() ? null : rows.get(0);
    }
  }

  private final ProcessEngineConfigurationImpl configuration;
  // Evaluates without the engine's history listeners; the decisions are the engine's parsed definitions.
  private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  public DeployedDecisions(ProcessEngine processEngine) {
    this.configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }

  /**
   * @throws IllegalStateException if no decision with the key is deployed (without tenant)
   */
  public Answer evaluate(String key, Map<String, Object> inputs) {
    DecisionDefinitionEntity definition = configuration.getCommandExecutorTxRequired().execute(context ->
        (DecisionDefinitionEntity) context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedLatestDecisionDefinitionByKeyAndTenantId(key, null));
    if (definition == null) {
      throw new IllegalStateException("no decision " + key + " is deployed");
    }
    DmnDecisionResult result = dmnEngine.evaluateDecision(definition, Variables.fromMap(inputs));
    List<Map<String, Object>> rows = result.getResultList().stream()
        .map(row -> Collections.unmodifiableMap(new LinkedHashMap<>(row))).toList();
    return new Answer(definition.getId(), definition.getVersion(), rows);
  }
}
