package com.daocloud.support.s360.advisory;

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

/** Tables {@code s360_advisory} and {@code s360_advisory_notice} (Flyway V12); joins the caller's transaction. */
@Repository
public class AdvisoryStore {

  private static final String ADVISORY = "SELECT id, kind, product, title, cve_ids, affected, fixed_in, severity,"
      + " published_at, published_by FROM s360_advisory";
  private static final String NOTICE = "SELECT id, advisory_id, customer_id, cluster_id, version, assessment, note,"
      + " assessed_at, assessed_by, change_number, process_instance_id FROM s360_advisory_notice";

  private final JdbcTemplate jdbc;

  public AdvisoryStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(Advisory a) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement ps = connection.prepareStatement("INSERT INTO s360_advisory (kind, product, title, cve_ids,"
          + " affected, fixed_in, severity, published_at, published_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          new String[] {"id"});
      ps.setString(1, a.kind());
      ps.setString(2, a.product());
      ps.setString(3, a.title());
      ps.setString(4, String.join(",", a.cveIds()));
      ps.setString(5, String.join(";", a.affected()));
      ps.setString(6, a.fixedIn());
      ps.setString(7, a.severity());
      ps.setTimestamp(8, Timestamp.from(a.publishedAt()));
      ps.setString(9, a.publishedBy());
      return ps;
    }, keys);
    return keys.getKey().longValue();
  }

  public long insertNotice(long advisoryId, String customerId, String cluster, String version) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement ps = connection.prepareStatement("INSERT INTO s360_advisory_notice (advisory_id, customer_id,"
          + " cluster_id, version, assessment) VALUES (?, ?, ?, ?, ?)", new String[] {"id"});
      ps.setLong(1, advisoryId);
      ps.setString(2, customerId);
      ps.setString(3, cluster);
      ps.setString(4, version);
      ps.setString(5, AdvisoryNotice.ASSESSING);
      return ps;
    }, keys);
    return keys.getKey().longValue();
  }

  public void setProcessInstanceId(long noticeId, String processInstanceId) {
    jdbc.update("UPDATE s360_advisory_notice SET process_instance_id = ? WHERE id = ?", processInstanceId, noticeId);
  }

  public void assess(long noticeId, String assessment, String note, Instant at, String by) {
    jdbc.update("UPDATE s360_advisory_notice SET assessment = ?, note = ?, assessed_at = ?, assessed_by = ?"
        + " WHERE id = ?", assessment, note, Timestamp.from(at), by, noticeId);
  }

  /** Records the change request of an accepted upgrade offer, once: false when one is already recorded. */
  public boolean acceptUpgrade(long noticeId, String changeNumber) {
    return jdbc.update("UPDATE s360_advisory_notice SET change_number = ? WHERE id = ? AND change_number IS NULL",
        changeNumber, noticeId) == 1;
  }

  public Optional<Advisory> find(long id) {
    return jdbc.query(ADVISORY + " WHERE id = ?", ADVISORY_ROW, id).stream().findFirst();
  }

  public Optional<AdvisoryNotice> findNotice(long id) {
    return jdbc.query(NOTICE + " WHERE id = ?", NOTICE_ROW, id).stream().findFirst();
  }

  /** Every advisory (customerId null) or those that reached the customer, newest first. */
  public List<Advisory> list(String customerId) {
    return customerId == null
        ? jdbc.query(ADVISORY + " ORDER BY id DESC", ADVISORY_ROW)
        : jdbc.query(ADVISORY + " WHERE id IN (SELECT advisory_id FROM s360_advisory_notice WHERE customer_id = ?)"
            + " ORDER BY id DESC", ADVISORY_ROW, customerId);
  }

  /** The advisory's notices: every customer's (customerId null) or one customer's. */
  public List<AdvisoryNotice> notices(long advisoryId, String customerId) {
    return customerId == null
        ? jdbc.query(NOTICE + " WHERE advisory_id = ? ORDER BY id", NOTICE_ROW, advisoryId)
        : jdbc.query(NOTICE + " WHERE advisory_id = ? AND customer_id = ? ORDER BY id", NOTICE_ROW, advisoryId,
            customerId);
  }

  private static List<String> split(String joined, String separator) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static final RowMapper<Advisory> ADVISORY_ROW = (rs, row) -> new Advisory(rs.getLong("id"),
      rs.getString("kind"), rs.getString("product"), rs.getString("title"), split(rs.getString("cve_ids"), ","),
      split(rs.getString("affected"), ";"), rs.getString("fixed_in"), rs.getString("severity"),
      instant(rs.getTimestamp("published_at")), rs.getString("published_by"));

  private static final RowMapper<AdvisoryNotice> NOTICE_ROW = (rs, row) -> new AdvisoryNotice(rs.getLong("id"),
      rs.getLong("advisory_id"), rs.getString("customer_id"), rs.getString("cluster_id"), rs.getString("version"),
      rs.getString("assessment"), rs.getString("note"), instant(rs.getTimestamp("assessed_at")),
      rs.getString("assessed_by"), rs.getString("change_number"), rs.getString("process_instance_id"));
}
