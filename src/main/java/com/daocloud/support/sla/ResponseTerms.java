package com.daocloud.support.sla;

/**
 * What the deployed {@code response-sla} decision (RSP-1) promises for one level and service tier,
 * and which decision version said so. {@code responseTime} and {@code coverage} are null for level 5.
 */
public record ResponseTerms(int level, String serviceTier, String responseTime, String coverage,
    String channels, String discussionCadence, String decisionDefinitionId, int decisionVersion) {

  /** Whether an SLA clock runs: level 5 suggestions have no response time. */
  public boolean hasClock() {
    return responseTime != null && coverage != null;
  }

  public boolean offersOnSite() {
    return channels != null && channels.contains("on-site");
  }
}
