package com.daocloud.support.incident;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;

/** One row of {@code incidents}: what users query about an incident (the process holds the flow). */
public record Incident(
    long id,
    String number,
    String customerId,
    String cluster,
    String title,
    String description,
    String requestType,
    String productionImpact,
    boolean dataLoss,
    boolean workaroundAvailable,
    Contact contact,
    String reportedBy,
    Instant reportedAt,
    ZoneId timeZone,
    int level,
    String levelReason,
    String serviceTier,
    String status,
    String closureCode,
    String entitlementStatus,
    String entitlementReason,
    String entitlementExplanation,
    boolean extendedMaintenance,
    String responseTime,
    String coverage,
    String channels,
    String responseDue,
    Instant responseDueAt,
    String calendarId,
    Integer calendarVersion,
    String slaExplanation,
    Instant firstContactAt,
    boolean responseBreached,
    Instant onSiteDispatchedAt,
    Instant onSiteArrivedAt,
    String processInstanceId,
    String idempotencyKey) {

  /** Who the support organisation calls back ({@code Serializable}: part of {@code IncidentIntake.Received}). */
  public record Contact(String name, String phone, String email) implements Serializable {
  }
}
