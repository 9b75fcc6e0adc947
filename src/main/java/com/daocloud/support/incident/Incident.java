package com.daocloud.support.incident;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One row of {@code incidents}: what users query about an incident (the process holds the flow).
 * {@code changeDowntime}: the Level 1 incident of a change's unplanned downtime (CHG-2), never downgraded by
 * L12-2.
 */
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
    String idempotencyKey,
    boolean changeDowntime) {

  /** An incident the customer reported (not the downtime of a change). */
  public Incident(long id, String number, String customerId, String cluster, String title, String description,
      String requestType, String productionImpact, boolean dataLoss, boolean workaroundAvailable, Contact contact,
      String reportedBy, Instant reportedAt, ZoneId timeZone, int level, String levelReason, String serviceTier,
      String status, String closureCode, String entitlementStatus, String entitlementReason,
      String entitlementExplanation, boolean extendedMaintenance, String responseTime, String coverage,
      String channels, String responseDue, Instant responseDueAt, String calendarId, Integer calendarVersion,
      String slaExplanation, Instant firstContactAt, boolean responseBreached, Instant onSiteDispatchedAt,
      Instant onSiteArrivedAt, String processInstanceId, String idempotencyKey) {
    this(id, number, customerId, cluster, title, description, requestType, productionImpact, dataLoss,
        workaroundAvailable, contact, reportedBy, reportedAt, timeZone, level, levelReason, serviceTier, status,
        closureCode, entitlementStatus, entitlementReason, entitlementExplanation, extendedMaintenance, responseTime,
        coverage, channels, responseDue, responseDueAt, calendarId, calendarVersion, slaExplanation, firstContactAt,
        responseBreached, onSiteDispatchedAt, onSiteArrivedAt, processInstanceId, idempotencyKey, false);
  }

  /** Who the support organisation calls back ({@code Serializable}: part of {@code IncidentIntake.Received}). */
  public record Contact(String name, String phone, String email) implements Serializable {
  }
}
