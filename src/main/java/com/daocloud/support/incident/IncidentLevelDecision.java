package com.daocloud.support.incident;

import com.daocloud.support.decision.DeployedDecisions;
import com.daocloud.support.deployment.DecisionContract;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The level the deployed {@code incident-level} table (LVL-1..5) gives an incident described this way, for
 * previews before anything is reported (docs/portal.md). A reported incident is classified by its process, with
 * the same table and the same inputs, so the preview and the incident agree; the preview leaves no decision
 * instance behind ({@link DeployedDecisions}).
 */
@Component
public class IncidentLevelDecision {

  private final DeployedDecisions decisions;

  public IncidentLevelDecision(DeployedDecisions decisions) {
    this.decisions = decisions;
  }

  /**
   * @throws IllegalStateException if the deployed table has no rule for these inputs (callers pass values of
   *         the input domain only, so that is a broken table)
   */
  public int level(String requestType, String productionImpact, boolean dataLoss, boolean workaroundAvailable) {
    DeployedDecisions.Answer answer = decisions.evaluate(DecisionContract.INCIDENT_LEVEL, Map.of(
        Vars.REQUEST_TYPE, requestType, Vars.PRODUCTION_IMPACT, productionImpact,
        Vars.DATA_LOSS, dataLoss, Vars.WORKAROUND_AVAILABLE, workaroundAvailable));
    Map<String, Object> row = answer.singleRow();
    if (row == null || !(row.get(Vars.LEVEL) instanceof Number level)) {
      throw new IllegalStateException(DecisionContract.INCIDENT_LEVEL + " v" + answer.version()
          + " has no level for " + requestType + "/" + productionImpact);
    }
    return level.intValue();
  }
}
