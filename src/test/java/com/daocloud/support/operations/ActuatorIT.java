package com.daocloud.support.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.observability.IncidentMetrics;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health for anyone, metrics for staff, the rest of the actuator for administrators. */
@IntegrationTest
class ActuatorIT {

  @LocalServerPort int port;
  @Autowired IncidentMetrics incidentMetrics;

  @Test
  @DisplayName("Health is public: UP with the database, the process engine and the job executor, no details")
  void healthIsPublic() {
    Api.Response health = Api.anonymous(port).get("/actuator/health");

    assertThat(health.status()).isEqualTo(200);
    JsonNode body = health.json();
    assertThat(body.path("status").asText()).isEqualTo("UP");
    JsonNode components = body.path("components");
    assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
    assertThat(components.path("processEngine").path("status").asText()).isEqualTo("UP");
    assertThat(components.path("jobExecutor").path("status").asText()).isEqualTo("UP");
    assertThat(components.path("db").has("details")).isFalse();
  }

  @Test
  @DisplayName("Health shows its details to an administrator")
  void healthDetailsForAdministrators() {
    JsonNode components = Api.as(port, "demo").get("/actuator/health").json().path("components");

    assertThat(components.path("db").path("details").path("database").asText()).isEqualTo("PostgreSQL");
    assertThat(components.path("jobExecutor").has("details")).isTrue();
  }

  @Test
  @DisplayName("Liveness and readiness probes are public")
  void probesArePublic() {
    assertThat(Api.anonymous(port).get("/actuator/health/liveness").status()).isEqualTo(200);
    assertThat(Api.anonymous(port).get("/actuator/health/readiness").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("Prometheus needs credentials: 401 problem without them")
  void prometheusNeedsCredentials() {
    Api.Response anonymous = Api.anonymous(port).get("/actuator/prometheus");

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.contentType()).startsWith("application/problem+json");
  }

  @Test
  @DisplayName("Prometheus shows staff the SLA metrics: open incidents, breaches, first response, timer lag, closures")
  void prometheusShowsOurMetrics() {
    Api.Response metrics = Api.as(port, "engineer").get("/actuator/prometheus");

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("dce_incidents_open{", "level=\"1\"", "tier=\"premium\"")
        .contains("dce_sla_breaches_total{")
        .contains("dce_incident_first_response_seconds_bucket{")
        .contains("dce_timer_lag_seconds_bucket{")
        .contains("dce_incidents_closed_total{", "closure_code=\"resolved\"")
        // the engine's and the JVM's own
        .contains("jvm_memory_used_bytes", "hikaricp_connections_active");
  }

  @Test
  @DisplayName("A reported Level 1 incident of a professional customer shows among the open incidents")
  void reportedIncidentIsCounted() {
    incidentMetrics.refresh();
    double before = openLevelOneProfessional();

    // Given acme (professional) reports a production outage without a workaround (Level 1)
    Api.Response created = Api.as(port, "acme-user").post("/api/incidents", """
        {"customerId": "acme", "installation": "prod-1", "title": "Production cluster down",
         "description": "The API server does not answer.", "requestType": "fault",
         "productionImpact": "outage", "dataLoss": false, "workaroundAvailable": false,
         "contact": {"name": "Li Lei", "phone": "+86 10 1234 5678", "email": "li.lei@example.com"}}""");
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    // When the metrics are read again
    incidentMetrics.refresh();

    // Then Prometheus shows one more open Level 1 professional incident
    assertThat(openLevelOneProfessional()).isEqualTo(before + 1);
  }

  private double openLevelOneProfessional() {
    String body = Api.as(port, "engineer").get("/actuator/prometheus").body();
    return body.lines()
        .filter(line -> line.startsWith("dce_incidents_open{") && line.contains("level=\"1\"")
            && line.contains("tier=\"professional\""))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst().orElseThrow();
  }

  @Test
  @DisplayName("Customers do not see the metrics")
  void customersDoNotSeeMetrics() {
    assertThat(Api.as(port, "acme-user").get("/actuator/prometheus").status()).isEqualTo(403);
  }

  @Test
  @DisplayName("Other actuator endpoints are for administrators: env 403 for an engineer, 200 for demo")
  void otherEndpointsForAdministrators() {
    Api.Response engineer = Api.as(port, "engineer").get("/actuator/env");
    assertThat(engineer.status()).isEqualTo(403);
    assertThat(engineer.contentType()).startsWith("application/problem+json");

    Api.Response admin = Api.as(port, "demo").get("/actuator/env");
    assertThat(admin.status()).isEqualTo(200);
    // values stay masked even for the administrator (management.endpoint.env.show-values: never)
    assertThat(admin.body()).doesNotContain("\"value\":\"postgres\"");
  }
}
