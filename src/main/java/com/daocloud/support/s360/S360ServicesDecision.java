package com.daocloud.support.s360;

import com.daocloud.support.customer.ServiceTier;
import java.time.Period;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The deployed {@code s360-services} decision: how often a tier's installations are inspected (SVC-2). */
@Component
public class S360ServicesDecision {

  public static final String DECISION_KEY = "s360-services";
  public static final String RESOURCE = "dmn/s360-services.dmn";

  private final DecisionService decisions;

  public S360ServicesDecision(DecisionService decisions) {
    this.decisions = decisions;
  }

  public Period inspectionInterval(ServiceTier tier) {
    DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(DECISION_KEY,
        Map.of("serviceTier", tier.code())).getFirstResult();
    if (row == null || row.getEntry("inspectionInterval") == null) {
      throw new IllegalStateException("Decision " + DECISION_KEY + " gave no interval for " + tier.code());
    }
    return Period.parse(row.<String>getEntry("inspectionInterval"));
  }
}
