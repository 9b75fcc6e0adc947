package com.daocloud.support.s360.advisory;

import java.time.Instant;

/**
 * What one affected S360 installation is told about an advisory: {@code assessment} is
 * {@link #ASSESSING} until the dedicated team assessed it, then one of the team's answers; {@code changeNumber}
 * is the change request opened when the customer accepted the upgrade offer.
 */
public record AdvisoryNotice(long id, long advisoryId, String customerId, String cluster, String version,
    String assessment, String note, Instant assessedAt, String assessedBy, String changeNumber,
    String processInstanceId) {

  public static final String ASSESSING = "assessing";
  public static final String UPGRADE_RECOMMENDED = "upgrade-recommended";
  public static final String WORKAROUND = "workaround";
  public static final String NOT_AFFECTED = "not-affected";
}
