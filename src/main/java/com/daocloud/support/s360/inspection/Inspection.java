package com.daocloud.support.s360.inspection;

import java.time.Instant;

/**
 * One health inspection of an S360 installation (SVC-2): due at {@code dueAt}; once completed, the report's six
 * sections and the findings.
 */
public record Inspection(long id, String customerId, String cluster, Instant dueAt, String status,
    Report report, Instant completedAt, String processInstanceId) {

  /** Waiting for its due date or for the team. */
  public static final String SCHEDULED = "scheduled";
  /** The report is published. */
  public static final String COMPLETED = "completed";

  /** The inspection report: the six sections of SVC-2 and the findings. */
  public record Report(String overallInformation, String managementNodes, String computeNodes,
      String applicationStatus, String functionalRequirements, String overallEvaluation, String findings) {
  }
}
