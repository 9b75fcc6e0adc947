package com.daocloud.support.eam;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code eam_applications} table (Flyway V7); joins the caller's transaction. */
@Repository
public class EamApplicationStore {

  private static final String COLUMNS = "id, number, customer_id, cluster_id, product, version, years,"
      + " stable_environment, supported_configuration, willing_to_upgrade, on_latest_maintenance, eam_years,"
      + " eligible, reason, eoss_date, coverage_start, coverage_end, arrears_from, arrears_to, applied_on,"
      + " applied_by, status, decision_comment, process_instance_id";

  private final JdbcTemplate jdbc;

  public EamApplicationStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long nextNumberValue() {
    return jdbc.queryForObject("SELECT nextval('eam_application_number_seq')", Long.class);
  }

  public long insert(EamApplication a) {
    String sql = "INSERT INTO eam_applications (" + COLUMNS.substring("id, ".length()) + ") VALUES"
        + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement ps = connection.prepareStatement(sql, new String[] {"id"});
      int n = 1;
      ps.setString(n++, a.number());
      ps.setString(n++, a.customerId());
      ps.setString(n++, a.cluster());
      ps.setString(n++, a.product());
      ps.setString(n++, a.version());
      ps.setInt(n++, a.years());
      ps.setBoolean(n++, a.stableEnvironment());
      ps.setBoolean(n++, a.supportedConfiguration());
      ps.setBoolean(n++, a.willingToUpgrade());
      ps.setBoolean(n++, a.onLatestMaintenance());
      ps.setInt(n++, a.eamYears());
      ps.setBoolean(n++, a.eligible());
      ps.setString(n++, a.reason());
      ps.setDate(n++, date(a.eossDate()));
      ps.setDate(n++, date(a.coverageStart()));
      ps.setDate(n++, date(a.coverageEnd()));
      ps.setDate(n++, date(a.arrearsFrom()));
      ps.setDate(n++, date(a.arrearsTo()));
      ps.setDate(n++, date(a.appliedOn()));
      ps.setString(n++, a.appliedBy());
      ps.setString(n++, a.status());
      ps.setString(n++, a.decisionComment());
      ps.setString(n++, a.processInstanceId());
      return ps;
    }, keys);
    return keys.getKey().longValue();
  }

  public Optional<EamApplication> findByNumber(String number) {
    return jdbc.query("SELECT " + COLUMNS + " FROM eam_applications WHERE number = ?", ROW, number)
        .stream().findFirst();
  }

  public EamApplication require(String number) {
    return findByNumber(number).orElseThrow(() -> new IllegalStateException("No EAM application " + number));
  }

  public List<EamApplication> list(String customerId) {
    return customerId == null
        ? jdbc.query("SELECT " + COLUMNS + " FROM eam_applications ORDER BY id", ROW)
        : jdbc.query("SELECT " + COLUMNS + " FROM eam_applications WHERE customer_id = ? ORDER BY id", ROW,
            customerId);
  }

  public void setProcessInstanceId(long id, String processInstanceId) {
    jdbc.update("UPDATE eam_applications SET process_instance_id = ? WHERE id = ?", processInstanceId, id);
  }

  public void decide(String number, String status, String reason, String comment) {
    jdbc.update("UPDATE eam_applications SET status = ?, reason = ?, decision_comment = ? WHERE number = ?",
        status, reason, comment, number);
  }

  private static Date date(LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }

  private static LocalDate local(Date date) {
    return date == null ? null : date.toLocalDate();
  }

  private static final RowMapper<EamApplication> ROW = (rs, row) -> new EamApplication(
      rs.getLong("id"),
      rs.getString("number"),
      rs.getString("customer_id"),
      rs.getString("cluster_id"),
      rs.getString("product"),
      rs.getString("version"),
      rs.getInt("years"),
      rs.getBoolean("stable_environment"),
      rs.getBoolean("supported_configuration"),
      rs.getBoolean("willing_to_upgrade"),
      rs.getBoolean("on_latest_maintenance"),
      rs.getInt("eam_years"),
      rs.getBoolean("eligible"),
      rs.getString("reason"),
      local(rs.getDate("eoss_date")),
      local(rs.getDate("coverage_start")),
      local(rs.getDate("coverage_end")),
      local(rs.getDate("arrears_from")),
      local(rs.getDate("arrears_to")),
      local(rs.getDate("applied_on")),
      rs.getString("applied_by"),
      rs.getString("status"),
      rs.getString("decision_comment"),
      rs.getString("process_instance_id"));
}
