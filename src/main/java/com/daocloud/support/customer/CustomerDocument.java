package com.daocloud.support.customer;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer as {@code PUT|GET /api/customers/{id}} writes it. Codes are strings here
 * so that validation can name the field and the allowed values instead of failing in Jackson.
 * {@code id} is optional on PUT (it must then equal the path's id), so a GET's answer can be sent
 * back as it is; {@code administratorsMissing} is the answer's only, and a PUT's is ignored.
 */
public record CustomerDocument(String id, String name, String serviceTier, String timeZone,
    String calendar, String representative, Order maintenanceOrder, List<InstallationEntry> installations,
    List<String> administrators,
    @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "True while the customer has not named its two "
        + "administrators (CUS-1); ignored on PUT") Boolean administratorsMissing,
    @Schema(description = "The order history, oldest first; a gap between two orders is a lapse (CHG-5). Absent: "
        + "`maintenanceOrder` alone is a history of one; when both are given, `maintenanceOrder` is the latest")
    List<Order> maintenanceOrders,
    @Schema(description = "Extended-maintenance contracts per cluster (EAM-4). On PUT: the contracts signed outside "
        + "the application (arrears settled) as an administrator records them; those an approved application "
        + "recorded stay. `end` is the first day no longer covered")
    List<EamContractEntry> eamContracts) {

  public record Order(LocalDate start, LocalDate end, Boolean feesPaid, List<String> services) {

    static Order of(MaintenanceOrder order) {
      return new Order(order.start(), order.end(), order.feesPaid(),
          order.services().stream().sorted().map(OrderService::code).toList());
    }
  }

  /** An extended-maintenance contract of one cluster, covering {@code [start, end)} (EAM-4). */
  public record EamContractEntry(
      @Schema(example = "prod-1") String cluster,
      @Schema(example = "2026-06-01") LocalDate start,
      @Schema(description = "The first day no longer covered", example = "2027-06-01") LocalDate end) {
  }

  /** {@code timeZone} and {@code calendar}: where the cluster runs, when not where the customer is (RSP-2). */
  public record InstallationEntry(String cluster, String product, String version, String kind,
      LocalDate activatedOn,
      @Schema(description = "The IANA time zone where the cluster runs; absent: the customer's",
          example = "Europe/Berlin") String timeZone,
      @Schema(description = "The working calendar where the cluster runs; absent: the customer's",
          example = "de-2026") String calendar) {
  }

  static CustomerDocument of(Customer customer, List<ExtendedMaintenanceContracts.Contract> contracts) {
    MaintenanceOrder order = customer.maintenanceOrder();
    return new CustomerDocument(customer.id(), customer.name(), customer.serviceTier().code(),
        customer.timeZone().getId(), customer.calendarId(), customer.representative(),
        order == null ? null : Order.of(order),
        customer.installations().stream().map(i -> new InstallationEntry(i.cluster(),
            i.product(), i.version().toString(), i.kind().code(), i.activatedOn(),
            i.timeZone() == null ? null : i.timeZone().getId(), i.calendarId())).toList(),
        // none named is null, not [], so that the answer can be sent back as a PUT (two or none, CUS-1)
        customer.administrators().isEmpty() ? null : customer.administrators(),
        customer.administrators().isEmpty(),
        customer.maintenanceOrders().stream().map(Order::of).toList(),
        contracts.stream().map(c -> new EamContractEntry(c.cluster(), c.start(), c.end())).toList());
  }
}
