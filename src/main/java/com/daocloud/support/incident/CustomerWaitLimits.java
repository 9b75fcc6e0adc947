package com.daocloud.support.incident;

import java.time.Period;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * CLS-2, CLS-4: how long the customer has to answer, from the deployed {@code customer-wait-limits}
 * decision (CLS-2, CLS-4). Asked each time a wait starts, so an analyst's new version applies to the
 * next wait and never moves a running one.
 */
@Component
public class CustomerWaitLimits {

  public static final String DECISION_KEY = "customer-wait-limits";

  private final DecisionService decisions;

  public CustomerWaitLimits(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** ISO-8601 durations in calendar time, e.g. {@code P7D}. */
  public record WaitLimits(String informationWait, String confirmationWait) {
  }

  public WaitLimits forLevel(int level) {
    var result = decisions.evaluateDecisionTableByKey(DECISION_KEY, Map.of("level", level)).getSingleResult();
    if (result == null) {
      throw new IllegalStateException("Decision " + DECISION_KEY + " has no rule for level " + level);
    }
    String information = result.getEntry("informationWait");
    String confirmation = result.getEntry("confirmationWait");
    // A malformed duration would only fail later in the timer: refuse it here, where it is clear.
    Period.parse(information);
    Period.parse(confirmation);
    return new WaitLimits(information, confirmation);
  }
}
