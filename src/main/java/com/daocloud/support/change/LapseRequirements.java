package com.daocloud.support.change;

import com.daocloud.support.customer.Customer;
import com.daocloud.support.customer.OrderLapse;
import com.daocloud.support.entitlement.LapseSettlements;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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

  @Override
  public boolean settled(String customerId, String cluster, OrderLapse lapse) {
    String statuses = String.join(", ", PAST_REQUIREMENTS.stream().map(status -> "?").toList());
    Object[] args = new Object[3 + PAST_REQUIREMENTS.size()];
    args[0] = customerId;
    args[1] = cluster;
    // From the day before the lapse began in UTC, so that a submission on that day counts in every zone.
    args[2] = Timestamp.from(lapse.lapsedFrom().atStartOfDay(ZoneOffset.UTC).minusDays(1).toInstant());
    for (int i = 0; i < PAST_REQUIREMENTS.size(); i++) {
      args[3 + i] = PAST_REQUIREMENTS.get(i);
    }
    Integer count = jdbc.queryForObject("SELECT count(*) FROM change_requests WHERE customer_id = ?"
        + " AND installation = ? AND returning_after_lapse = TRUE AND submitted_at >= ? AND status IN (" + statuses
        + ")", Integer.class, args);
    return count != null && count > 0;
  }

  /** Whether a cluster of the customer is back after a lapse whose requirements are still open (on the date). */
  public boolean open(Customer customer, String cluster, LocalDate date) {
    return customer.lapseOf(cluster, date).filter(lapse -> !settled(customer.id(), cluster, lapse)).isPresent();
  }
}
