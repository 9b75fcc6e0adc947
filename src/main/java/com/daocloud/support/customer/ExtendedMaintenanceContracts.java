package com.daocloud.support.customer;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Extended-maintenance contracts per cluster, part of the customer's record (table {@code dce_eam_contract}, EAM-2,
 * EAM-4). The EAM application process records a contract once it is approved and its arrears are paid; an
 * administrator records contracts signed elsewhere on the customer record; entitlement asks whether one is active.
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

  /** One recorded contract of a cluster: covers {@code [start, end)}; {@code reference} says who recorded it. */
  public record Contract(long id, String cluster, LocalDate start, LocalDate end, String reference) {

    /** Whether an administrator recorded it from the customer record (not an approved EAM application). */
    public boolean administered() {
      return ADMINISTERED.equals(reference);
    }
  }

  /** The reference of a contract that an administrator records on the customer record (signed elsewhere). */
  public static final String ADMINISTERED = "customer-record";

  private static final String SELECT = "SELECT id, cluster_id, start_date, end_date, reference FROM dce_eam_contract ";

  private static Contract contract(ResultSet rs, int row) throws SQLException {
    return new Contract(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(),
        rs.getString(5));
  }

  /** The cluster's contracts, earliest first (the EAM application continues after the last, EAM-1). */
  public List<Contract> contracts(String customerId, String cluster) {
    return jdbc.query(SELECT + "WHERE customer_id = ? AND cluster_id = ? ORDER BY start_date, id",
        ExtendedMaintenanceContracts::contract, customerId, cluster);
  }

  /** Every contract of the customer, by cluster and start. */
  public List<Contract> contracts(String customerId) {
    return jdbc.query(SELECT + "WHERE customer_id = ? ORDER BY cluster_id, start_date, id",
        ExtendedMaintenanceContracts::contract, customerId);
  }

  /** Removes a contract an administrator recorded by mistake (one from an application stays). */
  public void remove(long id) {
    jdbc.update("DELETE FROM dce_eam_contract WHERE id = ?", id);
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
