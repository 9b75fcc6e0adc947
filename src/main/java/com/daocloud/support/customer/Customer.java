package com.daocloud.support.customer;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's whole record: profile, current maintenance order (null when none), installations and
 * the two designated administrators (CUS-1: primary first, then backup; empty when not named) and the
 * designated customer-service representative (L12-3: a user of {@code customer-service}, null when none
 * is named).
 */
public record Customer(String id, String name, ServiceTier serviceTier, ZoneId timeZone,
    String calendarId, MaintenanceOrder maintenanceOrder, List<Installation> installations,
    List<String> administrators, String representative) {

  public Customer {
    installations = List.copyOf(installations);
    administrators = List.copyOf(administrators);
  }

  /** A customer without a designated representative. */
  public Customer(String id, String name, ServiceTier serviceTier, ZoneId timeZone, String calendarId,
      MaintenanceOrder maintenanceOrder, List<Installation> installations, List<String> administrators) {
    this(id, name, serviceTier, timeZone, calendarId, maintenanceOrder, installations, administrators, null);
  }

  public Customer withRepresentative(String userId) {
    return new Customer(id, name, serviceTier, timeZone, calendarId, maintenanceOrder, installations,
        administrators, userId);
  }

  public Optional<MaintenanceOrder> order() {
    return Optional.ofNullable(maintenanceOrder);
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
