package com.daocloud.support.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.identity.Groups;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * CUS-1: a customer names two of its own people as administrators, and they approve its support users:
 * {@code POST|DELETE /api/customers/{id}/users/{userId}}. Each test has a customer of its own, set up the way
 * an administrator does it: the record first (administrators missing), then the two users, then the record
 * naming them.
 */
@IntegrationTest
class CustomerUsersIT {

  private static final String PASSWORD = "a long enough secret";

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  CustomerDirectory directory;

  private String customer;
  private String primary;
  private String backup;

  @BeforeEach
  void customerWithTwoAdministrators() {
    customer = "it-cus1-" + UUID.randomUUID().toString().substring(0, 8);
    primary = customer + "-primary";
    backup = customer + "-backup";
    Api.Response created = admin().put(path(), CustomerApiIT.VALID);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(add(admin(), primary).status()).isEqualTo(201);
    assertThat(add(admin(), backup).status()).isEqualTo(201);
    Api.Response named = admin().put(path(),
        CustomerApiIT.withAdministrators("[\"" + primary + "\", \"" + backup + "\"]"));
    assertThat(named.status()).as(named.body()).isEqualTo(200);
  }

  @Test
  @DisplayName("CUS-1: a record without administrators says they are missing; once the two are named it no longer does")
  void missingAdministratorsAreShown() {
    String other = customer + "-new";
    Api.Response created = admin().put("/api/customers/" + other, CustomerApiIT.VALID);

    assertThat(created.json().get("administratorsMissing").asBoolean()).isTrue();
    assertThat(created.json().get("administrators").isNull()).isTrue();
    JsonNode named = admin().get(path()).json();
    assertThat(named.get("administratorsMissing").asBoolean()).isFalse();
    assertThat(CustomerApiIT.texts(named.get("administrators"))).containsExactly(primary, backup);
  }

  @Test
  @DisplayName("CUS-1: either administrator adds a support user of the customer (201, the password never shown), who signs in and sees its own customer only")
  void administratorsAddSupportUsers() {
    String alice = customer + "-alice";
    String bob = customer + "-bob";

    Api.Response added = add(as(primary), alice);
    Api.Response byBackup = add(as(backup), bob);

    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(byBackup.status()).as(byBackup.body()).isEqualTo(201);
    JsonNode user = added.json();
    assertThat(user.get("id").asText()).isEqualTo(alice);
    assertThat(user.get("customerId").asText()).isEqualTo(customer);
    assertThat(user.get("firstName").asText()).isEqualTo("Li");
    assertThat(user.get("lastName").asText()).isEqualTo("Lei");
    assertThat(user.get("email").asText()).isEqualTo("li.lei@example.com");
    assertThat(added.body()).doesNotContain(PASSWORD, "password");
    // The new user is a customer user of this customer, and nothing more
    assertThat(identityService.createUserQuery().userId(alice).memberOfGroup(Groups.CUSTOMERS).count()).isOne();
    assertThat(identityService.createGroupQuery().groupMember(alice).count()).isOne();
    assertThat(directory.customerOfUser(bob)).contains(customer);
    Api alicesApi = Api.as(port, alice, PASSWORD);
    assertThat(alicesApi.get(path()).status()).isEqualTo(200);
    assertThat(alicesApi.get("/api/customers/acme").status()).isEqualTo(403);
  }

  @Test
  @DisplayName("CUS-1: either administrator removes a support user (204), who can no longer sign in; removing it again is a 404")
  void administratorsRemoveSupportUsers() {
    String alice = customer + "-alice";
    add(as(primary), alice);

    Api.Response removed = as(backup).delete(userPath(alice));

    assertThat(removed.status()).as(removed.body()).isEqualTo(204);
    assertThat(Api.as(port, alice, PASSWORD).get(path()).status()).isEqualTo(401);
    assertThat(identityService.createUserQuery().userId(alice).count()).isZero();
    assertThat(directory.customerOfUser(alice)).isEmpty();
    Api.Response again = as(primary).delete(userPath(alice));
    assertThat(again.status()).as(again.body()).isEqualTo(404);
    assertThat(again.contentType()).startsWith("application/problem+json");
  }

  @Test
  @DisplayName("CUS-1: an administrator (the application's too) cannot remove himself or the other administrator: 409 saying why")
  void administratorsCannotBeRemoved() {
    Api.Response himself = as(primary).delete(userPath(primary));
    Api.Response theOther = as(primary).delete(userPath(backup));
    Api.Response byAdmin = admin().delete(userPath(backup));

    assertThat(himself.status()).as(himself.body()).isEqualTo(409);
    assertThat(himself.json().get("detail").asText()).startsWith("You are one of the customer's two administrators")
        .contains("name another administrator");
    assertThat(theOther.status()).as(theOther.body()).isEqualTo(409);
    assertThat(theOther.json().get("detail").asText()).startsWith("'" + backup + "' is one of the customer's two");
    assertThat(byAdmin.status()).isEqualTo(409);
    assertThat(Api.as(port, backup, PASSWORD).get(path()).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("CUS-1: nobody else adds or removes the customer's users: its other users, another customer's users and administrators, support staff, an API token (403)")
  void nobodyElseApproves() {
    String alice = customer + "-alice";
    add(as(primary), alice);
    String token = as(primary).post(path() + "/tokens", "{\"name\": \"monitoring\"}").json().get("token").asText();
    List<Api> others = new ArrayList<>(List.of(Api.as(port, alice, PASSWORD), Api.as(port, "acme-user"),
        Api.as(port, "acme-admin"), Api.as(port, "globex-user"), Api.bearer(port, token)));
    for (String staff : List.of("engineer", "service", "supervisor", "manager", "analyst")) {
      others.add(Api.as(port, staff));
    }

    for (Api other : others) {
      Api.Response added = add(other, customer + "-mallory");
      Api.Response removed = other.delete(userPath(alice));
      assertThat(added.status()).as(added.body()).isEqualTo(403);
      assertThat(removed.status()).as(removed.body()).isEqualTo(403);
      assertThat(removed.contentType()).startsWith("application/problem+json");
    }
    assertThat(identityService.createUserQuery().userId(customer + "-mallory").count()).isZero();
    assertThat(identityService.createUserQuery().userId(alice).count()).isOne();
    // A customer's administrator is no administrator of another customer
    assertThat(as(primary).post("/api/customers/acme/users/acme-" + customer, body()).status()).isEqualTo(403);
    assertThat(as(primary).delete("/api/customers/acme/users/acme-user").status()).isEqualTo(403);
  }

  @Test
  @DisplayName("CUS-1: an unknown customer is a 404 for an administrator and a 403 for a customer's administrator, who cannot probe")
  void unknownCustomer() {
    String nobody = "/api/customers/it-no-such-" + UUID.randomUUID().toString().substring(0, 8) + "/users/";

    Api.Response asAdmin = admin().post(nobody + "someone", body());
    Api.Response asTheirs = as(primary).post(nobody + "someone", body());

    assertThat(asAdmin.status()).as(asAdmin.body()).isEqualTo(404);
    assertThat(admin().delete(nobody + "someone").status()).isEqualTo(404);
    assertThat(asTheirs.status()).as(asTheirs.body()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("someone").count()).isZero();
  }

  @Test
  @DisplayName("CUS-1: a user id that exists is a 409, whoever holds it, and that user is left as it was")
  void existingUserId() {
    Api.Response staff = add(as(primary), "engineer");
    Api.Response theirs = add(admin(), "globex-user");

    assertThat(staff.status()).as(staff.body()).isEqualTo(409);
    assertThat(staff.json().get("detail").asText()).contains("already a user 'engineer'");
    assertThat(theirs.status()).isEqualTo(409);
    assertThat(identityService.createGroupQuery().groupMember("engineer").singleResult().getId())
        .isEqualTo(Groups.SUPPORT_ENGINEERS);
    assertThat(directory.customerOfUser("globex-user")).contains("globex");
    assertThat(Api.as(port, "engineer").get("/api/customers/globex").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("CUS-1: an invalid body or user id is a 400 naming each field, and nothing is created")
  void invalidInput() {
    String carol = customer + "-carol";

    Api.Response response = as(primary).post(userPath(carol), """
        {"firstName": " ", "email": "not an address", "password": "short"}""");

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(CustomerApiIT.fields(response)).containsExactly("firstName", "lastName", "email", "password");
    assertThat(response.body()).contains("at least 10 characters").doesNotContain("short");
    assertThat(CustomerApiIT.fields(as(primary).post(userPath(carol), body().replace("}", ", \"groups\": [\"camunda-admin\"]}"))))
        .containsExactly("groups");
    assertThat(CustomerApiIT.fields(as(primary).post(userPath("Bad_Id"), body()))).containsExactly("userId");
    assertThat(CustomerApiIT.fields(as(primary).delete(userPath("bad.id")))).containsExactly("userId");
    assertThat(identityService.createUserQuery().userId(carol).count()).isZero();
  }

  private Api admin() {
    return Api.as(port, "demo");
  }

  /** An administrator of the customer, signed in with the password it was created with. */
  private Api as(String administrator) {
    return Api.as(port, administrator, PASSWORD);
  }

  private String path() {
    return "/api/customers/" + customer;
  }

  private String userPath(String userId) {
    return path() + "/users/" + userId;
  }

  private Api.Response add(Api api, String userId) {
    return api.post(userPath(userId), body());
  }

  private static String body() {
    return """
        {"firstName": "Li", "lastName": "Lei", "email": "li.lei@example.com", "password": "%s"}""".formatted(PASSWORD);
  }
}
