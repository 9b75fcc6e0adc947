package com.daocloud.support.lifecycle;

import com.daocloud.support.decision.DeployedDecisions;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Evaluates the deployed decision {@code support-lifecycle} (LC-1), so that an analyst's
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

  private final DeployedDecisions decisions;

  public LifecycleDecision(DeployedDecisions decisions) {
    this.decisions = decisions;
  }

  /** Empty when the table knows no such product or major version (it matches no rule). */
  public Optional<Outcome> evaluate(String product, int majorVersion, LocalDate onDate) {
    return outcome(decisions.evaluate(DECISION_KEY, Map.of(IN_PRODUCT, product,
        IN_MAJOR_VERSION, majorVersion, IN_ON_DATE, onDate.toString())).firstRow());
  }

  /**
   * The outcome of a matched row of the table (also the row the incident process's "Look up support phase"
   * task hands on); empty for no row (no rule matched).
   */
  public static Optional<Outcome> outcome(Map<String, ?> entries) {
    if (entries == null || entries.isEmpty()) {
      return Optional.empty();
    }
    String phase = (String) entries.get(OUT_PHASE);
    return Optional.of(new Outcome(
        LifecyclePhase.ofCode(phase).orElseThrow(() -> new IllegalStateException(
            "Decision " + DECISION_KEY + " returned an unknown phase: " + phase)),
        date(entries.get(OUT_GA_DATE)), date(entries.get(OUT_EOSS_DATE)),
        date(entries.get(OUT_EOSL_DATE))));
  }

  private static LocalDate date(Object value) {
    return value == null ? null : LocalDate.parse(value.toString());
  }
}
