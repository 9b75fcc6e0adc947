package com.daocloud.support.incident.api;

import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.IncidentTimes;
import com.daocloud.support.incident.TimelineEntry;
import com.daocloud.support.incident.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
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

  record CustomerView(String id, String name, String tier) {
  }

  /** The cluster the incident is about, with product and version as the customer's record knows them now. */
  record InstallationView(String cluster, String product, String version) {
  }

  /**
   * The response promise: {@code due} as the API writes it (the customer zone's offset), {@code dueAt} the
   * same instant in UTC, {@code zone} the IANA zone it is expressed in; {@code respondedAt} the first contact.
   */
  record ResponseView(String due, String dueAt, String zone, String responseTime, String coverage,
      String explanation, String reportedAt, String respondedAt, boolean breached) {
  }

  /** A timeline entry as staff see it: {@code internal} entries are never shown to the customer. */
  record StaffTimelineView(String at, String event, String detail, boolean internal) {
  }

  /**
   * The staff card of an incident (Tasklist's Incident tab, docs/tasklist.md): the parts of {@link Detail}
   * and what staff need beside them (customer name, installation, the deadline as an instant and its zone,
   * channels, the whole timeline).
   */
  record Card(String number, String title, String description, String status, String closureCode,
      CustomerView customer, InstallationView installation, String requestType, String productionImpact,
      int level, String levelReason, EntitlementView entitlement, ResponseView response, List<String> channels,
      ContactView contact, OnSiteView onSite, ResolutionView resolution, SubscriptionView emailUpdates,
      List<StaffTimelineView> timeline) {
  }

  /** One row of Cockpit's SLA board: an open incident, its deadline and 75 % warning as instants. */
  record BoardRow(String number, String processInstanceId, String customerId, String customerName, int level,
      String serviceTier, String status, String responseDue, String responseDueAt, String responseWarningAt,
      boolean responseBreached, String firstContactAt) {
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
    return new Detail(i.number(), i.customerId(), i.cluster(), i.title(), i.description(), i.requestType(),
        i.productionImpact(), i.level(), i.levelReason(), i.serviceTier(), i.status(), i.closureCode(),
        time(i, i.reportedAt()), i.responseDue(), i.responseTime(), i.coverage(), i.slaExplanation(),
        time(i, i.firstContactAt()), i.responseBreached(), entitlement(i), onSite(i), contact(i),
        resolution(resolution), subscription(subscription),
        timeline.stream().map(e -> new TimelineView(time(i, e.at()), e.event(), e.detail())).toList());
  }

  /**
   * @param customerName null when the customer's record is gone
   * @param installation null when the customer's record no longer lists the cluster
   * @param timeline     the whole timeline, internal entries included
   */
  static Card card(Incident i, String customerName, InstallationView installation, List<TimelineEntry> timeline,
      IncidentStore.Resolution resolution, IncidentStore.Subscription subscription) {
    return new Card(i.number(), i.title(), i.description(), i.status(), i.closureCode(),
        new CustomerView(i.customerId(), customerName, i.serviceTier()),
        installation == null ? new InstallationView(i.cluster(), null, null) : installation,
        i.requestType(), i.productionImpact(), i.level(), i.levelReason(), entitlement(i),
        new ResponseView(i.responseDue(), utc(i.responseDueAt()), i.timeZone().getId(), i.responseTime(),
            i.coverage(), i.slaExplanation(), time(i, i.reportedAt()), time(i, i.firstContactAt()),
            i.responseBreached()),
        channels(i.channels()), contact(i), onSite(i), resolution(resolution), subscription(subscription),
        timeline.stream().map(e -> new StaffTimelineView(time(i, e.at()), e.event(), e.detail(),
            !TimelineEvent.customerSees(e.event()))).toList());
  }

  static BoardRow boardRow(IncidentStore.Open i, String customerName, Instant responseWarningAt) {
    return new BoardRow(i.number(), i.processInstanceId(), i.customerId(), customerName, i.level(),
        i.serviceTier(), i.status(), i.responseDue(), utc(i.responseDueAt()), utc(responseWarningAt),
        i.responseBreached(), IncidentTimes.format(i.firstContactAt(), i.timeZone()));
  }

  private static OnSiteView onSite(Incident i) {
    String onSiteResponse = i.onSiteDispatchedAt() != null && i.onSiteArrivedAt() != null
        ? Duration.between(i.onSiteDispatchedAt(), i.onSiteArrivedAt()).toString() : null;
    return new OnSiteView(time(i, i.onSiteDispatchedAt()), time(i, i.onSiteArrivedAt()), onSiteResponse);
  }

  private static ContactView contact(Incident i) {
    return new ContactView(i.contact().name(), i.contact().phone(), i.contact().email());
  }

  private static ResolutionView resolution(IncidentStore.Resolution resolution) {
    return resolution.type() == null ? null
        : new ResolutionView(resolution.type(), resolution.summary(), resolution.changeRequestNumber());
  }

  /** The {@code response-sla} channels as stored ({@code "customer-service,phone,remote"}), as a list. */
  private static List<String> channels(String channels) {
    return channels == null || channels.isBlank() ? List.of()
        : Arrays.stream(channels.split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList();
  }

  /** An instant in UTC ({@code 2026-12-01T09:00:00Z}): what browsers parse into their own zone. */
  private static String utc(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
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
