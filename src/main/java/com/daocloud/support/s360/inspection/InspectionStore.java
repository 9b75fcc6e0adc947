package com.daocloud.support.s360.inspection;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Table {@code s360_inspection} (Flyway V12); joins the caller's transaction. */
@Repository
public class InspectionStore {

  private static final String SELECT = "SELECT id, customer_id, cluster_id, due_at, status, overall_information,"
      + " management_nodes, compute_nodes, application_status, functional_requirements, overall_evaluation,"
      + " findings, completed_at, process_instance_id FROM s360_inspection";

  private final JdbcTemplate jdbc;

  public InspectionStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(String customerId, String cluster, Instant dueAt) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement ps = connection.prepareStatement("INSERT INTO s360_inspection (customer_id, cluster_id,"
          + " due_at, status) VALUES (?, ?, ?, ?)", new String[] {"id"});
      ps.setString(1, customerId);
      ps.setString(2, cluster);
      ps.setTimestamp(3, Timestamp.from(dueAt));
      ps.setString(4, Inspection.SCHEDULED);
      return ps;
    }, keys);
    return keys.getKey().longValue();
  }

  public void setProcessInstanceId(long id, String processInstanceId) {
    jdbc.update("UPDATE s360_inspection SET process_instance_id = ? WHERE id = ?", processInstanceId, id);
  }

  public void complete(long id, Inspection.Report r, Instant at, String by) {
    jdbc.update("UPDATE s360_inspection SET status = ?, overall_information = ?, management_nodes = ?,"
        + " compute_nodes = ?, application_status = ?, functional_requirements = ?, overall_evaluation = ?,"
        + " findings = ?, completed_at = ?, inspected_by = ? WHERE id = ?", Inspection.COMPLETED,
        r.overallInformation(), r.managementNodes(), r.computeNodes(), r.applicationStatus(),
        r.functionalRequirements(), r.overallEvaluation(), r.findings(), Timestamp.from(at), by, id);
  }

  /** SVC-2: the change request a finding of the inspection opened. */
  public void recordChange(long id, String changeNumber) {
    jdbc.update("UPDATE s360_inspection SET change_number = ? WHERE id = ?", changeNumber, id);
  }

  /** The change request a finding of the inspection opened, if any. */
  public Optional<String> changeOf(long id) {
    return jdbc.queryForList("SELECT change_number FROM s360_inspection WHERE id = ? AND change_number IS NOT NULL",
        String.class, id).stream().findFirst();
  }

  public Optional<Inspection> find(long id) {
    return jdbc.query(SELECT + " WHERE id = ?", ROW, id).stream().findFirst();
  }

  /** Every inspection (customerId null) or one customer's, newest due date first. */
  public List<Inspection> list(String customerId) {
    return customerId == null
        ? jdbc.query(SELECT + " ORDER BY due_at DESC, id DESC", ROW)
        : jdbc.query(SELECT + " WHERE customer_id = ? ORDER BY due_at DESC, id DESC", ROW, customerId);
  }

  /** The installation's inspections, newest due date first. */
  public List<Inspection> of(String customerId, String cluster) {
    return jdbc.query(SELECT + " WHERE customer_id = ? AND cluster_id = ? ORDER BY due_at DESC, id DESC", ROW,
        customerId, cluster);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static final RowMapper<Inspection> ROW = (rs, row) -> new Inspection(rs.getLong("id"),
      rs.getString("customer_id"), rs.getString("cluster_id"), instant(rs.getTimestamp("due_at")),
      rs.getString("status"), rs.getString("status").equals(Inspection.COMPLETED)
          ? new Inspection.Report(rs.getString("overall_information"), rs.getString("management_nodes"),
              rs.getString("compute_nodes"), rs.getString("application_status"),
              rs.getString("functional_requirements"), rs.getString("overall_evaluation"), rs.getString("findings"))
          : null,
      instant(rs.getTimestamp("completed_at")), rs.getString("process_instance_id"));
}
