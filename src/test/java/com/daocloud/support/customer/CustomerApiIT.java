package com.daocloud.support.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.identity.Groups;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code PUT|GET /api/customers/{id}} on the shared embedded PostgreSQL. */
@IntegrationTest
class CustomerApiIT {

  static final String VALID = """
      {"name": "Initech", "serviceTier": "premium", "timeZone": "Europe/Berlin",
       "calendar": "weekdays",
       "maintenanceOrder": {"start": "2026-01-01", "end": "2026-12-31", "feesPaid": true,
                            "services": ["SNS", "PDS"]},
       "installations": [{"cluster": "prod-1", "product": "dce", "version": "5.0.7",
                          "kind": "software", "activatedOn": "2026-01-15"},
                         {"cluster": "edge-2", "product": "dce", "version": "4.0.9",
                          "kind": "integrated", "activatedOn": "2025-06-01"}]}
      """;

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  CustomerDirectory directory;

  Api admin() {
    return Api.as(port, "demo");
  }

  /** {@link #VALID} naming {@code administrators} (a JSON array). */
  static String withAdministrators(String administrators) {
    return VALID.replaceFirst("}\\s*$", ", \"administrators\": " + administrators + "}");
  }

  /**
   * {@link #VALID} naming two customer users of the test's own, acting for no customer yet, as the
   * administrators of {@code customerId} (CUS-1).
   */
  String withOwnAdministrators(String customerId) {
    customerUser(customerId + "-primary");
    customerUser(customerId + "-backup");
    return withAdministrators("[\"" + customerId + "-primary\", \"" + customerId + "-backup\"]");
  }

  /** A user of group customers, created unless it exists. */
  String customerUser(String userId) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setPassword(userId);
      identityService.saveUser(user);
      identityService.createMembership(userId, Groups.CUSTOMERS);
    }
    return userId;
  }

  @Test
  @DisplayName("CUS-1, SVC-1: an administrator creates a customer (201), replaces it (200) and reads it back")
  void createReplaceAndRead() {
    Api.Response created = admin().put("/api/customers/it-initech", withOwnAdministrators("it-initech"));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode body = admin().get("/api/customers/it-initech").json();
    assertThat(body.get("id").asText()).isEqualTo("it-initech");
    assertThat(body.get("name").asText()).isEqualTo("Initech");
    assertThat(body.get("serviceTier").asText()).isEqualTo("premium");
    assertThat(body.get("timeZone").asText()).isEqualTo("Europe/Berlin");
    assertThat(body.get("calendar").asText()).isEqualTo("weekdays");
    JsonNode order = body.get("maintenanceOrder");
    assertThat(order.get("start").asText()).isEqualTo("2026-01-01");
    assertThat(order.get("end").asText()).isEqualTo("2026-12-31");
    assertThat(order.get("feesPaid").asBoolean()).isTrue();
    assertThat(texts(order.get("services"))).containsExactly("SNS", "PDS");
    JsonNode installations = body.get("installations");
    assertThat(installations).hasSize(2);
    assertThat(installations.get(0).get("cluster").asText()).isEqualTo("edge-2");
    assertThat(installations.get(0).get("kind").asText()).isEqualTo("integrated");
    assertThat(installations.get(1).get("version").asText()).isEqualTo("5.0.7");
    assertThat(installations.get(1).get("activatedOn").asText()).isEqualTo("2026-01-15");
    assertThat(texts(body.get("administrators"))).containsExactly("it-initech-primary", "it-initech-backup");
    assertThat(body.get("administratorsMissing").asBoolean()).isFalse();
    // Named, they act for the customer (CUS-1).
    assertThat(directory.customerOfUser("it-initech-backup")).contains("it-initech");

    // PUT replaces the whole record: no order, one installation, no administrators.
    Api.Response replaced = admin().put("/api/customers/it-initech", """
        {"name": "Initech AG", "serviceTier": "standard", "timeZone": "Europe/Berlin",
         "calendar": "cn-2026",
         "installations": [{"cluster": "prod-1", "product": "DCE", "version": "5.0.7",
                            "kind": "software", "activatedOn": "2026-01-15"}]}
        """);
    assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
    JsonNode after = admin().get("/api/customers/it-initech").json();
    assertThat(after.get("name").asText()).isEqualTo("Initech AG");
    assertThat(after.get("calendar").asText()).isEqualTo("cn-2026");
    assertThat(after.get("maintenanceOrder").isNull()).isTrue();
    assertThat(after.get("installations")).hasSize(1);
    assertThat(after.get("installations").get(0).get("product").asText()).isEqualTo("dce");
    assertThat(after.get("administrators")).isEmpty();
    assertThat(after.get("administratorsMissing").asBoolean()).isTrue();
  }

  @Test
  @DisplayName("CHG-5: a customer carries its order history, oldest first; GET writes the latest as maintenanceOrder "
      + "too, and the answer can be sent back")
  void orderHistory() {
    String history = VALID.replaceFirst("\"maintenanceOrder\": \\{[^}]*},", """
       "maintenanceOrders": [{"start": "2024-01-01", "end": "2024-12-31", "feesPaid": true, "services": ["SNS"]},
                             {"start": "2026-01-01", "end": "2026-12-31", "feesPaid": true, "services": ["SNS", "PDS"]}],""");
    assertThat(history).contains("maintenanceOrders").doesNotContain("maintenanceOrder\":");

    Api.Response put = admin().put("/api/customers/it-history", history);

    assertThat(put.status()).as(put.body()).isIn(200, 201);
    JsonNode read = admin().get("/api/customers/it-history").json();
    assertThat(read.get("maintenanceOrders").findValuesAsText("start")).containsExactly("2024-01-01", "2026-01-01");
    assertThat(read.get("maintenanceOrder").get("start").asText()).isEqualTo("2026-01-01");
    Api.Response again = admin().put("/api/customers/it-history", read.toString());
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().get("maintenanceOrders")).isEqualTo(read.get("maintenanceOrders"));

    // A history out of order, and a maintenanceOrder that is not its latest, are 400s naming the field
    assertSingleError(history.replace("\"2024-01-01\", \"end\": \"2024-12-31\"",
        "\"2027-01-01\", \"end\": \"2027-12-31\""), "maintenanceOrders[1].start", "oldest first");
    assertSingleError(read.toString().replace("\"it-history\"", "\"it-single-error\"")
        .replace("\"maintenanceOrder\":{\"start\":\"2026-01-01\"",
        "\"maintenanceOrder\":{\"start\":\"2026-02-01\""), "maintenanceOrder", "latest of maintenanceOrders");
  }

  @Test
  @DisplayName("EAM-4: an administrator records an EAM contract signed outside the application on the customer "
      + "record; GET lists it, and a PUT without it removes it again")
  void eamContractsOnTheRecord() {
    String withContract = VALID.replaceFirst("}\\s*$", ", \"eamContracts\": [{\"cluster\": \"prod-1\", "
        + "\"start\": \"2026-06-01\", \"end\": \"2027-06-01\"}]}");

    Api.Response put = admin().put("/api/customers/it-eam", withContract);

    assertThat(put.status()).as(put.body()).isIn(200, 201);
    JsonNode contracts = admin().get("/api/customers/it-eam").json().get("eamContracts");
    assertThat(contracts).hasSize(1);
    assertThat(contracts.get(0).get("cluster").asText()).isEqualTo("prod-1");
    assertThat(contracts.get(0).get("end").asText()).isEqualTo("2027-06-01");
    assertThat(admin().put("/api/customers/it-eam", withContract).json().get("eamContracts")).as("no duplicate")
        .hasSize(1);

    Api.Response without = admin().put("/api/customers/it-eam", VALID.replaceFirst("}\\s*$",
        ", \"eamContracts\": []}"));
    assertThat(without.json().get("eamContracts")).isEmpty();

    // A contract for a cluster the record does not have, or one that ends before it starts, is a 400
    assertSingleError(withContract.replace("\"cluster\": \"prod-1\", \"start\"", "\"cluster\": \"prod-9\", \"start\""),
        "eamContracts[0].cluster", "installations");
    assertSingleError(withContract.replace("\"end\": \"2027-06-01\"", "\"end\": \"2026-06-01\""),
        "eamContracts[0].end", "after the start");
  }

  @Test
  @DisplayName("A GET answer can be sent back as the next PUT")
  void roundTrip() {
    admin().put("/api/customers/it-roundtrip", VALID);
    String document = admin().get("/api/customers/it-roundtrip").body();

    assertThat(admin().put("/api/customers/it-roundtrip", document).status()).isEqualTo(200);
    assertThat(admin().put("/api/customers/it-other",
        document).json().get("errors").get(0).get("field").asText()).isEqualTo("id");
  }

  @Test
  @DisplayName("ENT-5: a cluster on record keeps its first activation when a later one is sent; a new cluster gets its own")
  void clusterKeepsItsFirstActivation() {
    admin().put("/api/customers/it-growth", VALID);

    // The cluster grows: upgraded to 5.0.8, and the licence was activated again in September.
    Api.Response grown = admin().put("/api/customers/it-growth",
        VALID.replace("\"5.0.7\"", "\"5.0.8\"").replace("\"2026-01-15\"", "\"2026-09-01\""));
    assertThat(grown.status()).as(grown.body()).isEqualTo(200);

    JsonNode prod = grown.json().get("installations").get(1);
    assertThat(prod.get("cluster").asText()).isEqualTo("prod-1");
    assertThat(prod.get("version").asText()).isEqualTo("5.0.8");
    assertThat(prod.get("activatedOn").asText()).isEqualTo("2026-01-15");

    // A new cluster is a new deployment with its own activation.
    JsonNode added = admin().put("/api/customers/it-growth", VALID
        .replace("\"edge-2\"", "\"prod-3\"").replace("\"2025-06-01\"", "\"2026-10-01\""))
        .json().get("installations").get(1);
    assertThat(added.get("cluster").asText()).isEqualTo("prod-3");
    assertThat(added.get("activatedOn").asText()).isEqualTo("2026-10-01");
  }

  @Test
  @DisplayName("Validation: every invalid field is named in one 400 problem, and nothing is written")
  void everyInvalidFieldIsNamed() {
    admin().put("/api/customers/it-strict", VALID);

    Api.Response response = admin().put("/api/customers/it-strict", """
        {"name": " ", "serviceTier": "gold", "timeZone": "Mars/Olympus", "calendar": "nope",
         "maintenanceOrder": {"start": "2026-12-31", "end": "2026-01-01", "services": ["SNS", "XYZ"]},
         "installations": [{"cluster": "prod-1", "product": "dce", "version": "5.x",
                            "kind": "virtual", "activatedOn": "2026-01-15"},
                           {"cluster": "prod-1", "product": "dce", "version": "5.0.1",
                            "kind": "software"}],
         "administrators": ["%s", "no-such-user"]}
        """.formatted(customerUser("it-strict-primary")));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(fields(response)).containsExactlyInAnyOrder("name", "serviceTier", "timeZone",
        "calendar", "maintenanceOrder.end", "maintenanceOrder.feesPaid",
        "maintenanceOrder.services[1]", "installations[0].version", "installations[0].kind",
        "installations[1].cluster", "installations[1].activatedOn", "administrators[1]");
    assertThat(admin().get("/api/customers/it-strict").json().get("name").asText())
        .isEqualTo("Initech");
  }

  @Test
  @DisplayName("Validation: an unknown service tier is a 400 on serviceTier")
  void unknownTier() {
    assertSingleError(VALID.replace("\"premium\"", "\"gold\""), "serviceTier", "standard, premium or professional");
  }

  @Test
  @DisplayName("Validation: a time zone that is not an IANA zone is a 400 on timeZone")
  void invalidZone() {
    assertSingleError(VALID.replace("Europe/Berlin", "CET+1"), "timeZone", "IANA");
    assertSingleError(VALID.replace("Europe/Berlin", "+08:00"), "timeZone", "IANA");
  }

  @Test
  @DisplayName("Validation: an unknown calendar is a 400 on calendar")
  void unknownCalendar() {
    assertSingleError(VALID.replace("\"weekdays\"", "\"cn-1999\""), "calendar", "cn-1999");
  }

  @Test
  @DisplayName("LC-2: a malformed installation version is a 400 on installations[i].version")
  void malformedVersion() {
    assertSingleError(VALID.replace("\"5.0.7\"", "\"5.x\""), "installations[0].version", "x.y.z");
  }

  @Test
  @DisplayName("Validation: an order that ends before it starts is a 400 on maintenanceOrder.end")
  void endBeforeStart() {
    assertSingleError(VALID.replace("\"end\": \"2026-12-31\"", "\"end\": \"2025-12-31\""),
        "maintenanceOrder.end", "before the start");
  }

  @Test
  @DisplayName("Validation: a date that is not a date is a 400 naming the field")
  void malformedDate() {
    assertSingleError(VALID.replace("\"end\": \"2026-12-31\"", "\"end\": \"2026-13-01\""),
        "maintenanceOrder.end", "invalid");
  }

  @Test
  @DisplayName("SVC-1: a service other than SNS, PDS or S360 is a 400 on maintenanceOrder.services[i]")
  void unknownService() {
    assertSingleError(VALID.replace("[\"SNS\", \"PDS\"]", "[\"SNS\", \"GOLD\"]"),
        "maintenanceOrder.services[1]", "SNS, PDS or S360");
  }

  @Test
  @DisplayName("CUS-1: one administrator, three, or an empty list is a 400 on administrators")
  void notExactlyTwoAdministrators() {
    String one = customerUser("it-count-primary");
    String two = customerUser("it-count-backup");
    assertSingleError(withAdministrators("[\"" + one + "\"]"), "administrators", "exactly two");
    assertSingleError(withAdministrators("[\"" + one + "\", \"" + two + "\", \"acme-user\"]"),
        "administrators", "exactly two");
    assertSingleError(withAdministrators("[]"), "administrators", "exactly two");
  }

  @Test
  @DisplayName("CUS-1: the backup must be another user than the primary")
  void sameAdministratorTwice() {
    String one = customerUser("it-same-primary");
    assertSingleError(withAdministrators("[\"" + one + "\", \"" + one + "\"]"), "administrators[1]",
        "different");
  }

  @Test
  @DisplayName("CUS-1: an administrator must be a known user of group customers, not support staff, and not one acting for another customer")
  void unknownStaffOrForeignAdministrator() {
    String primary = "[\"" + customerUser("it-foreign-primary") + "\", ";
    assertSingleError(withAdministrators(primary + "\"nobody-at-all\"]"), "administrators[1]",
        "not a known user");
    assertSingleError(withAdministrators(primary + "\"engineer\"]"), "administrators[1]",
        "not a customer user (group customers)");
    assertSingleError(withAdministrators(primary + "\"demo\"]"), "administrators[1]",
        "not support staff");
    assertSingleError(withAdministrators(primary + "\"globex-user\"]"), "administrators[1]",
        "another customer");
    assertThat(directory.customerOfUser("it-foreign-primary")).isEmpty();
  }

  @Test
  @DisplayName("L12-3: a representative of customer-service is stored, read back by GET, reaches incident handling, and a PUT without it removes it")
  void representativeStoredAndRemoved() {
    String withRepresentative = VALID.replace("\"calendar\": \"weekdays\",",
        "\"calendar\": \"weekdays\", \"representative\": \"service\",");

    Api.Response created = admin().put("/api/customers/it-represented", withRepresentative);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("representative").asText()).isEqualTo("service");
    assertThat(admin().get("/api/customers/it-represented").json().get("representative").asText())
        .isEqualTo("service");
    assertThat(directory.find("it-represented").orElseThrow().representative()).isEqualTo("service");

    Api.Response replaced = admin().put("/api/customers/it-represented", VALID);
    assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
    assertThat(admin().get("/api/customers/it-represented").json().get("representative").isNull()).isTrue();
    assertThat(directory.find("it-represented").orElseThrow().representative()).isNull();
  }

  @Test
  @DisplayName("L12-3: a representative who is no known user, or not of customer-service, or blank is a 400 on representative, and nothing is written")
  void representativeMustBeOfCustomerService() {
    String representative = "\"calendar\": \"weekdays\", \"representative\": \"%s\",";
    assertSingleError(VALID.replace("\"calendar\": \"weekdays\",", representative.formatted("nobody-at-all")),
        "representative", "not a known user");
    assertSingleError(VALID.replace("\"calendar\": \"weekdays\",", representative.formatted("engineer")),
        "representative", "not a member of customer-service");
    assertSingleError(VALID.replace("\"calendar\": \"weekdays\",", representative.formatted("acme-user")),
        "representative", "not a member of customer-service");
    assertSingleError(VALID.replace("\"calendar\": \"weekdays\",", representative.formatted(" ")),
        "representative", "must name a user of customer-service");
    assertThat(admin().get("/api/customers/it-single-error").status()).isEqualTo(404);
  }

  @Test
  @DisplayName("Validation: an installation kind other than software or integrated is a 400")
  void invalidKind() {
    assertSingleError(VALID.replace("\"integrated\"", "\"virtual\""), "installations[1].kind",
        "software or integrated");
  }

  @Test
  @DisplayName("ENT-5: a cluster listed twice is a 400 on the second one")
  void duplicateCluster() {
    assertSingleError(VALID.replace("\"edge-2\"", "\"prod-1\""), "installations[1].cluster",
        "second time");
  }

  @Test
  @DisplayName("Validation: missing name, tier, zone, order dates, fees and activation are each named")
  void requiredFields() {
    Api.Response response = admin().put("/api/customers/it-required", """
        {"maintenanceOrder": {}, "installations": [{"cluster": "c1", "product": "dce",
          "version": "5.0.1", "kind": "software"}]}
        """);

    assertThat(response.status()).isEqualTo(400);
    assertThat(fields(response)).containsExactlyInAnyOrder("name", "serviceTier", "timeZone",
        "maintenanceOrder.start", "maintenanceOrder.end", "maintenanceOrder.feesPaid",
        "installations[0].activatedOn");
    assertThat(admin().get("/api/customers/it-required").status()).isEqualTo(404);
  }

  @Test
  @DisplayName("Validation: unknown JSON fields and malformed ids are 400s")
  void unknownFieldsAndIds() {
    assertThat(fields(admin().put("/api/customers/it-unknown-field",
        VALID.replace("\"name\"", "\"tier\": 1, \"name\"")))).containsExactly("tier");
    assertThat(fields(admin().put("/api/customers/Bad_Id", VALID))).containsExactly("id");
  }

  @Test
  @DisplayName("Only administrators write customers: staff and customer users get 403")
  void onlyAdministratorsWrite() {
    admin().put("/api/customers/it-readonly", VALID);

    assertThat(Api.as(port, "engineer").put("/api/customers/it-readonly", VALID).status())
        .isEqualTo(403);
    assertThat(Api.as(port, "acme-user").put("/api/customers/acme", VALID).status())
        .isEqualTo(403);
    assertThat(Api.anonymous(port).get("/api/customers/acme").status()).isEqualTo(401);
  }

  @Test
  @DisplayName("Staff read any customer; an unknown customer is 404")
  void staffRead() {
    for (String user : List.of("demo", "engineer", "service", "supervisor", "manager", "analyst")) {
      assertThat(Api.as(port, user).get("/api/customers/globex").status()).as(user).isEqualTo(200);
    }
    Api.Response unknown = admin().get("/api/customers/no-such-customer");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("detail").asText()).contains("no-such-customer");
  }

  @Test
  @DisplayName("A customer user reads its own customer only: acme-user never sees globex (403)")
  void customerIsolation() {
    JsonNode acme = Api.as(port, "acme-user").get("/api/customers/acme").json();
    assertThat(acme.get("id").asText()).isEqualTo("acme");

    Api.Response globex = Api.as(port, "acme-user").get("/api/customers/globex");
    assertThat(globex.status()).isEqualTo(403);
    assertThat(globex.body()).doesNotContain("Globex", "America/New_York");
    assertThat(Api.as(port, "globex-user").get("/api/customers/acme").status()).isEqualTo(403);
    // Unknown ids answer 403 as well, so that a customer cannot probe for other customers.
    assertThat(Api.as(port, "acme-user").get("/api/customers/no-such-customer").status())
        .isEqualTo(403);
  }

  @Test
  @DisplayName("A user in no group reads no customer")
  void userWithoutGroup() {
    if (identityService.createUserQuery().userId("it-nogroup").count() == 0) {
      User user = identityService.newUser("it-nogroup");
      user.setPassword("it-nogroup");
      identityService.saveUser(user);
    }
    assertThat(Api.as(port, "it-nogroup").get("/api/customers/acme").status()).isEqualTo(403);
  }

  @Test
  @DisplayName("Demo data (README): demo customers acme and globex hold a paid order for the current year, prod-1 on DCE 5.0 and two administrators")
  void demoCustomers() {
    int year = LocalDate.now().getYear();
    JsonNode acme = admin().get("/api/customers/acme").json();
    assertThat(acme.get("name").asText()).isEqualTo("Acme");
    assertThat(acme.get("serviceTier").asText()).isEqualTo("professional");
    assertThat(acme.get("timeZone").asText()).isEqualTo("Asia/Shanghai");
    assertThat(acme.get("calendar").asText()).isEqualTo("cn-2026");
    assertThat(acme.get("maintenanceOrder").get("feesPaid").asBoolean()).isTrue();
    assertThat(acme.get("maintenanceOrder").get("start").asText()).isEqualTo(year + "-01-01");
    assertThat(acme.get("maintenanceOrder").get("end").asText()).isEqualTo(year + "-12-31");
    assertThat(acme.get("installations").get(0).get("cluster").asText()).isEqualTo("prod-1");
    assertThat(acme.get("installations").get(0).get("version").asText()).startsWith("5.0.");
    assertThat(acme.get("administrators")).hasSize(2);

    JsonNode globex = admin().get("/api/customers/globex").json();
    assertThat(globex.get("serviceTier").asText()).isEqualTo("premium");
    assertThat(globex.get("timeZone").asText()).isEqualTo("America/New_York");
    assertThat(globex.get("calendar").asText()).isEqualTo("weekdays");
    assertThat(globex.get("administrators")).hasSize(2);
  }

  @Test
  @DisplayName("L12-3, demo data (README): acme's designated representative is service; globex names none")
  void demoRepresentatives() {
    assertThat(admin().get("/api/customers/acme").json().get("representative").asText()).isEqualTo("service");
    assertThat(admin().get("/api/customers/globex").json().get("representative").isNull()).isTrue();
    assertThat(directory.find("acme").orElseThrow().representative()).isEqualTo("service");
  }

  @Test
  @DisplayName("A calendar that a customer uses cannot be deleted (409) until no customer uses it")
  void calendarInUse() {
    Api.Response calendar = admin().put("/api/calendars/it-cal-used", """
        {"windowStart": "09:00", "windowEnd": "18:00", "holidays": [], "workingDays": []}""");
    assertThat(calendar.status()).as(calendar.body()).isEqualTo(201);
    admin().put("/api/customers/it-cal-user", VALID.replace("\"weekdays\"", "\"it-cal-used\""));

    assertThat(admin().delete("/api/calendars/it-cal-used").status()).isEqualTo(409);

    admin().put("/api/customers/it-cal-user", VALID);
    assertThat(admin().delete("/api/calendars/it-cal-used").status()).isEqualTo(204);
  }

  @Test
  @DisplayName("Customer rows live in the application's own tables on PostgreSQL")
  void tablesOnPostgres() {
    admin().put("/api/customers/it-tables", withOwnAdministrators("it-tables"));

    assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM dce_installation WHERE customer_id = ?",
        Integer.class, "it-tables")).isEqualTo(2);
    assertThat(jdbc.queryForList("SELECT s.service FROM dce_order_service s JOIN "
            + "dce_maintenance_order o ON o.id = s.order_id WHERE o.customer_id = ? ORDER BY 1",
        String.class, "it-tables")).containsExactly("PDS", "SNS");
    assertThat(jdbc.queryForList("SELECT user_id FROM dce_customer_administrator "
        + "WHERE customer_id = ? ORDER BY seq", String.class, "it-tables"))
        .containsExactly("it-tables-primary", "it-tables-backup");
    assertThat(jdbc.queryForList("SELECT user_id FROM dce_customer_user WHERE customer_id = ? ORDER BY 1",
        String.class, "it-tables")).containsExactly("it-tables-backup", "it-tables-primary");
  }

  void assertSingleError(String body, String field, String messagePart) {
    Api.Response response = admin().put("/api/customers/it-single-error", body);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode errors = response.json().get("errors");
    assertThat(errors).as(response.body()).hasSize(1);
    assertThat(errors.get(0).get("field").asText()).isEqualTo(field);
    assertThat(errors.get(0).get("message").asText()).contains(messagePart);
  }

  static List<String> fields(Api.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    response.json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
    return fields;
  }

  static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
