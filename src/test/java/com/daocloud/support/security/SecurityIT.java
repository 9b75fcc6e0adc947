package com.daocloud.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SecurityIT {

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Test
  @DisplayName("Anonymous calls to /engine-rest and /api get 401 problem details")
  void anonymousCallsAreUnauthorized() {
    for (String path : new String[] {"/engine-rest/process-definition?maxResults=10", "/engine-rest/user?maxResults=10",
        "/api/incidents", "/api/anything"}) {
      Api.Response response = Api.anonymous(port).get(path);

      assertThat(response.status()).as(path).isEqualTo(401);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }
  }

  @Test
  @DisplayName("A wrong password gets 401 on /engine-rest and /api")
  void wrongPasswordIsUnauthorized() {
    // A user of its own: the engine throttles logins of a user after a wrong password.
    if (identityService.createUserQuery().userId("wrong-password-check").count() == 0) {
      var user = identityService.newUser("wrong-password-check");
      user.setPassword("right");
      identityService.saveUser(user);
      identityService.createMembership("wrong-password-check", "camunda-admin");
    }
    assertThat(Api.as(port, "wrong-password-check", "wrong")
        .get("/engine-rest/user?maxResults=10").status()).isEqualTo(401);
    assertThat(Api.as(port, "wrong-password-check", "wrong").get("/api/calendars").status())
        .isEqualTo(401);
    assertThat(Api.as(port, "nobody", "nobody").get("/engine-rest/user?maxResults=10").status()).isEqualTo(401);
  }

  @Test
  @DisplayName("The administrator reaches /engine-rest with its password")
  void administratorIsLetIn() {
    assertThat(Api.as(port, "demo").get("/engine-rest/user?id=demo&maxResults=10").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("Customer users get no /engine-rest access")
  void customersGetNoEngineRest() {
    Api.Response response = Api.as(port, "acme-user").get("/engine-rest/process-definition?maxResults=10");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }
}
