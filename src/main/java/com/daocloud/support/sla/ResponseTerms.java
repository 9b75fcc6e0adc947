package com.daocloud.support.sla;

import java.util.Map;

/**
 * What the deployed {@code response-sla} decision (RSP-1) promises for one level and service tier,
 * and which decision version said so. {@code responseTime} and {@code coverage} are null for level 5.
 * {@code decisionDefinitionId} and {@code decisionVersion} are null when an incident's process evaluated
 * the table: its decision instance (Cockpit, history) names the version.
 */
public record ResponseTerms(int level, String serviceTier, String responseTime, String coverage,
    String channels, String discussionCadence, String decisionDefinitionId, Integer decisionVersion) {

  /** Whether an SLA clock runs: level 5 suggestions have no response time. */
  public boolean hasClock() {
    return responseTime != null && coverage != null;
  }

  /** The terms in one row of the table's outputs ({@code responseTime}, {@code coverage}, ...). */
  public static ResponseTerms of(int level, String serviceTier, Map<String, ?> outputs,
      String decisionDefinitionId, Integer decisionVersion) {
    return new ResponseTerms(level, serviceTier, text(outputs, "responseTime"), text(outputs, "coverage"),
        text(outputs, "channels"), text(outputs, "discussionCadence"), decisionDefinitionId, decisionVersion);
  }

  private static String text(Map<String, ?> outputs, String name) {
    Object value = outputs.get(name);
    return value == null ? null : value.toString();
  }

  public boolean offersOnSite() {
    return channels != null && channels.contains("on-site");
  }
}
