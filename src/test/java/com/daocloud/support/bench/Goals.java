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
        boolean ok = goal.atLeast() ? number.doubleValue() >= goal.limit() : number.doubleValue() <= goal.limit();
        holds = ok ? "yes" : "NO";
      } else if (goal != null) {
        holds = "not measured";
      }
      table.append(String.format("| %s | %s | %s | %s |%n", key, format(value), goal == null ? "" : goal.text(),
          holds));
    }
    double intake = number(results.get("intake.incidentsPerSecond"));
    double bare = number(results.get("bareProcess.instancesPerSecond"));
    double pgbench = number(results.get("postgres.pgbenchTps"));
    table.append(String.format("%nintake / bare process = %.2f (goal >= 0.5: %s); intake / pgbench = %.3f%n",
        intake / bare, intake / bare >= 0.5 ? "holds" : "DOES NOT HOLD", intake / pgbench));
    notes.forEach((phase, note) -> table.append("  ").append(phase).append(": ").append(note).append('\n'));
    System.out.println(table);
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
