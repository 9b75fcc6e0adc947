package com.daocloud.support.isolated;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.PortalSession;
import com.daocloud.support.testing.RunningApp;
import com.daocloud.support.testing.WebappSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What {@code mvn spring-boot:run} gives a new user: the default (demo) profile on embedded H2, the
 * webapps at the README's URLs, demo users who can log in to the apps their group may use.
 */
class DefaultProfileIT {

  @Test
  @DisplayName("The default profile serves the webapps and the support site on H2 and lets each demo user into its apps")
  void defaultProfileServesWebappsToDemoUsers() {
    try (RunningApp app = RunningApp.start("demo",
        "spring.datasource.url=jdbc:h2:mem:default;DB_CLOSE_DELAY=-1")) {
      int port = app.port();

      for (String webapp : new String[] {"tasklist", "cockpit", "admin"}) {
        assertThat(Api.anonymous(port).get("/camunda/app/" + webapp + "/default/").status())
            .as(webapp).isEqualTo(200);
      }
      assertThat(login(port, "engineer", "tasklist")).isEqualTo(200);
      assertThat(login(port, "service", "tasklist")).isEqualTo(200);
      assertThat(login(port, "supervisor", "tasklist")).isEqualTo(200);
      assertThat(login(port, "manager", "cockpit")).isEqualTo(200);
      assertThat(login(port, "analyst", "cockpit")).isEqualTo(200);
      assertThat(login(port, "demo", "admin")).isEqualTo(200);
      // Customers use /api and the support site, never the webapps.
      PortalSession portal = new PortalSession(port);
      assertThat(portal.signIn("acme-user").location()).endsWith("/portal/incidents");
      assertThat(portal.get("/portal/incidents").body()).contains("Acme");
      assertThat(login(port, "acme-user", "tasklist")).isNotEqualTo(200);
      assertThat(login(port, "acme-user", "cockpit")).isNotEqualTo(200);
      // Engineers have no Cockpit.
      assertThat(login(port, "engineer", "cockpit")).isNotEqualTo(200);
    }
  }

  private static int login(int port, String user, String app) {
    return new WebappSession(port).login(app, user, user);
  }
}
