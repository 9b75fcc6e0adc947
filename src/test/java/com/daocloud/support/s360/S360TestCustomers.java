package com.daocloud.support.s360;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.identity.Groups;
import com.daocloud.support.testing.Api;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Customers of the S360 integration tests' own, created through {@code PUT /api/customers/{id}} as {@code demo}:
 * a paid order for the current year with the given services, installations of a product of the test's own (so
 * an advisory reaches exactly them) and a customer user {@code <id>-user} linked to the customer.
 */
public final class S360TestCustomers {

  private S360TestCustomers() {
  }

  /** Creates the customer; {@code installations} are "cluster:version" pairs of {@code product}. */
  public static String create(int port, IdentityService identity, CustomerService customers, String prefix,
      String tier, String services, String product, String... installations) {
    return create(port, identity, customers, prefix, tier, services, product, "", installations);
  }

  /**
   * As {@link #create(int, IdentityService, CustomerService, String, String, String, String, String...)}, with an
   * extended-maintenance contract for each installation over DCE 5's two years after standard support (2026-06-01
   * to 2028-06-01, EAM-4), so that its incidents get a response clock.
   */
  public static String createUnderEam(int port, IdentityService identity, CustomerService customers, String prefix,
      String tier, String services, String product, String... installations) {
    StringBuilder contracts = new StringBuilder();
    for (String installation : installations) {
      contracts.append(contracts.isEmpty() ? "" : ", ").append("""
          {"cluster": "%s", "start": "2026-06-01", "end": "2028-06-01"}""".formatted(installation.split(":")[0]));
    }
    return create(port, identity, customers, prefix, tier, services, product,
        ", \"eamContracts\": [" + contracts + "]", installations);
  }

  private static String create(int port, IdentityService identity, CustomerService customers, String prefix,
      String tier, String services, String product, String extra, String... installations) {
    String customer = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    for (String user : new String[] {customer + "-primary", customer + "-backup", customer + "-user"}) {
      User u = identity.newUser(user);
      u.setPassword(user);
      identity.saveUser(u);
      identity.createMembership(user, Groups.CUSTOMERS);
    }
    int year = LocalDate.now().getYear();
    StringBuilder clusters = new StringBuilder();
    for (String installation : installations) {
      String[] parts = installation.split(":");
      clusters.append(clusters.isEmpty() ? "" : ", ").append("""
          {"cluster": "%s", "product": "%s", "version": "%s", "kind": "software", "activatedOn": "%d-01-01"}"""
          .formatted(parts[0], product, parts[1], year));
    }
    Api.Response put = Api.as(port, "demo").put("/api/customers/" + customer, """
        {"name": "%s Ltd.", "serviceTier": "%s", "timeZone": "Europe/Berlin", "calendar": "weekdays",
         "maintenanceOrder": {"start": "%d-01-01", "end": "%d-12-31", "feesPaid": true, "services": [%s]},
         "installations": [%s],
         "administrators": ["%s-primary", "%s-backup"]%s}"""
        .formatted(customer, tier, year, year, services, clusters, customer, customer, extra));
    assertThat(put.status()).as(put.body()).isIn(200, 201);
    customers.assignUser(customer + "-user", customer);
    return customer;
  }
}
