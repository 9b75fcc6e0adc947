package com.daocloud.support.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.identity.Groups;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * A customer of the test's own, created through {@code PUT /api/customers/{id}} as {@code demo}, so that
 * tests that record contracts or changes do not meet each other's data: two administrators that are
 * real customer users (CUS-1), a paid SNS order for the current year and one cluster {@code prod-1}.
 */
public final class TestCustomers {

  private TestCustomers() {
  }

  /**
   * Creates the customer and returns its id. Its two administrators are customer users acting for it (naming
   * them links them, CUS-1); the tests act for it as staff. Cluster {@code prod-1} holds an extended-maintenance
   * contract for DCE 5's two years after the end of standard support (2026-06-01 to 2028-06-01, EAM-4), so that its
   * incidents get a response clock.
   */
  public static String create(int port, IdentityService identity, String prefix, String version, String timeZone) {
    return create(port, identity, prefix, version, timeZone, true);
  }

  /** As {@link #create(int, IdentityService, String, String, String)}, with or without the EAM contract. */
  public static String create(int port, IdentityService identity, String prefix, String version, String timeZone,
      boolean underEam) {
    String customer = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    for (String admin : new String[] {customer + "-primary", customer + "-backup"}) {
      User user = identity.newUser(admin);
      user.setPassword(admin);
      identity.saveUser(user);
      identity.createMembership(admin, Groups.CUSTOMERS);
    }
    int year = LocalDate.now().getYear();
    String eam = underEam
        ? ", \"eamContracts\": [{\"cluster\": \"prod-1\", \"start\": \"2026-06-01\", \"end\": \"2028-06-01\"}]" : "";
    Api.Response put = Api.as(port, "demo").put("/api/customers/" + customer, """
        {"name": "%s Ltd.", "serviceTier": "premium", "timeZone": "%s", "calendar": "weekdays",
         "maintenanceOrder": {"start": "%d-01-01", "end": "%d-12-31", "feesPaid": true, "services": ["SNS"]},
         "installations": [{"cluster": "prod-1", "product": "dce", "version": "%s", "kind": "software",
                            "activatedOn": "%d-01-01"}],
         "administrators": ["%s-primary", "%s-backup"]%s}"""
        .formatted(customer, timeZone, year, year, version, year, customer, customer, eam));
    assertThat(put.status()).as(put.body()).isIn(200, 201);
    return customer;
  }
}
