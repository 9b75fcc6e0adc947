package com.daocloud.support.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** LC-1: {@code GET /api/lifecycle} and {@code PUT /api/releases/..}, on the deployed decision. */
@IntegrationTest
class LifecycleApiIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  Api.Response lifecycle(String user, String query) {
    return Api.as(port, user).get("/api/lifecycle?" + query);
  }

  @Test
  @DisplayName("LC-1, LC-3: on 2026-11-26 DCE 5.0.3 is past the end of standard support (extended), and 5.0.7 is the "
      + "latest maintenance version and the latest version of the product")
  void dce503IsExtended() {
    Api.Response response = lifecycle("engineer", "product=dce&version=5.0.3&onDate=2026-11-26");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode body = response.json();
    assertThat(body.get("phase").asText()).isEqualTo("extended");
    assertThat(body.get("gaDate").asText()).isEqualTo("2023-06-01");
    assertThat(body.get("eossDate").asText()).isEqualTo("2026-06-01");
    assertThat(body.get("eoslDate").asText()).isEqualTo("2028-10-30");
    assertThat(body.get("latestMaintenance").asText()).isEqualTo("5.0.7");
    assertThat(body.get("onLatestMaintenance").asBoolean()).isFalse();
    assertThat(body.get("latestVersion").asText()).isEqualTo("5.0.7");
    assertThat(body.get("onLatestVersion").asBoolean()).isFalse();
  }

  @Test
  @DisplayName("LC-1, LC-3: on 2026-11-26 DCE 4.x has ended; DCE 4.0.9 is its latest maintenance version")
  void dce4HasEnded() {
    JsonNode body = lifecycle("acme-user", "product=dce&version=4.0.9&onDate=2026-11-26").json();

    assertThat(body.get("phase").asText()).isEqualTo("ended");
    assertThat(body.get("gaDate").asText()).isEqualTo("2020-03-31");
    assertThat(body.get("eossDate").asText()).isEqualTo("2023-03-31");
    assertThat(body.get("eoslDate").asText()).isEqualTo("2025-03-31");
    assertThat(body.get("latestMaintenance").asText()).isEqualTo("4.0.9");
    assertThat(body.get("onLatestMaintenance").asBoolean()).isTrue();
    assertThat(lifecycle("demo", "product=dce&version=4.0.1&onDate=2026-11-26").json()
        .get("phase").asText()).isEqualTo("ended");
  }

  @Test
  @DisplayName("LC-1: the phase moves with the date: DCE 5 full before 2026-06-01, DCE 3 pre-release in 2018")
  void phaseMovesWithTheDate() {
    assertThat(lifecycle("demo", "product=dce&version=5.0.7&onDate=2026-05-31").json()
        .get("phase").asText()).isEqualTo("full");
    JsonNode dce3 = lifecycle("demo", "product=DCE&version=3.1.12&onDate=2018-07-14").json();
    assertThat(dce3.get("phase").asText()).isEqualTo("pre-release");
    assertThat(dce3.get("latestMaintenance").asText()).isEqualTo("3.1.12");
    assertThat(dce3.get("onLatestMaintenance").asBoolean()).isTrue();
  }

  @Test
  @DisplayName("LC-1: onDate defaults to today")
  void onDateDefaultsToToday() {
    JsonNode today = lifecycle("demo", "product=dce&version=5.0.7").json();
    JsonNode explicit = lifecycle("demo", "product=dce&version=5.0.7&onDate=" + LocalDate.now())
        .json();

    assertThat(today.get("phase")).isEqualTo(explicit.get("phase"));
  }

  @Test
  @DisplayName("LC-1: an unknown product or major version is a 404 that says which")
  void unknownProductOrMajor() {
    Api.Response major = lifecycle("demo", "product=dce&version=9.0.0&onDate=2026-11-26");
    assertThat(major.status()).isEqualTo(404);
    assertThat(major.contentType()).startsWith("application/problem+json");
    assertThat(major.json().get("detail").asText()).contains("DCE 9.x");

    Api.Response product = lifecycle("demo", "product=acme-os&version=5.0.0&onDate=2026-11-26");
    assertThat(product.status()).isEqualTo(404);
    assertThat(product.json().get("detail").asText()).contains("acme-os");
  }

  @Test
  @DisplayName("LC-2: a malformed version (5.x) is a 400 on version; a malformed date on onDate")
  void malformedInput() {
    Api.Response version = lifecycle("demo", "product=dce&version=5.x&onDate=2026-11-26");
    assertThat(version.status()).isEqualTo(400);
    assertThat(version.json().get("errors").get(0).get("field").asText()).isEqualTo("version");

    Api.Response date = lifecycle("demo", "product=dce&version=5.0.1&onDate=26.11.2026");
    assertThat(date.status()).isEqualTo(400);
    assertThat(date.json().get("errors").get(0).get("field").asText()).isEqualTo("onDate");

    Api.Response missing = lifecycle("demo", "version=5.0.1");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("product");
  }

  @Test
  @DisplayName("LC-3: an administrator adds a release line and moves its latest maintenance version; lifecycle answers "
      + "follow, and the newest line is the latest version of the product for every line")
  void administratorMovesTheCatalogue() {
    try {
      movesTheCatalogue();
    } finally {
      // The line is this test's own: every other test sees the shipped catalogue again.
      jdbc.update("DELETE FROM dce_release WHERE product = 'dce' AND major = 5 AND minor = 9");
    }
  }

  private void movesTheCatalogue() {
    JsonNode before = lifecycle("demo", "product=dce&version=5.9.1&onDate=2026-11-26").json();
    assertThat(before.get("latestMaintenance").isNull()).isTrue();
    assertThat(before.get("onLatestMaintenance").isNull()).isTrue();

    Api.Response put = Api.as(port, "demo").put("/api/releases/dce/5.9",
        "{\"latestMaintenance\": \"5.9.2\"}");
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(put.json().get("latestMaintenance").asText()).isEqualTo("5.9.2");

    JsonNode after = lifecycle("demo", "product=dce&version=5.9.1&onDate=2026-11-26").json();
    assertThat(after.get("latestMaintenance").asText()).isEqualTo("5.9.2");
    assertThat(after.get("onLatestMaintenance").asBoolean()).isFalse();

    // The maintenance number alone is accepted too.
    assertThat(Api.as(port, "demo").put("/api/releases/dce/5.9", "{\"latestMaintenance\": 1}")
        .json().get("latestMaintenance").asText()).isEqualTo("5.9.1");
    JsonNode newest = lifecycle("demo", "product=dce&version=5.9.1&onDate=2026-11-26").json();
    assertThat(newest.get("onLatestMaintenance").asBoolean()).isTrue();
    assertThat(newest.get("onLatestVersion").asBoolean()).isTrue();

    // 5.0.7 is still the latest of its own line, but no longer the latest version of the product (LC-3).
    JsonNode older = lifecycle("demo", "product=dce&version=5.0.7&onDate=2026-11-26").json();
    assertThat(older.get("onLatestMaintenance").asBoolean()).isTrue();
    assertThat(older.get("latestVersion").asText()).isEqualTo("5.9.1");
    assertThat(older.get("onLatestVersion").asBoolean()).isFalse();
  }

  @Test
  @DisplayName("Only administrators maintain releases (403); malformed lines and versions are 400s")
  void releaseWritesAreGuarded() {
    assertThat(Api.as(port, "analyst").put("/api/releases/dce/5.0",
        "{\"latestMaintenance\": \"5.0.1\"}").status()).isEqualTo(403);
    assertThat(Api.as(port, "acme-user").put("/api/releases/dce/5.0",
        "{\"latestMaintenance\": \"5.0.1\"}").status()).isEqualTo(403);

    assertField(Api.as(port, "demo").put("/api/releases/dce/5.x",
        "{\"latestMaintenance\": \"5.0.8\"}"), "version");
    assertField(Api.as(port, "demo").put("/api/releases/dce/5.8",
        "{\"latestMaintenance\": \"5.0.8\"}"), "latestMaintenance");
    assertField(Api.as(port, "demo").put("/api/releases/dce/5.8",
        "{\"latestMaintenance\": \"latest\"}"), "latestMaintenance");
    assertField(Api.as(port, "demo").put("/api/releases/dce/5.8", "{}"), "latestMaintenance");
    assertField(Api.as(port, "demo").put("/api/releases/dce!/5.8",
        "{\"latestMaintenance\": \"5.8.1\"}"), "product");
    // The catalogue still says 5.0.7.
    assertThat(lifecycle("demo", "product=dce&version=5.0.7&onDate=2026-11-26").json()
        .get("onLatestMaintenance").asBoolean()).isTrue();
  }

  static void assertField(Api.Response response, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
  }
}
