package com.daocloud.support.customer;

import com.daocloud.support.lifecycle.Version;
import java.sql.Date;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Customers and what hangs off them, in the tables of {@code V2__customers.sql}. */
@Repository
public class CustomerRepository {

  private final JdbcTemplate jdbc;

  public CustomerRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean exists(String customerId) {
    Integer count = jdbc.queryForObject("SELECT count(*) FROM dce_customer WHERE id = ?",
        Integer.class, customerId);
    return count != null && count > 0;
  }

  public Optional<Customer> find(String customerId) {
    List<Customer> found = jdbc.query(
        "SELECT id, name, service_tier, time_zone, calendar_id, representative FROM dce_customer "
            + "WHERE id = ?",
        (rs, row) -> new Customer(rs.getString(1), rs.getString(2),
            ServiceTier.ofCode(rs.getString(3)).orElseThrow(), ZoneId.of(rs.getString(4)),
            rs.getString(5), List.of(), List.of(), List.of(), rs.getString(6)),
        customerId);
    return found.stream().findFirst().map(base -> new Customer(base.id(), base.name(),
        base.serviceTier(), base.timeZone(), base.calendarId(), orders(customerId),
        installations(customerId), administrators(customerId), base.representative()));
  }

  /** Replaces the customer's record: the caller runs this in one transaction. */
  public void replace(Customer customer) {
    String id = customer.id();
    if (exists(id)) {
      jdbc.update("UPDATE dce_customer SET name = ?, service_tier = ?, time_zone = ?, "
              + "calendar_id = ?, representative = ? WHERE id = ?", customer.name(),
          customer.serviceTier().code(), customer.timeZone().getId(), customer.calendarId(),
          customer.representative(), id);
    } else {
      jdbc.update("INSERT INTO dce_customer (id, name, service_tier, time_zone, calendar_id, "
              + "representative) VALUES (?, ?, ?, ?, ?, ?)", id, customer.name(),
          customer.serviceTier().code(), customer.timeZone().getId(), customer.calendarId(),
          customer.representative());
    }
    // Services go with their order (ON DELETE CASCADE).
    jdbc.update("DELETE FROM dce_maintenance_order WHERE customer_id = ?", id);
    jdbc.update("DELETE FROM dce_installation WHERE customer_id = ?", id);
    jdbc.update("DELETE FROM dce_customer_administrator WHERE customer_id = ?", id);
    customer.maintenanceOrders().forEach(order -> insertOrder(id, order));
    for (Installation installation : customer.installations()) {
      jdbc.update("INSERT INTO dce_installation (customer_id, cluster_id, product, version, kind, "
              + "activated_on, time_zone, calendar_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id,
          installation.cluster(), installation.product(), installation.version().toString(),
          installation.kind().code(), Date.valueOf(installation.activatedOn()),
          installation.timeZone() == null ? null : installation.timeZone().getId(),
          installation.calendarId());
    }
    List<String> administrators = customer.administrators();
    for (int i = 0; i < administrators.size(); i++) {
      jdbc.update("INSERT INTO dce_customer_administrator (customer_id, seq, user_id) "
          + "VALUES (?, ?, ?)", id, i + 1, administrators.get(i));
    }
  }

  public Optional<String> customerOfUser(String userId) {
    return jdbc.queryForList("SELECT customer_id FROM dce_customer_user WHERE user_id = ?",
        String.class, userId).stream().findFirst();
  }

  /** The users who act for the customer, by id (CUS-1: what its administrators see of them). */
  public List<String> usersOf(String customerId) {
    return jdbc.queryForList("SELECT user_id FROM dce_customer_user WHERE customer_id = ? ORDER BY user_id",
        String.class, customerId);
  }

  /** Lets an engine user act for a customer (group {@code customers}); moves it if mapped elsewhere. */
  public void assignUser(String userId, String customerId) {
    if (jdbc.update("UPDATE dce_customer_user SET customer_id = ? WHERE user_id = ?",
        customerId, userId) == 0) {
      jdbc.update("INSERT INTO dce_customer_user (user_id, customer_id) VALUES (?, ?)",
          userId, customerId);
    }
  }

  /** The engine user no longer acts for any customer (it is being deleted). */
  public void unassignUser(String userId) {
    jdbc.update("DELETE FROM dce_customer_user WHERE user_id = ?", userId);
  }

  /** Whether a customer, or one of its clusters (RSP-2), counts coverage in the calendar. */
  public boolean isCalendarUsed(String calendarId) {
    Integer count = jdbc.queryForObject("SELECT (SELECT count(*) FROM dce_customer WHERE calendar_id = ?)"
        + " + (SELECT count(*) FROM dce_installation WHERE calendar_id = ?)", Integer.class, calendarId,
        calendarId);
    return count != null && count > 0;
  }

  private void insertOrder(String customerId, MaintenanceOrder order) {
    jdbc.update("INSERT INTO dce_maintenance_order (customer_id, service_tier, start_date, "
            + "end_date, fees_paid) VALUES (?, ?, ?, ?, ?)", customerId, order.serviceTier().code(),
        Date.valueOf(order.start()), Date.valueOf(order.end()), order.feesPaid());
    // Orders are inserted one after the other into a history that was just emptied, so the newest id is this
    // one's; reading it back avoids generated-key differences between H2 and PostgreSQL.
    Long orderId = jdbc.queryForObject(
        "SELECT max(id) FROM dce_maintenance_order WHERE customer_id = ?", Long.class, customerId);
    for (OrderService service : order.services()) {
      jdbc.update("INSERT INTO dce_order_service (order_id, service) VALUES (?, ?)",
          orderId, service.code());
    }
  }

  /** The order history, oldest first (CHG-5). */
  private List<MaintenanceOrder> orders(String customerId) {
    return jdbc.query(
        "SELECT id, service_tier, start_date, end_date, fees_paid FROM dce_maintenance_order "
            + "WHERE customer_id = ? ORDER BY start_date, id",
        (rs, row) -> new MaintenanceOrder(ServiceTier.ofCode(rs.getString(2)).orElseThrow(),
            rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(), rs.getBoolean(5),
            services(rs.getLong(1))),
        customerId);
  }

  private Set<OrderService> services(long orderId) {
    Set<OrderService> services = EnumSet.noneOf(OrderService.class);
    jdbc.queryForList("SELECT service FROM dce_order_service WHERE order_id = ?", String.class,
        orderId).forEach(code -> OrderService.ofCode(code).ifPresent(services::add));
    return services;
  }

  private List<Installation> installations(String customerId) {
    return jdbc.query("SELECT cluster_id, product, version, kind, activated_on, time_zone, calendar_id "
            + "FROM dce_installation WHERE customer_id = ? ORDER BY cluster_id",
        (rs, row) -> new Installation(rs.getString(1), rs.getString(2),
            Version.parse(rs.getString(3)).orElseThrow(),
            InstallationKind.ofCode(rs.getString(4)).orElseThrow(),
            rs.getDate(5).toLocalDate(),
            rs.getString(6) == null ? null : ZoneId.of(rs.getString(6)), rs.getString(7)),
        customerId);
  }

  private List<String> administrators(String customerId) {
    return jdbc.queryForList("SELECT user_id FROM dce_customer_administrator "
        + "WHERE customer_id = ? ORDER BY seq", String.class, customerId);
  }
}
