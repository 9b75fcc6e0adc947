package com.daocloud.support.s360.critical;

import java.time.Instant;
import java.util.List;

/**
 * A customer's critical phase (SVC-2): a peak period, a key launch or an upgrade, on some installations, from
 * {@code from} to {@code to}; the dedicated team's service plan before it and service report after it.
 */
public record CriticalEvent(long id, String customerId, List<String> installations, String kind, Instant from,
    Instant to, String description, String status, String servicePlan, String serviceReport, String registeredBy,
    String processInstanceId) {

  /** The team writes the service plan and staffing. */
  public static final String PLANNING = "planning";
  /** The plan is recorded; the window is ahead or running. */
  public static final String PLANNED = "planned";
  /** The service report is delivered. */
  public static final String REPORTED = "reported";

  public CriticalEvent {
    installations = List.copyOf(installations);
  }
}
