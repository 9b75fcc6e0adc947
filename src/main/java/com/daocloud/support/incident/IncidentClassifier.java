package com.daocloud.support.incident;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** LVL-1..5 through the deployed {@code incident-level} decision (an analyst's new version applies at once). */
@Component
public class IncidentClassifier {

  public static final String DECISION_KEY = "incident-level";

  private final DecisionService decisions;

  public IncidentClassifier(DecisionService decisions) {
    this.decisions = decisions;
  }

  public int level(String requestType, String productionImpact, boolean dataLoss, boolean workaroundAvailable) {
    var result = decisions.evaluateDecisionTableByKey(DECISION_KEY, Map.of(
        "requestType", requestType,
        "productionImpact", productionImpact,
        "dataLoss", dataLoss,
        "workaroundAvailable", workaroundAvailable)).getSingleResult();
    if (result == null || result.getEntry("level") == null) {
      throw new IllegalStateException("Decision " + DECISION_KEY + " gave no level for " + requestType + "/"
          + productionImpact);
    }
    return ((Number) result.getEntry("level")).intValue();
  }
}
