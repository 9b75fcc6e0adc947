package com.daocloud.support.customer;

import java.util.Arrays;
import java.util.Optional;

/** The service tiers of a maintenance order (RSP-1), as the API writes them. */
public enum ServiceTier {
  STANDARD("standard"),
  PREMIUM("premium"),
  PROFESSIONAL("professional");

  private final String code;

  ServiceTier(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<ServiceTier> ofCode(String code) {
    return Arrays.stream(values()).filter(tier -> tier.code.equals(code)).findFirst();
  }

  public static String allowed() {
    return "standard, premium or professional";
  }
}
