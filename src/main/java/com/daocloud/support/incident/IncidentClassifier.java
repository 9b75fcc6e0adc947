package com.daocloud.support.incident;

import com.daocloud.support.decision.DeployedDecisions;
import java.util.Map;
import org.springframework.stereotype.Component;

/** LVL-1..5 through the deployed {@code incident-level} decision (an analyst's new version applies at once). */
@Component
public class IncidentClassifier {

  public static final String DECISION_KEY = "incident-level";

  private final DeployedDecisions decisions;

  public IncidentClassifier(DeployedDecisions decisions) {
    this.decisions = decisions;
  }

  public int level(String requestType, String productionImpact, boolean dataLoss, boolean workaroundAvailable) {
    Map<String, Object> result = decisions.evaluate(DECISION_KEY, Map.of(
        "requestType", requestType,
        "productionImpact", productionImpact,
        "dataLoss", dataLoss,
        "workaroundAvailable", workaroundAvailable)).singleRow();
    if (result == null || result.get("level") == null) {
      throw new IllegalStateException("Decision " + DECISION_KEY + " gave no level for " + requestType + "/"
          + productionImpact);
    }
    return ((Number) result.get("level")).intValue();
  }
}
