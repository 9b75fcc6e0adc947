package com.daocloud.support.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * CHG-5: a lapse in a customer's maintenance orders: no order covered {@code lapsedFrom} up to the day before
 * {@code returnedOn}, when the next order started. The order history decides it, not the customer.
 */
public record OrderLapse(LocalDate lapsedFrom, LocalDate returnedOn) {

  /**
   * The latest lapse that an installation activated on {@code activatedOn} went through by {@code date}: a gap between
   * two consecutive orders (oldest first) that opened after the activation and closed on or before the date.
   */
  public static Optional<OrderLapse> latest(List<MaintenanceOrder> orders, LocalDate activatedOn, LocalDate date) {
    OrderLapse latest = null;
    LocalDate coveredUntil = null;
    for (int i = 1; i < orders.size(); i++) {
      // Orders may overlap: the history covers up to the latest end so far.
      LocalDate end = orders.get(i - 1).end();
      coveredUntil = coveredUntil == null || end.isAfter(coveredUntil) ? end : coveredUntil;
      LocalDate nextStart = orders.get(i).start();
      boolean gap = coveredUntil.plusDays(1).isBefore(nextStart);
      if (gap && !coveredUntil.isBefore(activatedOn) && !nextStart.isAfter(date)) {
        latest = new OrderLapse(coveredUntil.plusDays(1), nextStart);
      }
    }
    return Optional.ofNullable(latest);
  }
}
