package com.daocloud.support.incident;

import java.util.List;

/** The incident statuses and closure codes, as the API writes them. */
public final class IncidentStatus {

  public static final String OPEN = "open";
  public static final String AWAITING_CUSTOMER = "awaiting-customer";
  public static final String SOLUTION_PROPOSED = "solution-proposed";
  public static final String CLOSED = "closed";
  public static final List<String> ALL = List.of(OPEN, AWAITING_CUSTOMER, SOLUTION_PROPOSED, CLOSED);

  public static final String CLOSED_RESOLVED = "resolved";
  public static final String CLOSED_TRANSFERRED = "transferred-to-customer";
  public static final String CLOSED_CANCELLED = "cancelled-by-customer";
  public static final String CLOSED_NOT_ENTITLED = "not-entitled";

  private IncidentStatus() {
  }
}
