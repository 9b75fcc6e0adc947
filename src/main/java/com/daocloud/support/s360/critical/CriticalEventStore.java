package com.daocloud.support.s360.critical;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Table {@code s360_critical_event} (Flyway V12); joins the caller's transaction. */
@Repository
public class CriticalEventStore {

  private static final String SELECT = "SELECT id, customer_id, installations, kind, window_from, window_to,"
      + " description, status, service_plan, service_report, registered_by, process_instance_id"
      + " FROM s360_critical_event";

  private final JdbcTemplate jdbc;

  public CriticalEventStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(CriticalEvent e) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement ps = connection.prepareStatement("INSERT INTO s360_critical_event (customer_id,"
          + " installations, kind, window_from, window_to, description, status, registered_by)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      ps.setString(1, e.customerId());
      ps.setString(2, String.join(",", e.installations()));
      ps.setString(3, e.kind());
      ps.setTimestamp(4, Timestamp.from(e.from()));
      ps.setTimestamp(5, Timestamp.from(e.to()));
      ps.setString(6, e.description());
      ps.setString(7, e.status());
      ps.setString(8, e.registeredBy());
      return ps;
    }, keys);
    return keys.getKey().longValue();
  }

  public void setProcessInstanceId(long id, String processInstanceId) {
    jdbc.update("UPDATE s360_critical_event SET process_instance_id = ? WHERE id = ?", processInstanceId, id);
  }

  public void recordPlan(long id, String plan) {
    jdbc.update("UPDATE s360_critical_event SET service_plan = ?, status = ? WHERE id = ?", plan,
        CriticalEvent.PLANNED, id);
  }

  public void recordReport(long id, String report) {
    jdbc.update("UPDATE s360_critical_event SET service_report = ?, status = ? WHERE id = ?", report,
        CriticalEvent.REPORTED, id);
  }

  public Optional<CriticalEvent> find(long id) {
    return jdbc.query(SELECT + " WHERE id = ?", ROW, id).stream().findFirst();
  }

  public List<CriticalEvent> list(String customerId) {
    return customerId == null
        ? jdbc.query(SELECT + " ORDER BY window_from DESC, id DESC", ROW)
        : jdbc.query(SELECT + " WHERE customer_id = ? ORDER BY window_from DESC, id DESC", ROW, customerId);
  }

  /** The customer's events whose window [from, to) contains {@code at}, the earliest-starting first. */
  public List<CriticalEvent> runningAt(String customerId, Instant at) {
    Timestamp time = Timestamp.from(at);
    return jdbc.query(SELECT + " WHERE customer_id = ? AND window_from <= ? AND window_to > ?"
        + " ORDER BY window_from, id", ROW, customerId, time, time);
  }

  private static final RowMapper<CriticalEvent> ROW = (rs, row) -> new CriticalEvent(rs.getLong("id"),
      rs.getString("customer_id"), Arrays.asList(rs.getString("installations").split(",")), rs.getString("kind"),
      rs.getTimestamp("window_from").toInstant(), rs.getTimestamp("window_to").toInstant(),
      rs.getString("description"), rs.getString("status"), rs.getString("service_plan"),
      rs.getString("service_report"), rs.getString("registered_by"), rs.getString("process_instance_id"));
}
