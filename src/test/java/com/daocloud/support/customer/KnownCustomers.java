package com.daocloud.support.customer;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A customer directory of a few fixed profiles, for tests that need a customer's zone and nothing else. */
public final class KnownCustomers implements CustomerDirectory {

  private final Map<String, CustomerProfile> profiles;

  public KnownCustomers(CustomerProfile... profiles) {
    this.profiles = Arrays.stream(profiles).collect(Collectors.toMap(CustomerProfile::id, Function.identity()));
  }

  /** Customers {@code ids}, all in {@code zone}, professional tier, calendar "weekdays", no clusters elsewhere. */
  public static KnownCustomers in(ZoneId zone, String... ids) {
    return new KnownCustomers(Arrays.stream(ids).map(id -> new CustomerProfile(id, id, "professional", zone,
        "weekdays", List.of())).toArray(CustomerProfile[]::new));
  }

  @Override
  public Optional<CustomerProfile> find(String customerId) {
    return Optional.ofNullable(profiles.get(customerId));
  }

  @Override
  public Optional<String> customerOfUser(String userId) {
    return Optional.empty();
  }

  @Override
  public List<String> clusters(String customerId) {
    return List.of();
  }
}
