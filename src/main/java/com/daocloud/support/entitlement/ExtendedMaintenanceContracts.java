package com.daocloud.support.entitlement;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Extended-maintenance contracts per cluster (table {@code dce_eam_contract}, EAM-2). The EAM
 * application process records a contract when it is approved; entitlement asks whether one is active.
 * {@code end} is the first day no longer covered (as {@code coverageEnd} of an EAM application, EAM-1).
 */
@Repository
public class ExtendedMaintenanceContracts {

  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;

  public ExtendedMaintenanceContracts(JdbcTemplate jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  /**
   * Published, in the recording transaction, when a contract is recorded (EAM-4: incidents of the cluster that wait
   * for one resume).
   */
  public record Recorded(String customerId, String cluster, LocalDate start, LocalDate end) {
  }

  public boolean isActive(String customerId, String cluster, LocalDate onDate) {
    Integer count = jdbc.queryForObject("SELECT count(*) FROM dce_eam_contract "
            + "WHERE customer_id = ? AND cluster_id = ? AND start_date <= ? AND end_date > ?",
        Integer.class, customerId, cluster, Date.valueOf(onDate), Date.valueOf(onDate));
    return count != null && count > 0;
  }

  /** One recorded contract: covers {@code [start, end)}. */
  public record Contract(LocalDate start, LocalDate end, String reference) {
  }

  /** The cluster's contracts, earliest first (the EAM application continues after the last, EAM-1). */
  public List<Contract> contracts(String customerId, String cluster) {
    return jdbc.query("SELECT start_date, end_date, reference FROM dce_eam_contract "
            + "WHERE customer_id = ? AND cluster_id = ? ORDER BY start_date, id",
        (rs, row) -> new Contract(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(),
            rs.getString(3)), customerId, cluster);
  }

  /** Records a contract covering {@code [start, end)}; {@code reference} e.g. the application number. */
  public void record(String customerId, String cluster, LocalDate start, LocalDate end,
      String reference) {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("An EAM contract must end after it starts");
    }
    jdbc.update("INSERT INTO dce_eam_contract (customer_id, cluster_id, start_date, end_date, "
            + "reference) VALUES (?, ?, ?, ?, ?)", customerId, cluster, Date.valueOf(start),
        Date.valueOf(end), reference);
    events.publishEvent(new Recorded(customerId, cluster, start, end));
  }
}
