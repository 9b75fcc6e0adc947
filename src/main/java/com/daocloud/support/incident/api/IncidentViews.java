package com.daocloud.support.incident.api;

import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.IncidentTimes;
import com.daocloud.support.incident.TimelineEntry;
import java.time.Duration;
import java.util.List;

/**
 * The JSON bodies of the incident endpoints (the fields customers rely on, plus what staff need to see why).
 */
final class IncidentViews {

  private IncidentViews() {
  }

  record EntitlementView(String status, String reason, String explanation) {
  }

  /** 201 of {@code POST /api/incidents}. */
  record Created(String number, int level, String serviceTier, String status, String responseDue,
      String coverage, EntitlementView entitlement) {
  }

  record TimelineView(String at, String event, String detail) {
  }

  record OnSiteView(String dispatchedAt, String arrivedAt, String responseTime) {
  }

  record ContactView(String name, String phone, String email) {
  }

  /** CLS-5: the proposed resolution; {@code changeRequestNumber} links change control (null until it does). */
  record ResolutionView(String type, String summary, String changeRequestNumber) {
  }

  /** L12-7: where e-mail updates go. */
  record SubscriptionView(String email, boolean enabled) {
  }

  record Detail(String number, String customerId, String installation, String title, String description,
      String requestType, String productionImpact, int level, String levelReason, String serviceTier,
      String status, String closureCode, String reportedAt, String responseDue, String responseTime,
      String coverage, String slaExplanation, String firstContactAt, boolean responseBreached,
      EntitlementView entitlement, OnSiteView onSite, ContactView contact, ResolutionView resolution,
      SubscriptionView emailUpdates, List<TimelineView> timeline) {
  }

  record Summary(String number, String customerId, String title, int level, String serviceTier, String status,
      String closureCode, String reportedAt, String responseDue, String firstContactAt, boolean responseBreached) {
  }

  static Created created(Incident i) {
    return new Created(i.number(), i.level(), i.serviceTier(), i.status(), i.responseDue(), i.coverage(),
        entitlement(i));
  }

  static SubscriptionView subscription(IncidentStore.Subscription s) {
    return new SubscriptionView(s.email(), s.enabled());
  }

  static Detail detail(Incident i, List<TimelineEntry> timeline, IncidentStore.Resolution resolution,
      IncidentStore.Subscription subscription) {
    String onSiteResponse = i.onSiteDispatchedAt() != null && i.onSiteArrivedAt() != null
        ? Duration.between(i.onSiteDispatchedAt(), i.onSiteArrivedAt()).toString() : null;
    return new Detail(i.number(), i.customerId(), i.cluster(), i.title(), i.description(), i.requestType(),
        i.productionImpact(), i.level(), i.levelReason(), i.serviceTier(), i.status(), i.closureCode(),
        time(i, i.reportedAt()), i.responseDue(), i.responseTime(), i.coverage(), i.slaExplanation(),
        time(i, i.firstContactAt()), i.responseBreached(), entitlement(i),
        new OnSiteView(time(i, i.onSiteDispatchedAt()), time(i, i.onSiteArrivedAt()), onSiteResponse),
        new ContactView(i.contact().name(), i.contact().phone(), i.contact().email()),
        resolution.type() == null ? null
            : new ResolutionView(resolution.type(), resolution.summary(), resolution.changeRequestNumber()),
        subscription(subscription),
        timeline.stream().map(e -> new TimelineView(time(i, e.at()), e.event(), e.detail())).toList());
  }

  static Summary summary(Incident i) {
    return new Summary(i.number(), i.customerId(), i.title(), i.level(), i.serviceTier(), i.status(),
        i.closureCode(), time(i, i.reportedAt()), i.responseDue(), time(i, i.firstContactAt()),
        i.responseBreached());
  }

  private static EntitlementView entitlement(Incident i) {
    return new EntitlementView(i.entitlementStatus(), i.entitlementReason(), i.entitlementExplanation());
  }

  private static String time(Incident i, java.time.Instant instant) {
    return IncidentTimes.format(instant, i.timeZone());
  }
}
