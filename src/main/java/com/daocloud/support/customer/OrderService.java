package com.daocloud.support.customer;

import java.util.Arrays;
import java.util.Optional;

/**
 * The services a maintenance order can name (SVC-1). SNS is the support service itself: an order
 * without it buys no incident support (see {@code EntitlementRules}).
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

  public static String allowed() {
    return "SNS, PDS or S360";
  }
}
