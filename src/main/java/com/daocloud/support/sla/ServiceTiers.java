package com.daocloud.support.sla;

import java.util.List;

/** The service tiers of a maintenance order (RSP-1, the {@code response-sla} input {@code serviceTier}). */
public final class ServiceTiers {

  public static final String STANDARD = "standard";
  public static final String PREMIUM = "premium";
  public static final String PROFESSIONAL = "professional";
  public static final List<String> ALL = List.of(STANDARD, PREMIUM, PROFESSIONAL);

  private ServiceTiers() {
  }

  public static boolean isKnown(String tier) {
    return ALL.contains(tier);
  }
}
