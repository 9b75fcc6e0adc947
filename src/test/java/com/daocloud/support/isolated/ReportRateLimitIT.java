package com.daocloud.support.isolated;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.RunningApp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A customer that reports more incidents than its allowance gets a 429 problem with Retry-After, on
 * {@code POST /api/incidents}; other customers and staff go on. Its own application with a small allowance:
 * the shared test context runs load tests with a limit high enough for them.
 */
class ReportRateLimitIT {

  private static final String REPORT = """
      {"customerId": "%s", "installation": "prod-1", "title": "Flood %d", "description": "d",
       "requestType": "fault", "productionImpact": "outage", "dataLoss": false, "workaroundAvailable": false,
       "contact": {"name": "Li Lei", "phone": "+86 10 1234 5678"}}""";

  @Test
  @DisplayName("Finding 14: a customer over its report allowance gets 429 with Retry-After; other customers and staff reporting for it are not held up")
  void floodIsRefusedWithRetryAfter() throws Exception {
    try (RunningApp app = RunningApp.start("demo", "spring.datasource.url=jdbc:h2:mem:report-limit;DB_CLOSE_DELAY=-1",
        "dce.incident.report-limit.burst=3", "dce.incident.report-limit.per-hour=2")) {
      Api acme = Api.as(app.port(), "acme-user");
      for (int i = 1; i <= 3; i++) {
        Api.Response accepted = acme.post("/api/incidents", REPORT.formatted("acme", i));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
      }

      HttpResponse<String> refused = raw(app.port(), REPORT.formatted("acme", 4));

      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
          seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 1800L));
      assertThat(refused.body()).contains("\"status\":429").doesNotContain("Exception");
      assertThat(Api.as(app.port(), "acme-user").get("/api/incidents?customerId=acme").json().size()).isEqualTo(3);

      // Another customer, and customer service reporting for acme by phone, go on
      assertThat(Api.as(app.port(), "globex-user").post("/api/incidents", REPORT.formatted("globex", 1)).status())
          .isEqualTo(201);
      assertThat(Api.as(app.port(), "service").post("/api/incidents", REPORT.formatted("acme", 5)).status())
          .isEqualTo(201);
    }
  }

  private static HttpResponse<String> raw(int port, String json) throws Exception {
    Api acme = Api.as(port, "acme-user");
    return java.net.http.HttpClient.newHttpClient().send(acme.builder("/api/incidents")
            .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))
            .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
