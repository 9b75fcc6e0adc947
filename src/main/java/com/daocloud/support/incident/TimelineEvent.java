package com.daocloud.support.incident;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The events of an incident's timeline and the customer-communication policy for each: whether the
 * customer sees it (otherwise it is for staff only) and whether it is e-mailed to the customers who asked
 * for updates. This is the one table: the API's timeline filter and the e-mail notifier both read it, and
 * docs/communication.md shows it. Texts are message templates in {@code messages/incident*.properties}
 * under {@link #key()}, with the declared variants under {@code key + "." + variant}.
 */
public enum TimelineEvent {

  REPORTED("reported", true, false),
  CLASSIFIED("classified", true, false),
  ENTITLEMENT("entitlement", true, false, "no-deadline"),
  RESPONSE_DUE("response-due", true, false),
  /** SVC-2: reported during a critical phase the customer registered for the installation; a variant per kind. */
  CRITICAL_EVENT("critical-event", true, false, "peak", "launch", "upgrade"),
  /** L12-1: the access request reaches the customer: a call by customer service and e-mail to subscribers. */
  ACCESS_REQUESTED("access-requested", true, true),
  ACCESS_GRANTED("access-granted", true, false, "on-site"),
  ACCESS_REFUSED("access-refused", true, true, "refused"),
  /** L12-1: no access for a Level 2 (or a change downtime): resolution may be delayed. */
  ACCESS_MISSING("access-missing", true, true),
  /** L12-2: the customer is told that, and why, the incident is now Level 2. */
  RECLASSIFIED("reclassified", true, true),
  CONTACTED("contacted", true, false, "in-time", "late"),
  /** EAM-4: an extended-maintenance contract now covers the waiting incident; its response deadline starts. */
  EXTENDED_MAINTENANCE("extended-maintenance", true, true, "no-deadline"),
  /** LC-4: a support manager's decision whether experts can help with deprecated software. */
  BEST_EFFORT("best-effort", true, true, "no-experts"),
  ON_SITE_DISPATCHED("on-site-dispatched", true, false),
  ON_SITE_ARRIVED("on-site-arrived", true, false),
  /** L12-4: the hourly status of a Level 1 incident, in the timeline and by e-mail to subscribers. */
  STATUS_UPDATE("status-update", true, true, "call", "conference"),
  /** L12-4: what the duty supervisor did about an overdue hourly update. */
  STATUS_UPDATE_CHASED("status-update-chased", false, false),
  /** 75 % of the response time has passed without a first contact: a nudge to staff, not news for the customer. */
  RESPONSE_WARNING("response-warning", false, false),
  RESPONSE_BREACHED("response-breached", true, false),
  /**
   * What the duty supervisor did about a missed response deadline, a variant per action; like the chase of an
   * overdue status update, a note between staff: the customer already reads that the deadline was missed.
   */
  RESPONSE_BREACH_HANDLED("response-breach-handled", false, false, "called-customer", "reassigned", "escalated",
      "other", "no-note"),
  SUGGESTION_ANSWERED("suggestion-answered", true, true, "accepted", "not-accepted", "no-comment"),
  /** SCP-1, SCP-2: the customer is told why the request is out of scope, before any work starts. */
  OUT_OF_SCOPE("out-of-scope", true, true, "late"),
  FEES_AGREED("fees-agreed", true, true),
  FEES_NOT_AGREED("fees-not-agreed", true, true),
  /** SCP-3: the requested service would pose a security risk and is not provided. */
  SERVICE_DECLINED("service-declined", true, true),
  /** SCP-1, SCP-4: a third-party cause, its supplier and, where it harms the product, the advice to remove it. */
  THIRD_PARTY("third-party", true, true, "named", "harmful"),
  /** SCP-4: the customer's answer to the recommendation to remove a harmful third-party product. */
  THIRD_PARTY_REMOVAL("third-party-removal", true, false, "agreed", "refused"),
  /** SCP-4: a support manager's decision on the support level of a customer who keeps a harmful product. */
  SUPPORT_LEVEL("support-level", true, true, "lowered"),
  /** SCP-5: assistance with virus damage on request, without liability for lost data. */
  VIRUS_ASSISTANCE("virus-assistance", true, true),
  INFORMATION_REQUESTED("information-requested", true, true),
  INFORMATION_PROVIDED("information-provided", true, true),
  /** CLS-5; "code-fix" marks a solution that includes a code-level fix (EAM-2, LC-4). */
  SOLUTION_PROPOSED("solution-proposed", true, true, "consultation", "countermeasure", "change-request", "code-fix"),
  /** The customer objected to the proposed solution; the incident is worked again. */
  SOLUTION_REJECTED("solution-rejected", true, true, "no-comment", "answered", "answered-no-comment"),
  /** CLS-1: the customer agreed to close; "answered" names who gave the answer and how ({@link ClosureAnswer}). */
  SOLUTION_ACCEPTED("solution-accepted", true, false, "answered"),
  /**
   * CLS-5: the resolution is a change request. The hook for change control: the incident records it
   * (the incident keeps the change request's number).
   */
  CHANGE_REQUEST("change-request", true, false, "unnumbered"),
  CLOSED("closed", true, true, "no-note");

  /** Prefix of every timeline template in the bundle. */
  public static final String KEY_PREFIX = "timeline.";
  /** Suffix of the e-mail subject line's template of an e-mailed event. */
  public static final String HEADLINE = "headline";

  private final String code;
  private final boolean customerSees;
  private final boolean emailed;
  private final List<String> variants;

  TimelineEvent(String code, boolean customerSees, boolean emailed, String... variants) {
    this.code = code;
    this.customerSees = customerSees;
    this.emailed = emailed;
    this.variants = List.of(variants);
  }

  /** The event as stored in the timeline and returned by the API. */
  public String code() {
    return code;
  }

  public boolean customerSees() {
    return customerSees;
  }

  /** Whether customers who asked for e-mail updates get one for this event. */
  public boolean emailed() {
    return emailed;
  }

  /** The template of the event's detail text. */
  public String key() {
    return KEY_PREFIX + code;
  }

  /** The template of one of the event's declared variants; an undeclared one is a programming error. */
  public String key(String variant) {
    if (!variants.contains(variant) && !(emailed && HEADLINE.equals(variant))) {
      throw new IllegalArgumentException("Timeline event " + code + " has no text variant " + variant);
    }
    return key() + "." + variant;
  }

  /** The event's declared text variants. */
  public List<String> variants() {
    return variants;
  }

  /** Every template key the event uses: the detail, its variants and, when e-mailed, the headline. */
  public List<String> keys() {
    List<String> keys = new java.util.ArrayList<>();
    keys.add(key());
    variants.forEach(v -> keys.add(key(v)));
    if (emailed) {
      keys.add(key(HEADLINE));
    }
    return List.copyOf(keys);
  }

  public static Optional<TimelineEvent> ofCode(String code) {
    return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
  }

  /** Whether a stored entry is shown to the customer; an event this version does not know stays with staff. */
  public static boolean customerSees(String code) {
    return ofCode(code).map(TimelineEvent::customerSees).orElse(false);
  }
}
