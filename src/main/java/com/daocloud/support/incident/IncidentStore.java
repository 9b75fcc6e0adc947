package com.daocloud.support.incident;

import com.daocloud.support.entitlement.EntitlementStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code incidents} and {@code incident_timeline} tables (Flyway V4). Plain JDBC: it joins the
 * caller's transaction, so a delegate's writes commit or roll back with the engine's.
 */
@Repository
public class IncidentStore {

  private static final String COLUMNS = "id, number, customer_id, cluster, title, description, request_type,"
      + " production_impact, data_loss, workaround_available, contact_name, contact_phone, contact_email,"
      + " reported_by, reported_at, time_zone, level, level_reason, service_tier, status, closure_code,"
      + " entitlement_status, entitlement_reason, entitlement_explanation, extended_maintenance,"
      + " response_time, coverage, channels, response_due, response_due_at, calendar_id, calendar_version,"
      + " sla_explanation, first_contact_at, response_breached, onsite_dispatched_at, onsite_arrived_at,"
      + " process_instance_id, idempotency_key, change_downtime";

  private final JdbcTemplate jdbc;

  public IncidentStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The next value of the number sequence: atomic across nodes (H2 and PostgreSQL both know nextval). */
  public long nextNumberValue() {
    Long value = jdbc.queryForObject("SELECT nextval('incident_number_seq')", Long.class);
    return value;
  }

  /**
   * Inserts a new incident (its {@code id} is ignored) and returns its id.
   *
   * @throws org.springframework.dao.DuplicateKeyException when the customer already used the
   *     idempotency key
   */
  public long insert(Incident i) {
    return insert(i, null);
  }

  /**
   * As {@link #insert(Incident)}, with the instant of the 75 % response warning ({@link ResponsePlan#warningAt()},
   * null when no clock runs) in the same statement.
   */
  public long insert(Incident i, Instant responseWarningAt) {
    String sql = "INSERT INTO incidents (" + COLUMNS.substring("id, ".length()) + ", response_warning_at) VALUES ("
        + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        + " ?)";
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement ps = connection.prepareStatement(sql, new String[] {"id"});
      int n = 1;
      ps.setString(n++, i.number());
      ps.setString(n++, i.customerId());
      ps.setString(n++, i.cluster());
      ps.setString(n++, i.title());
      ps.setString(n++, i.description());
      ps.setString(n++, i.requestType());
      ps.setString(n++, i.productionImpact());
      ps.setBoolean(n++, i.dataLoss());
      ps.setBoolean(n++, i.workaroundAvailable());
      ps.setString(n++, i.contact().name());
      ps.setString(n++, i.contact().phone());
      ps.setString(n++, i.contact().email());
      ps.setString(n++, i.reportedBy());
      ps.setObject(n++, utc(i.reportedAt()));
      ps.setString(n++, i.timeZone().getId());
      ps.setInt(n++, i.level());
      ps.setString(n++, i.levelReason());
      ps.setString(n++, i.serviceTier());
      ps.setString(n++, i.status());
      ps.setString(n++, i.closureCode());
      ps.setString(n++, i.entitlementStatus());
      ps.setString(n++, i.entitlementReason());
      ps.setString(n++, i.entitlementExplanation());
      ps.setBoolean(n++, i.extendedMaintenance());
      ps.setString(n++, i.responseTime());
      ps.setString(n++, i.coverage());
      ps.setString(n++, i.channels());
      ps.setString(n++, i.responseDue());
      ps.setObject(n++, utc(i.responseDueAt()));
      ps.setString(n++, i.calendarId());
      ps.setObject(n++, i.calendarVersion());
      ps.setString(n++, i.slaExplanation());
      ps.setObject(n++, utc(i.firstContactAt()));
      ps.setBoolean(n++, i.responseBreached());
      ps.setObject(n++, utc(i.onSiteDispatchedAt()));
      ps.setObject(n++, utc(i.onSiteArrivedAt()));
      ps.setString(n++, i.processInstanceId());
      ps.setString(n++, i.idempotencyKey());
      ps.setBoolean(n++, i.changeDowntime());
      ps.setObject(n++, utc(responseWarningAt));
      return ps;
    }, keys);
    return keys.getKey().longValue();
  }

  public Optional<Incident> findByNumber(String number) {
    return jdbc.query("SELECT " + COLUMNS + " FROM incidents WHERE number = ?", ROW, number)
        .stream().findFirst();
  }

  public Optional<Incident> findByIdempotencyKey(String customerId, String key) {
    return jdbc.query("SELECT " + COLUMNS + " FROM incidents WHERE customer_id = ? AND idempotency_key = ?",
        ROW, customerId, key).stream().findFirst();
  }

  /** Incidents by customer and status (either may be null = any), oldest first. */
  public List<Incident> list(String customerId, String status) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM incidents WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (customerId != null) {
      sql.append(" AND customer_id = ?");
      args.add(customerId);
    }
    if (status != null) {
      sql.append(" AND status = ?");
      args.add(status);
    }
    sql.append(" ORDER BY reported_at, id");
    return jdbc.query(sql.toString(), ROW, args.toArray());
  }

  public void setProcessInstanceId(long id, String processInstanceId) {
    jdbc.update("UPDATE incidents SET process_instance_id = ? WHERE id = ?", processInstanceId, id);
  }

  public void addTimeline(long incidentId, TimelineEntry entry) {
    jdbc.update("INSERT INTO incident_timeline (incident_id, at, event, detail, internal) VALUES (?, ?, ?, ?, ?)",
        incidentId, utc(entry.at()), entry.event(), entry.detail(), entry.internal());
  }

  public void addTimeline(String number, TimelineEntry entry) {
    addTimeline(require(number).id(), entry);
  }

  /**
   * The timeline, oldest first; staff-only entries only when asked for. What the customer sees is the
   * policy of {@link TimelineEvent}, applied when reading, so a change of the policy also covers older
   * entries; the stored {@code internal} flag records the policy at the time of writing.
   */
  public List<TimelineEntry> timeline(long incidentId, boolean includeInternal) {
    return jdbc.query("SELECT at, event, detail, internal FROM incident_timeline WHERE incident_id = ? ORDER BY at, id",
        (rs, row) -> new TimelineEntry(instant(rs, "at"), rs.getString("event"), rs.getString("detail"),
            rs.getBoolean("internal")), incidentId).stream()
        .filter(entry -> includeInternal || TimelineEvent.customerSees(entry.event()))
        .toList();
  }

  /** A reclassification (L12-2): new level, terms, deadline and its 75 % warning; the report time stays. */
  public void reclassify(String number, int level, String levelReason, String responseTime, String coverage,
      String channels, String responseDue, Instant responseDueAt, Instant responseWarningAt, String calendarId,
      Integer calendarVersion, String slaExplanation) {
    jdbc.update("UPDATE incidents SET level = ?, level_reason = ?, response_time = ?, coverage = ?, channels = ?,"
            + " response_due = ?, response_due_at = ?, response_warning_at = ?, calendar_id = ?, calendar_version = ?,"
            + " sla_explanation = ? WHERE number = ?", level, levelReason, responseTime, coverage, channels,
        responseDue, utc(responseDueAt), utc(responseWarningAt), calendarId, calendarVersion, slaExplanation, number);
  }

  /**
   * Every incident that is not closed, oldest report first, at most {@code limit}: the SLA board's rows. Only
   * the columns the board needs (not the description and explanations), because it asks every 30 seconds.
   */
  public List<Open> open(int limit) {
    return jdbc.query("SELECT number, process_instance_id, customer_id, level, service_tier, status, response_due,"
            + " response_due_at, response_warning_at, response_breached, first_contact_at, reported_at, time_zone,"
            + " response_time, coverage, calendar_id, calendar_version FROM incidents WHERE status <> ?"
            + " ORDER BY reported_at, id FETCH FIRST " + limit + " ROWS ONLY",
        (rs, row) -> new Open(rs.getString("number"), rs.getString("process_instance_id"),
            rs.getString("customer_id"), rs.getInt("level"), rs.getString("service_tier"), rs.getString("status"),
            rs.getString("response_due"), instant(rs, "response_due_at"), instant(rs, "response_warning_at"),
            rs.getBoolean("response_breached"), instant(rs, "first_contact_at"), instant(rs, "reported_at"),
            ZoneId.of(rs.getString("time_zone")), rs.getString("response_time"), rs.getString("coverage"),
            rs.getString("calendar_id"), (Integer) rs.getObject("calendar_version", Integer.class)),
        IncidentStatus.CLOSED);
  }

  /**
   * An open incident as the SLA board needs it: {@code responseWarningAt} is null when no clock runs and in
   * rows written before the column existed; the terms, report time, zone and calendar version let
   * {@link ResponsePlanner#warningAt} compute it for those.
   */
  public record Open(String number, String processInstanceId, String customerId, int level, String serviceTier,
      String status, String responseDue, Instant responseDueAt, Instant responseWarningAt, boolean responseBreached,
      Instant firstContactAt, Instant reportedAt, ZoneId timeZone, String responseTime, String coverage,
      String calendarId, Integer calendarVersion) {
  }

  /**
   * What the SLA board shows beside {@link #open}'s rows, by number, for the same incidents: the title, and how
   * often the customer objected to a proposed solution (each objection sent the incident back to work).
   */
  public Map<String, BoardNotes> openBoardNotes(int limit) {
    Map<String, BoardNotes> notes = new HashMap<>();
    jdbc.query("SELECT i.number, i.title, (SELECT COUNT(*) FROM incident_timeline t WHERE t.incident_id = i.id"
            + " AND t.event = ?) AS objections FROM incidents i WHERE i.status <> ?"
            + " ORDER BY i.reported_at, i.id FETCH FIRST " + limit + " ROWS ONLY",
        rs -> {
          notes.put(rs.getString("number"), new BoardNotes(rs.getString("title"), rs.getInt("objections")));
        }, TimelineEvent.SOLUTION_REJECTED.code(), IncidentStatus.CLOSED);
    return notes;
  }

  /** An open incident's title and the number of the customer's objections to proposed solutions. */
  public record BoardNotes(String title, int objections) {
  }

  /**
   * EAM-4: an extended-maintenance contract now covers a waiting incident: its entitlement, and the response
   * deadline that counts from now; the incident is open again.
   */
  public void startResponseClock(String number, String entitlementStatus, String entitlementReason,
      String entitlementExplanation, boolean extendedMaintenance, String responseDue, Instant responseDueAt,
      Instant responseWarningAt, String calendarId, Integer calendarVersion, String slaExplanation) {
    jdbc.update("UPDATE incidents SET entitlement_status = ?, entitlement_reason = ?, entitlement_explanation = ?,"
            + " extended_maintenance = ?, response_due = ?, response_due_at = ?, response_warning_at = ?,"
            + " calendar_id = ?, calendar_version = ?, sla_explanation = ?, status = ? WHERE number = ?",
        entitlementStatus, entitlementReason, entitlementExplanation, extendedMaintenance, responseDue,
        utc(responseDueAt), utc(responseWarningAt), calendarId, calendarVersion, slaExplanation, IncidentStatus.OPEN,
        number);
  }

  /** EAM-4: the open incidents of a cluster that wait for an extended-maintenance contract, oldest first. */
  public List<String> waitingForExtendedMaintenance(String customerId, String cluster) {
    return jdbc.queryForList("SELECT number FROM incidents WHERE customer_id = ? AND cluster = ?"
            + " AND entitlement_status = ? AND status <> ? ORDER BY reported_at, id", String.class, customerId,
        cluster, EntitlementStatus.EAM_REQUIRED.code(), IncidentStatus.CLOSED);
  }

  /** Records the first contact (RSP-3); a later contact never moves it. */
  public void recordFirstContact(String number, Instant at) {
    jdbc.update("UPDATE incidents SET first_contact_at = ? WHERE number = ? AND first_contact_at IS NULL",
        utc(at), number);
  }

  public void markResponseBreached(String number) {
    jdbc.update("UPDATE incidents SET response_breached = TRUE WHERE number = ?", number);
  }

  public void recordOnSiteDispatch(String number, Instant at) {
    jdbc.update("UPDATE incidents SET onsite_dispatched_at = ? WHERE number = ?", utc(at), number);
  }

  public void recordOnSiteArrival(String number, Instant at) {
    jdbc.update("UPDATE incidents SET onsite_arrived_at = ? WHERE number = ?", utc(at), number);
  }

  /** A status the API writes other than closed (closing goes through {@link #close}). */
  public void setStatus(String number, String status) {
    jdbc.update("UPDATE incidents SET status = ? WHERE number = ?", status, number);
  }

  /** CLS-5: the proposed resolution; a later proposal (after an objection) replaces it. */
  public void recordResolution(String number, String resolutionType, String solutionSummary) {
    jdbc.update("UPDATE incidents SET resolution_type = ?, solution_summary = ? WHERE number = ?",
        resolutionType, solutionSummary, number);
  }

  /** CLS-5: the change request that carries out a change-request resolution. */
  public void linkChangeRequest(String number, String changeRequestNumber) {
    jdbc.update("UPDATE incidents SET change_request_number = ? WHERE number = ?",
        changeRequestNumber, number);
  }

  public Resolution resolution(long incidentId) {
    return jdbc.queryForObject("SELECT resolution_type, solution_summary, change_request_number FROM incidents"
            + " WHERE id = ?", (rs, row) -> new Resolution(rs.getString("resolution_type"),
            rs.getString("solution_summary"), rs.getString("change_request_number")), incidentId);
  }

  /** CLS-1: who gave the customer's latest answer to a proposed solution; a later answer replaces it. */
  public void recordClosureAnswer(String number, ClosureAnswer answer) {
    jdbc.update("UPDATE incidents SET closure_answered_by = ?, closure_answer_channel = ?, closure_answer_contact = ?"
        + " WHERE number = ?", answer.answeredBy(), answer.channel(), answer.contactName(), number);
  }

  /** CLS-1: who gave the latest answer to a proposed solution, if one came through the API. */
  public Optional<ClosureAnswer> closureAnswer(String number) {
    return jdbc.query("SELECT closure_answered_by, closure_answer_channel, closure_answer_contact FROM incidents"
            + " WHERE number = ? AND closure_answered_by IS NOT NULL",
        (rs, row) -> new ClosureAnswer(rs.getString(1), rs.getString(2), rs.getString(3)), number)
        .stream().findFirst();
  }

  /** An objection was recorded with its answer: the next answer is told apart from it. */
  public void clearClosureAnswer(String number) {
    jdbc.update("UPDATE incidents SET closure_answered_by = NULL, closure_answer_channel = NULL,"
        + " closure_answer_contact = NULL WHERE number = ?", number);
  }

  /** L12-7: the customer's e-mail updates for one incident. */
  public void subscribe(String number, String email, boolean enabled) {
    jdbc.update("UPDATE incidents SET updates_email = ?, updates_enabled = ? WHERE number = ?", email, enabled,
        number);
  }

  public Subscription subscription(String number) {
    return jdbc.query("SELECT updates_email, updates_enabled FROM incidents WHERE number = ?",
        (rs, row) -> new Subscription(rs.getString("updates_email"), rs.getBoolean("updates_enabled")), number)
        .stream().findFirst().orElse(Subscription.NONE);
  }

  /** The proposed resolution (CLS-5) and the change-control request it is linked to (null until linked). */
  public record Resolution(String type, String summary, String changeRequestNumber) {
  }

  /** Where e-mail updates go (L12-7); {@code enabled} false: none are sent. */
  public record Subscription(String email, boolean enabled) {
    public static final Subscription NONE = new Subscription(null, false);

    public boolean sends() {
      return enabled && email != null;
    }
  }

  public void close(String number, String closureCode) {
    jdbc.update("UPDATE incidents SET status = ?, closure_code = ? WHERE number = ?",
        IncidentStatus.CLOSED, closureCode, number);
  }

  public Incident require(String number) {
    return findByNumber(number)
        .orElseThrow(() -> new IllegalStateException("No incident " + number));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static final RowMapper<Incident> ROW = (rs, row) -> new Incident(
      rs.getLong("id"),
      rs.getString("number"),
      rs.getString("customer_id"),
      rs.getString("cluster"),
      rs.getString("title"),
      rs.getString("description"),
      rs.getString("request_type"),
      rs.getString("production_impact"),
      rs.getBoolean("data_loss"),
      rs.getBoolean("workaround_available"),
      new Incident.Contact(rs.getString("contact_name"), rs.getString("contact_phone"),
          rs.getString("contact_email")),
      rs.getString("reported_by"),
      instant(rs, "reported_at"),
      ZoneId.of(rs.getString("time_zone")),
      rs.getInt("level"),
      rs.getString("level_reason"),
      rs.getString("service_tier"),
      rs.getString("status"),
      rs.getString("closure_code"),
      rs.getString("entitlement_status"),
      rs.getString("entitlement_reason"),
      rs.getString("entitlement_explanation"),
      rs.getBoolean("extended_maintenance"),
      rs.getString("response_time"),
      rs.getString("coverage"),
      rs.getString("channels"),
      rs.getString("response_due"),
      instant(rs, "response_due_at"),
      rs.getString("calendar_id"),
      (Integer) rs.getObject("calendar_version", Integer.class),
      rs.getString("sla_explanation"),
      instant(rs, "first_contact_at"),
      rs.getBoolean("response_breached"),
      instant(rs, "onsite_dispatched_at"),
      instant(rs, "onsite_arrived_at"),
      rs.getString("process_instance_id"),
      rs.getString("idempotency_key"),
      rs.getBoolean("change_downtime"));
}
