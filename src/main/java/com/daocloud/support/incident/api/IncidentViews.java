package com.daocloud.support.incident.api;

import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.IncidentTimes;
import com.daocloud.support.incident.PolicyNotes;
import com.daocloud.support.incident.TimelineEntry;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.sla.SlaExplanation;
import com.daocloud.support.time.DeadlineWording;
import com.daocloud.support.time.HumanTimes;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The JSON bodies of the incident endpoints (the fields customers rely on, plus what staff need to see why).
 * Public for the support site's pages (docs/portal.md), which show what the API answers.
 */
public final class IncidentViews {

  static final String NUMBER_PATTERN = "^INC-\\d{4}-\\d{6,}$";

  private IncidentViews() {
  }

  @Schema(name = "Entitlement",
      description = "Whether the customer is entitled to support for this installation, and why")
  public record EntitlementView(
      @Schema(description = "Whether support is owed: entitled, limited (not on the latest version, LC-3), "
          + "eam-required (past the end of standard support without an EAM contract: the incident waits, EAM-4), "
          + "best-effort (deprecated version, LC-4) or not-entitled; the SLA clock runs only for entitled and limited",
          example = "limited", allowableValues = {"entitled", "limited", "eam-required", "best-effort",
              "not-entitled"}) String status,
      @Schema(description = "The rule that decided it", example = "not-latest-version") String reason,
      @Schema(description = "The same for people", example = "DCE 5.0.3 is not the latest version of the product, "
          + "5.0.7: support is limited and may cost extra. Upgrade to 5.0.7 for full support.") String explanation) {
  }

  /** 201 of {@code POST /api/incidents}. */
  @Schema(name = "IncidentReported", description = "The recorded incident: its number, level and response deadline")
  public record Created(
      @Schema(description = "The incident's number: INC-, the year, 6 digits", example = "INC-2026-000042",
          pattern = NUMBER_PATTERN) String number,
      @Schema(description = "1 (production down) to 5 (a suggestion)", minimum = "1", maximum = "5", example = "1")
      int level,
      @Schema(description = "The customer's service tier", example = "professional") String serviceTier,
      @Schema(description = "Where the incident stands", example = "open") String status,
      @Schema(description = "When support must have responded, in the installation's time zone; null without "
          + "an SLA clock (level 5, not entitled)", format = "date-time", example = "2026-11-30T10:30:00+08:00",
          types = {"string", "null"}) String responseDue,
      @Schema(description = "Which hours count towards the deadline; null without an SLA clock", example = "24x7",
          types = {"string", "null"}) String coverage,
      EntitlementView entitlement) {
  }

  @Schema(name = "TimelineEntry", description = "One thing that happened to the incident")
  public record TimelineView(
      @Schema(format = "date-time", example = "2026-11-30T09:30:00+08:00") String at,
      @Schema(description = "What happened", example = "reported") String event,
      @Schema(description = "The details, for people: times in words in the installation's zone, without the "
          + "policy's rule ids", example = "Production cluster down, API server not answering",
          types = {"string", "null"}) String detail,
      @Schema(description = "The policy rules (docs/policy.md) behind the entry, e.g. [\"L12-1\"]; empty for none")
      List<String> policy) {
  }

  @Schema(name = "OnSite", description = "On-site service (RSP-4): when engineers were sent and arrived")
  public record OnSiteView(
      @Schema(format = "date-time", types = {"string", "null"}) String dispatchedAt,
      @Schema(format = "date-time", types = {"string", "null"}) String arrivedAt,
      @Schema(format = "duration", example = "PT3H20M", types = {"string", "null"}) String responseTime) {
  }

  @Schema(name = "Contact", description = "Whom support calls back")
  public record ContactView(
      @Schema(example = "Li Lei") String name,
      @Schema(example = "+86 10 1234 5678", types = {"string", "null"}) String phone,
      @Schema(format = "email", example = "li.lei@example.com", types = {"string", "null"}) String email) {
  }

  /** CLS-5: the proposed resolution; {@code changeRequestNumber} links change control (null until it does). */
  @Schema(name = "Resolution", description = "The solution support proposed")
  public record ResolutionView(
      @Schema(example = "countermeasure") String type,
      @Schema(example = "Restarted the API server and raised its memory limit.") String summary,
      @Schema(example = "CHG-2026-000007", types = {"string", "null"}) String changeRequestNumber) {
  }

  /** L12-7: where e-mail updates go. */
  @Schema(name = "EmailUpdates", description = "Where e-mail updates of the incident go")
  public record SubscriptionView(
      @Schema(format = "email", example = "ops@example.com", types = {"string", "null"}) String email,
      boolean enabled) {
  }

  @Schema(name = "Incident", description = "An incident with its timeline, oldest entry (the report) first")
  public record Detail(
      @Schema(example = "INC-2026-000042", pattern = NUMBER_PATTERN) String number,
      @Schema(example = "acme") String customerId,
      @Schema(description = "The cluster", example = "prod-1") String installation,
      @Schema(example = "Production cluster down, API server not answering") String title,
      @Schema(example = "The API server does not answer.") String description,
      @Schema(example = "fault") String requestType,
      @Schema(example = "outage") String productionImpact,
      @Schema(minimum = "1", maximum = "5", example = "1") int level,
      @Schema(description = "Why this level", example = "fault, outage, no workaround (LVL-2)") String levelReason,
      @Schema(example = "professional") String serviceTier,
      @Schema(example = "solution-proposed") String status,
      @Schema(description = "How it was closed; null while open", example = "resolved", types = {"string", "null"})
      String closureCode,
      @Schema(format = "date-time", example = "2026-11-30T09:30:00+08:00") String reportedAt,
      @Schema(format = "date-time", example = "2026-11-30T10:30:00+08:00", types = {"string", "null"})
      String responseDue,
      @Schema(description = "The response time of the level and tier", format = "duration", example = "PT1H",
          types = {"string", "null"}) String responseTime,
      @Schema(example = "24x7", types = {"string", "null"}) String coverage,
      @Schema(description = "How the deadline was computed: the machine-readable record (response time, coverage, "
          + "clock start, calendar and version, coverage intervals counted)", types = {"string", "null"})
      String slaExplanation,
      @Schema(description = "The response deadline for people, in the installation's zone and relative to the time "
          + "of the request; null without an SLA clock", example = "Mon 30 Nov 10:30 Shanghai time (in 44 min)",
          types = {"string", "null"}) String responseDueText,
      @Schema(description = "How the deadline was computed, as a sentence; null without an SLA clock",
          example = "1 hour, counted around the clock from the report at Mon 30 Nov 09:30 Shanghai time",
          types = {"string", "null"}) String slaExplanationText,
      @Schema(description = "The policy rules behind the deadline (docs/policy.md); empty without an SLA clock",
          example = "[\"RSP-1\", \"RSP-2\", \"RSP-3\"]") List<String> slaPolicy,
      @Schema(description = "When support first responded; null until then", format = "date-time",
          types = {"string", "null"}) String firstContactAt,
      @Schema(description = "Whether the response came late (or is overdue)") boolean responseBreached,
      @Schema(description = "Whether it was reported during a critical phase the customer registered for the"
          + " cluster (SVC-2); see the timeline's critical-event entry") boolean criticalEvent,
      EntitlementView entitlement,
      OnSiteView onSite,
      ContactView contact,
      @Schema(description = "The proposed solution; null until one is proposed") ResolutionView resolution,
      SubscriptionView emailUpdates,
      List<TimelineView> timeline) {
  }

  @Schema(name = "IncidentSummary", description = "An incident in a list")
  public record Summary(
      @Schema(example = "INC-2026-000042", pattern = NUMBER_PATTERN) String number,
      @Schema(example = "acme") String customerId,
      @Schema(example = "Production cluster down, API server not answering") String title,
      @Schema(minimum = "1", maximum = "5", example = "1") int level,
      @Schema(example = "professional") String serviceTier,
      @Schema(example = "open") String status,
      @Schema(types = {"string", "null"}) String closureCode,
      @Schema(format = "date-time", example = "2026-11-30T09:30:00+08:00") String reportedAt,
      @Schema(format = "date-time", example = "2026-11-30T10:30:00+08:00", types = {"string", "null"})
      String responseDue,
      @Schema(format = "date-time", types = {"string", "null"}) String firstContactAt,
      boolean responseBreached) {
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
      String explanation, String reportedAt, String respondedAt, boolean breached, String termsText,
      String explanationText, List<String> policy) {
  }

  /**
   * A timeline entry as staff see it: {@code internal} entries are never shown to the customer; {@code atText}
   * the time in words, {@code detail} without rule ids, which are in {@code policy}.
   */
  record StaffTimelineView(String at, String event, String detail, boolean internal, String atText,
      List<String> policy) {
  }

  /**
   * The staff card of an incident (Tasklist's Incident tab, docs/tasklist.md): the parts of {@link Detail}
   * and what staff need beside them (customer name, installation, the deadline as an instant and its zone,
   * channels, the whole timeline).
   */
  record Card(String number, String title, String description, String status, String closureCode,
      CustomerView customer, InstallationView installation, String requestType, String productionImpact,
      int level, String levelReason, PolicyNotes.Noted levelReasonText, boolean criticalEvent,
      EntitlementView entitlement, ResponseView response,
      List<String> channels, ContactView contact, OnSiteView onSite, ResolutionView resolution,
      SubscriptionView emailUpdates, List<StaffTimelineView> timeline,
      IncidentSituation.EntitlementLine entitlementLine, IncidentSituation.Situation situation) {
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

  /** SVC-2: intake flags an incident reported during a critical phase with this customer-visible entry. */
  private static boolean criticalEvent(List<TimelineEntry> timeline) {
    return timeline.stream().anyMatch(e -> TimelineEvent.CRITICAL_EVENT.code().equals(e.event()));
  }

  /**
   * @param explanation the deadline's explanation recomputed from the row (empty without a deadline)
   * @param now         what "in 44 min" counts from
   */
  static Detail detail(Incident i, List<TimelineEntry> timeline, IncidentStore.Resolution resolution,
      IncidentStore.Subscription subscription, Optional<SlaExplanation> explanation, Instant now) {
    return new Detail(i.number(), i.customerId(), i.cluster(), i.title(), i.description(), i.requestType(),
        i.productionImpact(), i.level(), i.levelReason(), i.serviceTier(), i.status(), i.closureCode(),
        time(i, i.reportedAt()), i.responseDue(), i.responseTime(), i.coverage(), i.slaExplanation(),
        HumanTimes.in(i.timeZone()).atFromNow(i.responseDueAt(), now),
        explanation.map(e -> DeadlineWording.sentence(e, HumanTimes.ENGLISH)).orElse(null),
        i.responseDueAt() == null ? List.of() : SlaExplanation.POLICY,
        time(i, i.firstContactAt()), i.responseBreached(), criticalEvent(timeline), entitlement(i), onSite(i),
        contact(i), resolution(resolution), subscription(subscription),
        timeline.stream().map(e -> {
          PolicyNotes.Noted noted = PolicyNotes.split(e.detail());
          return new TimelineView(time(i, e.at()), e.event(), noted.text(), noted.policy());
        }).toList());
  }

  /**
   * @param customerName null when the customer's record is gone
   * @param installation null when the customer's record no longer lists the cluster
   * @param timeline     the whole timeline, internal entries included
   */
  static Card card(Incident i, String customerName, InstallationView installation, List<TimelineEntry> timeline,
      IncidentStore.Resolution resolution, IncidentStore.Subscription subscription,
      Optional<SlaExplanation> explanation, IncidentSituation.Situation situation, Instant now) {
    HumanTimes times = HumanTimes.in(i.timeZone());
    return new Card(i.number(), i.title(), i.description(), i.status(), i.closureCode(),
        new CustomerView(i.customerId(), customerName, i.serviceTier()),
        installation == null ? new InstallationView(i.cluster(), null, null) : installation,
        i.requestType(), i.productionImpact(), i.level(), i.levelReason(), PolicyNotes.split(i.levelReason()),
        criticalEvent(timeline), entitlement(i),
        new ResponseView(i.responseDue(), utc(i.responseDueAt()), i.timeZone().getId(), i.responseTime(),
            i.coverage(), i.slaExplanation(), time(i, i.reportedAt()), time(i, i.firstContactAt()),
            i.responseBreached(), times.responseTime(i.responseTime(), i.coverage()),
            explanation.map(e -> DeadlineWording.sentence(e, HumanTimes.ENGLISH)).orElse(null),
            i.responseDueAt() == null ? List.of() : SlaExplanation.POLICY),
        channels(i.channels()), contact(i), onSite(i), resolution(resolution), subscription(subscription),
        timeline.stream().map(e -> {
          PolicyNotes.Noted noted = PolicyNotes.split(e.detail());
          return new StaffTimelineView(time(i, e.at()), e.event(), noted.text(),
              !TimelineEvent.customerSees(e.event()), times.at(e.at(), now), noted.policy());
        }).toList(),
        IncidentSituation.entitlement(i), situation);
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
