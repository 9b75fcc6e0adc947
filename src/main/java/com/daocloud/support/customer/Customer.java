package com.daocloud.support.customer;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A customer's whole record: profile, current maintenance order (null when none), installations and
 * the two designated administrators (CUS-1: primary first, then backup; empty when not named).
 */
public record Customer(String id, String name, ServiceTier serviceTier, ZoneId timeZone,
    String calendarId, MaintenanceOrder maintenanceOrder, List<Installation> installations,
    List<String> administrators) {

  public Customer {
    installations = List.copyOf(installations);
    administrators = List.copyOf(administrators);
  }

  public Optional<MaintenanceOrder> order() {
    return Optional.ofNullable(maintenanceOrder);
  }

  public Optional<Installation> installation(String cluster) {
    return installations.stream().filter(i -> i.cluster().equals(cluster)).findFirst();
  }

  public CustomerProfile profile() {
    return new CustomerProfile(id, name, serviceTier.code(), timeZone, calendarId, administrators);
  }
}
