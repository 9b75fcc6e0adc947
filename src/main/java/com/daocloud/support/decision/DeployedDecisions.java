package com.daocloud.support.decision;

import java.util.Collections;
import java.util.HashMap;
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
 * The policy lookups of every report (incident-level, support-lifecycle, response-sla): the latest deployed
 * version of a decision, asked for on every call so that an analyst's new table applies at once, and its
 * answer for the inputs.
 *
 * <p>Why not {@code DecisionService}: an answer depends only on the decision's version and the
 * inputs, yet each evaluation through the engine ran FEEL anew (about 40 % of a report's CPU: the FEEL
 * engine builds its built-in functions per unary test), committed a transaction of its own and wrote
 * 10-15 history rows. Here an answer is computed once per version and inputs (FEEL, without engine
 * history) and then reused. The incident itself records what it was given and by which version (level
 * reason, entitlement explanation, the SLA explanation with the response-sla decision's id and version),
 * so the audit trail of an incident stays complete.
 */
@Component
public class DeployedDecisions {

  private static final int MAX_ANSWERS = 10_000;

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

  private record Question(String definitionId, Map<String, Object> inputs) {
  }

  private final ProcessEngineConfigurationImpl configuration;
  // Evaluates without the engine's history listeners; the decisions are the engine's parsed definitions.
  private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<Question, Answer> answers = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Question, Answer> eldest) {
      return size() > MAX_ANSWERS;
    }
  };

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
    Question question = new Question(definition.getId(),
        Collections.unmodifiableMap(new HashMap<>(inputs)));
    synchronized (answers) {
      Answer known = answers.get(question);
      if (known != null) {
        return known;
      }
    }
    DmnDecisionResult result = dmnEngine.evaluateDecision(definition, Variables.fromMap(inputs));
    List<Map<String, Object>> rows = result.getResultList().stream()
        .map(row -> Collections.unmodifiableMap(new LinkedHashMap<>(row))).toList();
    Answer answer = new Answer(definition.getId(), definition.getVersion(), rows);
    synchronized (answers) {
      answers.put(question, answer);
    }
    return answer;
  }
}
