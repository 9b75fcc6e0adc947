package com.daocloud.support.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CHG-5: lapses are found from the order history, not declared. */
class OrderLapseTest {

  static MaintenanceOrder order(String start, String end) {
    return new MaintenanceOrder(ServiceTier.PREMIUM, LocalDate.parse(start), LocalDate.parse(end), true,
        Set.of(OrderService.SNS));
  }

  static final LocalDate ACTIVATED = LocalDate.parse("2024-01-01");

  @Test
  @DisplayName("CHG-5: a gap between two orders after the activation is a lapse, from the day after the first ended "
      + "to the day the next started")
  void gapIsALapse() {
    List<MaintenanceOrder> orders = List.of(order("2024-01-01", "2024-12-31"), order("2025-07-01", "2026-06-30"));

    assertThat(OrderLapse.latest(orders, ACTIVATED, LocalDate.parse("2025-07-01")))
        .contains(new OrderLapse(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-07-01")));
  }

  @Test
  @DisplayName("CHG-5: back-to-back renewals are no lapse, and a gap not yet closed by a new order is none either")
  void noGap() {
    List<MaintenanceOrder> renewals = List.of(order("2024-01-01", "2024-12-31"), order("2025-01-01", "2025-12-31"));
    assertThat(OrderLapse.latest(renewals, ACTIVATED, LocalDate.parse("2025-06-01"))).isEmpty();

    List<MaintenanceOrder> gap = List.of(order("2024-01-01", "2024-12-31"), order("2025-07-01", "2026-06-30"));
    assertThat(OrderLapse.latest(gap, ACTIVATED, LocalDate.parse("2025-06-30"))).as("not back yet").isEmpty();
  }

  @Test
  @DisplayName("CHG-5: a gap before the cluster was activated is not its lapse (a new cluster has its own start, ENT-5)")
  void gapBeforeActivationIsNotALapse() {
    List<MaintenanceOrder> orders = List.of(order("2024-01-01", "2024-12-31"), order("2025-07-01", "2026-06-30"));

    assertThat(OrderLapse.latest(orders, LocalDate.parse("2025-07-15"), LocalDate.parse("2026-01-01"))).isEmpty();
  }

  @Test
  @DisplayName("CHG-5: overlapping orders cover up to the latest end; of several gaps the latest counts")
  void overlapsAndSeveralGaps() {
    List<MaintenanceOrder> orders = List.of(order("2024-01-01", "2024-12-31"), order("2024-06-01", "2025-05-31"),
        order("2025-06-01", "2025-12-31"), order("2026-03-01", "2026-12-31"));

    assertThat(OrderLapse.latest(orders, ACTIVATED, LocalDate.parse("2026-11-30")))
        .contains(new OrderLapse(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-01")));
  }

  @Test
  @DisplayName("ENT-1: the order that speaks for a date is the latest that started by then")
  void orderOnADate() {
    Customer customer = new Customer("acme", "Acme", ServiceTier.PREMIUM, java.time.ZoneId.of("Asia/Shanghai"),
        "cn-2026", List.of(order("2026-01-01", "2026-12-31"), order("2024-01-01", "2024-12-31")), List.of(),
        List.of(), null);

    assertThat(customer.maintenanceOrders()).extracting(MaintenanceOrder::start).as("oldest first")
        .containsExactly(LocalDate.parse("2024-01-01"), LocalDate.parse("2026-01-01"));
    assertThat(customer.maintenanceOrder().start()).isEqualTo("2026-01-01");
    assertThat(customer.orderOn(LocalDate.parse("2025-06-01"))).map(MaintenanceOrder::start).contains(
        LocalDate.parse("2024-01-01"));
    assertThat(customer.orderOn(LocalDate.parse("2023-12-31"))).isEmpty();
  }
}
