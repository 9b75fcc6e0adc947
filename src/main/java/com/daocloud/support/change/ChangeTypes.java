package com.daocloud.support.change;

import java.util.List;

/** The change types (CHG-1, CHG-4), as the {@code change-notice} decision and the API spell them. */
public final class ChangeTypes {

  public static final String PRODUCTION_CHANGE = "production-change";
  public static final String PRODUCT_MOVE = "product-move";
  public static final String PRODUCT_ADDITION = "product-addition";
  public static final String PRODUCT_REMOVAL = "product-removal";
  public static final String SERVICE_TIME_CHANGE = "service-time-change";
  public static final List<String> ALL = List.of(PRODUCTION_CHANGE, PRODUCT_MOVE, PRODUCT_ADDITION,
      PRODUCT_REMOVAL, SERVICE_TIME_CHANGE);

  private ChangeTypes() {
  }

  /** Null-safe: {@code List.of(..).contains(null)} throws, and an absent type is a 400, not a 500. */
  public static boolean isKnown(String changeType) {
    return changeType != null && ALL.contains(changeType);
  }

  /** CHG-4: a move names the new data center. */
  public static boolean needsNewDataCenter(String changeType) {
    return PRODUCT_MOVE.equals(changeType);
  }

  /** CHG-4: moving, adding or removing products and changing the service time name the effective date. */
  public static boolean needsEffectiveDate(String changeType) {
    return !PRODUCTION_CHANGE.equals(changeType) && isKnown(changeType);
  }

  /** CHG-5: only a product addition can be a product returning to maintenance after a lapse. */
  public static boolean mayReturnAfterLapse(String changeType) {
    return PRODUCT_ADDITION.equals(changeType);
  }
}
