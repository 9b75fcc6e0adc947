package com.daocloud.support.customer;

import java.util.Arrays;
import java.util.Optional;

/**
 * The services a maintenance order can name (SVC-1). Incident support comes with SNS or with S360 (SNS is for the
 * customers who have not bought S360); PDS alone is a deployment engagement, not incident support (see
 * {@code EntitlementRules}).
 */
public enum OrderService {
  SNS("support and subscription"),
  PDS("deployment service, priced per day"),
  S360("premium service 360");

  private final String description;

  OrderService(String description) {
    this.description = description;
  }

  public String code() {
    return name();
  }

  public String description() {
    return description;
  }

  public static Optional<OrderService> ofCode(String code) {
    return Arrays.stream(values()).filter(service -> service.name().equals(code)).findFirst();
  }

  /** SVC-1: whether an order with these services includes incident support (SNS or S360). */
  public static boolean includeIncidentSupport(java.util.Collection<OrderService> services) {
    return services.contains(SNS) || services.contains(S360);
  }

  public static String allowed() {
    return "SNS, PDS or S360";
  }
}
