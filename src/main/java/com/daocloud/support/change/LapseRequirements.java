package com.daocloud.support.change;

import com.daocloud.support.customer.OrderLapse;
import com.daocloud.support.entitlement.LapseSettlements;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * CHG-5: a cluster that returned after a lapse has met its requirements once a product addition bringing it back
 * (submitted since the lapse began) passed them under change control: the overdue fees paid and, unless it is under
 * warranty, re-certification passed, after which the change is accepted and goes on. Until then its incidents are
 * not entitled ({@code lapse-requirements-open}).
 */
@Component
public class LapseRequirements implements LapseSettlements {

  /** The statuses a returning change reaches only after its requirements were met. */
  static final List<String> PAST_REQUIREMENTS = List.of(ChangeStatus.ACCEPTED, ChangeStatus.PLANNED,
      ChangeStatus.SCHEDULED, ChangeStatus.COMPLETED, ChangeStatus.DOWNTIME, ChangeStatus.IN_REVIEW,
      ChangeStatus.REVIEWED, ChangeStatus.UNDER_REVIEW);

  private final JdbcTemplate jdbc;

  public LapseRequirements(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The statuses as SQL literals: constants of this class, never input. */
  private static final String PAST_REQUIREMENTS_SQL = PAST_REQUIREMENTS.stream().map(status -> "'" + status + "'")
      .collect(Collectors.joining(", "));

  @Override
  public boolean settled(String customerId, String cluster, OrderLapse lapse) {
    // From the day before the lapse began in UTC, so that a submission on that day counts in every zone.
    Timestamp since = Timestamp.from(lapse.lapsedFrom().atStartOfDay(ZoneOffset.UTC).minusDays(1).toInstant());
    Integer count = jdbc.queryForObject("SELECT count(*) FROM change_requests WHERE customer_id = ?"
        + " AND installation = ? AND returning_after_lapse = TRUE AND submitted_at >= ? AND status IN ("
        + PAST_REQUIREMENTS_SQL + ")", Integer.class, customerId, cluster, since);
    return count != null && count > 0;
  }
}
