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
  /** SCP-3, SCP-5: the requested service is declined (security risk). */
  public static final String CLOSED_DECLINED = "declined";
  /** SCP-2: the work is out of scope and its fees were not agreed. */
  public static final String CLOSED_OUT_OF_SCOPE = "out-of-scope";
  public static final List<String> CLOSURE_CODES = List.of(CLOSED_RESOLVED, CLOSED_TRANSFERRED, CLOSED_CANCELLED,
      CLOSED_NOT_ENTITLED, CLOSED_DECLINED, CLOSED_OUT_OF_SCOPE);

  private IncidentStatus() {
  }
}
