package com.daocloud.support.change;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The deployed {@code change-notice} decision (CHG-1, CHG-4): an analyst's new table applies at once. */
@Component
public class ChangeNoticeDecision {

  public static final String DECISION_KEY = "change-notice";
  static final String IN_CHANGE_TYPE = "changeType";
  static final String OUT_MINIMUM_NOTICE_DAYS = "minimumNoticeDays";
  static final String OUT_LATE_NOTICE_HANDLING = "lateNoticeHandling";

  /** The decision's answer for one change type. */
  public record Terms(int minimumNoticeDays, String lateNoticeHandling) {
  }

  private final DecisionService decisions;

  public ChangeNoticeDecision(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** @throws IllegalStateException when the table has no rule for a type the API accepts (a broken table) */
  public Terms terms(String changeType) {
    DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(DECISION_KEY,
        Map.of(IN_CHANGE_TYPE, changeType)).getSingleResult();
    if (row == null || row.getEntry(OUT_MINIMUM_NOTICE_DAYS) == null) {
      throw new IllegalStateException("Decision " + DECISION_KEY + " has no rule for " + changeType);
    }
    return new Terms(((Number) row.getEntry(OUT_MINIMUM_NOTICE_DAYS)).intValue(),
        row.getEntry(OUT_LATE_NOTICE_HANDLING));
  }
}
