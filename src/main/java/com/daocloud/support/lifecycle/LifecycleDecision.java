package com.daocloud.support.lifecycle;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Evaluates the deployed decision {@code support-lifecycle} (CONTRACT §3.3), so that an analyst's
 * new version of the table takes effect without a release of this application.
 */
@Component
public class LifecycleDecision {

  public static final String DECISION_KEY = "support-lifecycle";
  static final String IN_PRODUCT = "product";
  static final String IN_MAJOR_VERSION = "majorVersion";
  static final String IN_ON_DATE = "onDate";
  static final String OUT_PHASE = "phase";
  static final String OUT_GA_DATE = "gaDate";
  static final String OUT_EOSS_DATE = "eossDate";
  static final String OUT_EOSL_DATE = "eoslDate";

  /** The phase and dates of a major version on a date. */
  public record Outcome(LifecyclePhase phase, LocalDate gaDate, LocalDate eossDate,
      LocalDate eoslDate) {
  }

  private final DecisionService decisionService;

  public LifecycleDecision(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /** Empty when the table knows no such product or major version (it matches no rule). */
  public Optional<Outcome> evaluate(String product, int majorVersion, LocalDate onDate) {
    DmnDecisionResult result = decisionService.evaluateDecisionByKey(DECISION_KEY)
        .variables(Map.of(IN_PRODUCT, product, IN_MAJOR_VERSION, majorVersion,
            IN_ON_DATE, onDate.toString()))
        .evaluate();
    DmnDecisionResultEntries entries = result.getFirstResult();
    if (entries == null) {
      return Optional.empty();
    }
    String phase = entries.getEntry(OUT_PHASE);
    return Optional.of(new Outcome(
        LifecyclePhase.ofCode(phase).orElseThrow(() -> new IllegalStateException(
            "Decision " + DECISION_KEY + " returned an unknown phase: " + phase)),
        date(entries.getEntry(OUT_GA_DATE)), date(entries.getEntry(OUT_EOSS_DATE)),
        date(entries.getEntry(OUT_EOSL_DATE))));
  }

  private static LocalDate date(Object value) {
    return value == null ? null : LocalDate.parse(value.toString());
  }
}
