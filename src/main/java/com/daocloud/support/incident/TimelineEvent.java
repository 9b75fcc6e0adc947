package com.daocloud.support.incident;

/** The events of an incident's timeline (issue 5, item 4), as the API writes them. */
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
  public static final String CLOSED = "closed";

  private TimelineEvent() {
  }
}
