package com.daocloud.support.change;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code change_requests} table (Flyway V7). Plain JDBC: it joins the caller's transaction, so a
 * delegate's writes commit or roll back with the engine's.
 */
@Repository
public class ChangeRequestStore {

  private static final String COLUMNS = "id, number, customer_id, change_type, planned_at, description,"
      + " new_data_center, effective_date, installation, returning_after_lapse, submitted_at, submitted_by,"
      + " minimum_notice_days, notice_days, notice_sufficient, late_notice_handling, additional_fees, status,"
      + " status_reason, change_plan, schedule_confirmed_at, incident_number, review_summary, process_instance_id";

  private final JdbcTemplate jdbc;

  public ChangeRequestStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long nextNumberValue() {
    return jdbc.queryForObject("SELECT nextval('change_request_number_seq')", Long.class);
  }

  /** Inserts a new change request (its id, plan, incident, review and process are ignored); returns its id. */
  public long insert(ChangeRequest c) {
    String sql = "INSERT INTO change_requests (number, customer_id, change_type, planned_at, description,"
        + " new_data_center, effective_date, installation, returning_after_lapse, submitted_at, submitted_by,"
        + " minimum_notice_days, notice_days, notice_sufficient, late_notice_handling, additional_fees, status)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement ps = connection.prepareStatement(sql, new String[] {"id"});
      int n = 1;
      ps.setString(n++, c.number());
      ps.setString(n++, c.customerId());
      ps.setString(n++, c.changeType());
      ps.setObject(n++, utc(c.plannedAt()));
      ps.setString(n++, c.description());
      ps.setString(n++, c.newDataCenter());
      ps.setDate(n++, c.effectiveDate() == null ? null : Date.valueOf(c.effectiveDate()));
      ps.setString(n++, c.installation());
      ps.setBoolean(n++, c.returningAfterLapse());
      ps.setObject(n++, utc(c.submittedAt()));
      ps.setString(n++, c.submittedBy());
      ps.setInt(n++, c.minimumNoticeDays());
      ps.setInt(n++, c.noticeDays());
      ps.setBoolean(n++, c.noticeSufficient());
      ps.setString(n++, c.lateNoticeHandling());
      ps.setBoolean(n++, c.additionalFees());
      ps.setString(n++, c.status());
      return ps;
    }, keys);
    return keys.getKey().longValue();
  }

  public Optional<ChangeRequest> findByNumber(String number) {
    return jdbc.query("SELECT " + COLUMNS + " FROM change_requests WHERE number = ?", ROW, number)
        .stream().findFirst();
  }

  public ChangeRequest require(String number) {
    return findByNumber(number).orElseThrow(() -> new IllegalStateException("No change request " + number));
  }

  /** A customer's change requests (null = every customer), oldest first. */
  public List<ChangeRequest> list(String customerId) {
    return customerId == null
        ? jdbc.query("SELECT " + COLUMNS + " FROM change_requests ORDER BY submitted_at, id", ROW)
        : jdbc.query("SELECT " + COLUMNS + " FROM change_requests WHERE customer_id = ? ORDER BY submitted_at, id",
            ROW, customerId);
  }

  public void setProcessInstanceId(long id, String processInstanceId) {
    jdbc.update("UPDATE change_requests SET process_instance_id = ? WHERE id = ?", processInstanceId, id);
  }

  public void setStatus(String number, String status, String reason) {
    jdbc.update("UPDATE change_requests SET status = ?, status_reason = ? WHERE number = ?", status, reason, number);
  }

  public void recordPlan(String number, String plan) {
    jdbc.update("UPDATE change_requests SET change_plan = ?, status = ? WHERE number = ?", plan,
        ChangeStatus.PLANNED, number);
  }

  public void recordScheduleConfirmed(String number, Instant at) {
    jdbc.update("UPDATE change_requests SET schedule_confirmed_at = ?, status = ? WHERE number = ?", utc(at),
        ChangeStatus.SCHEDULED, number);
  }

  /** CHG-2: the Level 1 incident of the change's downtime, linked to the change. */
  public void recordDowntimeIncident(String number, String incidentNumber) {
    jdbc.update("UPDATE change_requests SET incident_number = ?, status = ? WHERE number = ?", incidentNumber,
        ChangeStatus.DOWNTIME, number);
  }

  public void recordReview(String number, String summary) {
    jdbc.update("UPDATE change_requests SET review_summary = ?, status = ? WHERE number = ?", summary,
        ChangeStatus.REVIEWED, number);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static final RowMapper<ChangeRequest> ROW = (rs, row) -> new ChangeRequest(
      rs.getLong("id"),
      rs.getString("number"),
      rs.getString("customer_id"),
      rs.getString("change_type"),
      instant(rs, "planned_at"),
      rs.getString("description"),
      rs.getString("new_data_center"),
      rs.getDate("effective_date") == null ? null : rs.getDate("effective_date").toLocalDate(),
      rs.getString("installation"),
      rs.getBoolean("returning_after_lapse"),
      instant(rs, "submitted_at"),
      rs.getString("submitted_by"),
      rs.getInt("minimum_notice_days"),
      rs.getInt("notice_days"),
      rs.getBoolean("notice_sufficient"),
      rs.getString("late_notice_handling"),
      rs.getBoolean("additional_fees"),
      rs.getString("status"),
      rs.getString("status_reason"),
      rs.getString("change_plan"),
      instant(rs, "schedule_confirmed_at"),
      rs.getString("incident_number"),
      rs.getString("review_summary"),
      rs.getString("process_instance_id"));
}
