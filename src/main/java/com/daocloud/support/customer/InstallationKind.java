package com.daocloud.support.customer;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a product reached the customer (ENT-4): {@code software} — service runs from the licence's
 * first activation; {@code integrated} (delivered with hardware) — from the delivery date.
 */
public enum InstallationKind {
  SOFTWARE("software", "licence activation"),
  INTEGRATED("integrated", "delivery");

  private final String code;
  private final String serviceStart;

  InstallationKind(String code, String serviceStart) {
    this.code = code;
    this.serviceStart = serviceStart;
  }

  public String code() {
    return code;
  }

  /** What the activation date of this kind is, for sentences: "licence activation", "delivery". */
  public String serviceStart() {
    return serviceStart;
  }

  public static Optional<InstallationKind> ofCode(String code) {
    return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
  }
}
