package com.daocloud.support.incident;

/** The events of an incident's timeline, as the API writes them. */
public final class TimelineEvent {

  public static final String REPORTED = "reported";
  public static final String CLASSIFIED = "classified";
  public static final String ENTITLEMENT = "entitlement";
  public static final String RESPONSE_DUE = "response-due";
  public static final String ACCESS_REQUESTED = "access-requested";
  public static final String ACCESS_GRANTED = "access-granted";
  public static final String ACCESS_REFUSED = "access-refused";
  public static final String RECLASSIFIED = "reclassified";
  public static final String CONTACTED = "contacted";
  public static final String ON_SITE_DISPATCHED = "on-site-dispatched";
  public static final String ON_SITE_ARRIVED = "on-site-arrived";
  public static final String STATUS_UPDATE = "status-update";
  /** Internal: 75 % of the response time has passed without a first contact. */
  public static final String RESPONSE_WARNING = "response-warning";
  public static final String RESPONSE_BREACHED = "response-breached";
  public static final String SUGGESTION_ANSWERED = "suggestion-answered";
  /** SCP-1, SCP-2: the customer is told why the request is out of scope, before any work starts. */
  public static final String OUT_OF_SCOPE = "out-of-scope";
  public static final String FEES_AGREED = "fees-agreed";
  public static final String FEES_NOT_AGREED = "fees-not-agreed";
  /** SCP-3: the requested service would pose a security risk and is not provided. */
  public static final String SERVICE_DECLINED = "service-declined";
  /** SCP-1, SCP-4: a third-party cause, its supplier and, where it harms the product, the advice to remove it. */
  public static final String THIRD_PARTY = "third-party";
  public static final String INFORMATION_REQUESTED = "information-requested";
  public static final String INFORMATION_PROVIDED = "information-provided";
  public static final String SOLUTION_PROPOSED = "solution-proposed";
  /** The customer objected to the proposed solution; the incident is worked again. */
  public static final String SOLUTION_REJECTED = "solution-rejected";
  public static final String SOLUTION_ACCEPTED = "solution-accepted";
  /**
   * CLS-5: the resolution is a change request. The hook for change control: the incident records it
   * (the incident keeps the change request's number).
   */
  public static final String CHANGE_REQUEST = "change-request";
  public static final String CLOSED = "closed";

  private TimelineEvent() {
  }
}
