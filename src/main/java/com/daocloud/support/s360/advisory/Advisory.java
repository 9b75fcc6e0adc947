package com.daocloud.support.s360.advisory;

import java.time.Instant;
import java.util.List;

/** A published advisory (SVC-2): a product update or a community vulnerability, and what it affects. */
public record Advisory(long id, String kind, String product, String title, List<String> cveIds,
    List<String> affected, String fixedIn, String severity, Instant publishedAt, String publishedBy) {

  public static final String PRODUCT_UPDATE = "product-update";
  public static final String VULNERABILITY = "vulnerability";

  public Advisory {
    cveIds = List.copyOf(cveIds);
    affected = List.copyOf(affected);
  }
}
