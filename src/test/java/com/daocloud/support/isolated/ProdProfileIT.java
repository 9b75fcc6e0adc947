package com.daocloud.support.isolated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.daocloud.support.identity.MissingAdminPasswordException;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.RunningApp;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Profile prod: no demo data, and no start without ADMIN_PASSWORD (README, Configuration). */
class ProdProfileIT {

  private static String h2(String name) {
    return "spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
  }

  @Test
  @DisplayName("Profile prod refuses to start without ADMIN_PASSWORD, saying why")
  void refusesToStartWithoutAdminPassword() {
    assertThatThrownBy(() -> RunningApp.start("prod", h2("prod1")).close())
        .satisfies(e -> assertThat(Stream.iterate(e, Objects::nonNull, Throwable::getCause))
            .anySatisfy(cause -> assertThat(cause)
                .isInstanceOf(MissingAdminPasswordException.class)
                .hasMessageContaining("ADMIN_PASSWORD")));
  }

  @Test
  @DisplayName("Profile prod creates the administrator from ADMIN_PASSWORD, no demo user or customer, and no default password opens it")
  void startsWithAdministratorAndNoDemoUsers() {
    try (RunningApp app = RunningApp.start("prod", h2("prod2"), "ADMIN_PASSWORD=s3cret-Admin")) {
      IdentityService identity = app.bean(IdentityService.class);

      assertThat(identity.createUserQuery().userId("admin").memberOfGroup("camunda-admin").count())
          .isEqualTo(1);
      assertThat(identity.createUserQuery().count()).isEqualTo(1);
      assertThat(Api.as(app.port(), "admin", "s3cret-Admin")
          .get("/engine-rest/user?maxResults=10").status()).isEqualTo(200);
      assertThat(Api.as(app.port(), "demo").get("/engine-rest/user?maxResults=10").status())
          .isEqualTo(401);
      // No demo customers either, and no demo customer user
      assertThat(Api.as(app.port(), "admin", "s3cret-Admin").get("/api/customers/acme").status())
          .isEqualTo(404);
      assertThat(Api.as(app.port(), "acme-user").get("/api/incidents").status()).isEqualTo(401);
      // Session cookies only over HTTPS
      assertThat(app.bean(org.springframework.core.env.Environment.class)
          .getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
      // No default password opens the administrator (last: a wrong password throttles further logins)
      for (String guess : new String[] {"admin", "demo", "camunda", "password", ""}) {
        assertThat(Api.as(app.port(), "admin", guess).get("/api/calendars").status()).as(guess)
            .isEqualTo(401);
      }
    }
  }
}
