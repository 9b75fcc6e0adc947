package com.daocloud.support.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The goals of docs/benchmark.md: every key of results.json in its order, with its goal and whether it holds.
 */
final class Goals {

  /** The keys of results.json, in the order of docs/benchmark.md's goals. */
  static final List<String> KEYS = List.of(
      "postgres.pgbenchTps", "postgres.method", "bareProcess.instancesPerSecond", "bareProcess.p99Ms",
      "intake.incidentsPerSecond", "intake.p50Ms", "intake.p95Ms", "intake.p99Ms", "intake.count",
      "lifecycle.incidentsPerSecond",
      "timerLag.timers", "timerLag.p50Ms", "timerLag.p99Ms", "timerLag.maxMs", "timerLag.drainSeconds",
      "timers.timers", "timers.firedPerSecond", "timers.drainSeconds",
      "taskQuery.openTasks", "taskQuery.p95Ms", "slaClock.deadlinesPerSecond", "storage.bytesPerClosedIncident");

  private record Goal(String text, boolean atLeast, double limit) {
  }

  private static final Map<String, Goal> GOALS = Map.of(
      "intake.incidentsPerSecond", new Goal(">= 150", true, 150),
      "intake.p99Ms", new Goal("<= 150", false, 150),
      "lifecycle.incidentsPerSecond", new Goal(">= 50", true, 50),
      "timerLag.p99Ms", new Goal("<= 2000", false, 2000),
      // Due dates spread over the whole minute: the last is due at 60 s, so the drain ends 60 s + its lag.
      "timerLag.drainSeconds", new Goal("<= 60 (+2 s lag)", false, 62),
      "taskQuery.p95Ms", new Goal("<= 200", false, 200),
      "slaClock.deadlinesPerSecond", new Goal(">= 1000000", true, 1_000_000),
      "storage.bytesPerClosedIncident", new Goal("<= 25000", false, 25_000));

  /**
   * A goal stated as a ratio of two figures of the same run: the bare process (start, then a user task, on the
   * same engine and database) is the yardstick, so that the goal means the same on a busy or a quiet machine.
   */
  record RatioGoal(String name, String numerator, String denominator, boolean atLeast, double limit) {

    String text() {
      return (atLeast ? ">= " : "<= ") + (limit == Math.rint(limit) ? String.valueOf((long) limit)
          : String.valueOf(limit)) + " x";
    }

    double ratio(Map<String, Object> results) {
      return number(results.get(numerator)) / number(results.get(denominator));
    }

    /** "met", "NOT MET", or "not measured" when a phase of either figure did not run. */
    String verdict(Map<String, Object> results) {
      double ratio = ratio(results);
      if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
        return "not measured";
      }
      return (atLeast ? ratio >= limit : ratio <= limit) ? "met" : "NOT MET";
    }
  }

  /** The redesign's goals (docs/benchmark.md, "Goals"); storage is the absolute one in {@link #GOALS}. */
  static final List<RatioGoal> RATIOS = List.of(
      new RatioGoal("intake rate / bare start rate", "intake.incidentsPerSecond", "bareProcess.instancesPerSecond",
          true, 0.6),
      new RatioGoal("intake p99 / bare p99", "intake.p99Ms", "bareProcess.p99Ms", false, 2),
      new RatioGoal("lifecycle rate / bare start rate", "lifecycle.incidentsPerSecond",
          "bareProcess.instancesPerSecond", true, 0.25),
      new RatioGoal("timers fired per second / bare start rate", "timers.firedPerSecond",
          "bareProcess.instancesPerSecond", true, 1.5));

  private Goals() {
  }

  /** The results in the key order (missing phases: absent). */
  static Map<String, Object> ordered(Map<String, Object> results) {
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (String key : KEYS) {
      if (results.containsKey(key)) {
        ordered.put(key, results.get(key));
      }
    }
    return ordered;
  }

  static void print(Map<String, Object> results, Map<String, String> notes) {
    StringBuilder table = new StringBuilder("\n| key | value | goal | holds |\n|---|---:|---|---|\n");
    for (String key : KEYS) {
      Object value = results.get(key);
      Goal goal = GOALS.get(key);
      String holds = "";
      if (goal != null && value instanceof Number number) {
        holds = holds(goal, number) ? "yes" : "NO";
      } else if (goal != null) {
        holds = "not measured";
      }
      table.append(String.format("| %s | %s | %s | %s |%n", key, format(value), goal == null ? "" : goal.text(),
          holds));
    }
    table.append("\n| redesign goal (ratios of this run) | value | goal | holds |\n|---|---:|---|---|\n");
    for (RatioGoal goal : RATIOS) {
      double ratio = goal.ratio(results);
      table.append(String.format("| %s | %s | %s | %s |%n", goal.name(),
          Double.isNaN(ratio) || Double.isInfinite(ratio) ? "-" : String.format("%.2f", ratio), goal.text(),
          goal.verdict(results)));
    }
    GOALS.forEach((key, goal) -> {
      if (key.startsWith("storage.")) {
        table.append(String.format("| %s | %s | %s | %s |%n", key, format(results.get(key)), goal.text(),
            results.get(key) instanceof Number n ? (holds(goal, n) ? "met" : "NOT MET") : "not measured"));
      }
    });
    double perPgbench = number(results.get("intake.incidentsPerSecond")) / number(results.get("postgres.pgbenchTps"));
    if (!Double.isNaN(perPgbench)) {
      table.append(String.format("%nintake / pgbench = %.3f%n", perPgbench));
    }
    notes.forEach((phase, note) -> table.append("  ").append(phase).append(": ").append(note).append('\n'));
    System.out.println(table);
  }

  private static boolean holds(Goal goal, Number value) {
    return goal.atLeast() ? value.doubleValue() >= goal.limit() : value.doubleValue() <= goal.limit();
  }

  private static String format(Object value) {
    if (value == null) {
      return "-";
    }
    if (value instanceof Double d) {
      return String.format("%,.1f", d);
    }
    if (value instanceof Number n) {
      return String.format("%,d", n.longValue());
    }
    return value.toString();
  }

  private static double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : Double.NaN;
  }
}
