package com.daocloud.support.customer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's whole record: profile, maintenance orders (the history, oldest first: a gap between two is a
 * lapse, CHG-5; the latest is the current one), installations and
 * the two designated administrators (CUS-1: primary first, then backup; empty when not named) and the
 * designated customer-service representative (L12-3: a user of {@code customer-service}, null when none
 * is named).
 */
public record Customer(String id, String name, ServiceTier serviceTier, ZoneId timeZone,
    String calendarId, List<MaintenanceOrder> maintenanceOrders, List<Installation> installations,
    List<String> administrators, String representative) {

  public Customer {
    maintenanceOrders = maintenanceOrders.stream()
        .sorted(Comparator.comparing(MaintenanceOrder::start)).toList();
    installations = List.copyOf(installations);
    administrators = List.copyOf(administrators);
  }

  /** A customer with one maintenance order (or none: null). */
  public Customer(String id, String name, ServiceTier serviceTier, ZoneId timeZone, String calendarId,
      MaintenanceOrder maintenanceOrder, List<Installation> installations, List<String> administrators,
      String representative) {
    this(id, name, serviceTier, timeZone, calendarId,
        maintenanceOrder == null ? List.<MaintenanceOrder>of() : List.of(maintenanceOrder), installations,
        administrators, representative);
  }

  /** A customer with one maintenance order (or none: null) and without a designated representative. */
  public Customer(String id, String name, ServiceTier serviceTier, ZoneId timeZone, String calendarId,
      MaintenanceOrder maintenanceOrder, List<Installation> installations, List<String> administrators) {
    this(id, name, serviceTier, timeZone, calendarId, maintenanceOrder, installations, administrators, null);
  }

  public Customer withRepresentative(String userId) {
    return new Customer(id, name, serviceTier, timeZone, calendarId, maintenanceOrders, installations,
        administrators, userId);
  }

  /** The current maintenance order: the latest of the history; null when there is none. */
  public MaintenanceOrder maintenanceOrder() {
    return maintenanceOrders.isEmpty() ? null : maintenanceOrders.get(maintenanceOrders.size() - 1);
  }

  public Optional<MaintenanceOrder> order() {
    return Optional.ofNullable(maintenanceOrder());
  }

  /**
   * ENT-1: the order that speaks for a date: the latest one that started on or before it (it may have ended: the
   * cluster's service validity decides, ENT-4); empty when none had started.
   */
  public Optional<MaintenanceOrder> orderOn(LocalDate date) {
    return maintenanceOrders.stream().filter(order -> !order.start().isAfter(date))
        .reduce((earlier, later) -> later);
  }

  /**
   * CHG-5: the latest lapse of a cluster by the date: a gap between two orders after the cluster's activation (its
   * service ran out and a later order brought it back, on or before the date); empty without one.
   */
  public Optional<OrderLapse> lapseOf(String cluster, LocalDate date) {
    return installation(cluster).flatMap(installation -> OrderLapse.latest(maintenanceOrders,
        installation.activatedOn(), date));
  }

  public Optional<Installation> installation(String cluster) {
    return installations.stream().filter(i -> i.cluster().equals(cluster)).findFirst();
  }

  public CustomerProfile profile() {
    Map<String, CustomerProfile.Site> sites = new LinkedHashMap<>();
    for (Installation installation : installations) {
      if (installation.timeZone() != null || installation.calendarId() != null) {
        sites.put(installation.cluster(),
            new CustomerProfile.Site(installation.timeZone(), installation.calendarId()));
      }
    }
    return new CustomerProfile(id, name, serviceTier.code(), timeZone, calendarId, administrators,
        representative, sites);
  }
}
