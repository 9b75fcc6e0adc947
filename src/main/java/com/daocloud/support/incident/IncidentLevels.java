package com.daocloud.support.incident;

/** The levels of LVL-1..5 by name, and the sentence that says why an incident got its level. */
public final class IncidentLevels {

  private IncidentLevels() {
  }

  public static String name(int level) {
    return switch (level) {
      case 1 -> "production disaster";
      case 2 -> "severe impact";
      case 3 -> "general impact";
      case 4 -> "operational issue";
      case 5 -> "optimization suggestion";
      default -> "unknown level";
    };
  }

  /** E.g. "Level 1 (production disaster, LVL-1): fault, production impact outage, data loss: no, workaround: no". */
  public static String reason(int level, String requestType, String productionImpact, boolean dataLoss,
      boolean workaroundAvailable) {
    return "Level " + level + " (" + name(level) + ", LVL-" + level + "): " + requestType
        + ", production impact " + productionImpact + ", data loss: " + (dataLoss ? "yes" : "no")
        + ", workaround: " + (workaroundAvailable ? "yes" : "no");
  }
}
