package com.daocloud.support.phone;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.TestCustomers;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A phone report through the engine's REST API, as Tasklist's start dialog sends it: recorded like an API report,
 * and a refusal is a 400 problem with the reason, never a server error.
 */
@IntegrationTest
class PhoneReportIT {

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  HistoryService historyService;

  @Test
  @DisplayName("A phone report and the same report through POST /api/incidents get the same level, terms and entitlement")
  void phoneReportIsRecordedLikeAnApiReport() {
    // Given a customer with cluster prod-1
    String customer = TestCustomers.create(port, identityService, "phone-api", "5.0.7", "America/New_York");
    Api service = Api.as(port, "service");

    // When service records a degraded cluster by phone, and the customer reports the same through the API
    Api.Response started = service.post(SUBMIT, form(customer, "prod-1"));
    Api.Response reported = Api.as(port, customer + "-primary").post("/api/incidents", """
        {"customerId": "%s", "installation": "prod-1", "title": "Slow API server", "description": "Slow.",
         "requestType": "fault", "productionImpact": "degraded", "dataLoss": false, "workaroundAvailable": true,
         "contact": {"name": "Li Lei", "phone": "+1 212 555 0100"}}""".formatted(customer));

    // Then both are recorded, with the same level, response terms and entitlement
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    assertThat(reported.status()).as(reported.body()).isEqualTo(201);
    JsonNode incidents = service.get("/api/incidents?customerId=" + customer).json();
    assertThat(incidents).hasSize(2);
    JsonNode byPhone = service.get("/api/incidents/" + incidents.get(0).get("number").asText()).json();
    JsonNode byApi = service.get("/api/incidents/" + incidents.get(1).get("number").asText()).json();
    for (String field : new String[] {"level", "levelReason", "serviceTier", "status", "responseTime", "coverage"}) {
      assertThat(byPhone.get(field)).as(field).isEqualTo(byApi.get(field));
    }
    assertThat(byPhone.get("entitlement")).isEqualTo(byApi.get("entitlement"));
    assertThat(byPhone.get("responseDue").isNull()).isFalse();
    // And the phone report is named by the incident it recorded
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PhoneReportProcess.KEY)
        .processInstanceBusinessKey(byPhone.get("number").asText()).count()).isEqualTo(1);
  }

  @Test
  @DisplayName("A phone report for a cluster the customer does not have is a 400 problem that lists its clusters; nothing is recorded")
  void wrongClusterIsABadRequest() {
    String customer = TestCustomers.create(port, identityService, "phone-bad", "5.0.7", "Asia/Shanghai");

    Api.Response refused = Api.as(port, "service").post(SUBMIT, form(customer, "prod-2"));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().get("message").asText()).endsWith("The phone report was not recorded. Cluster: "
        + "is not a cluster of customer " + customer + "; its clusters: prod-1.");
    assertThat(Api.as(port, "service").get("/api/incidents?customerId=" + customer).json()).isEmpty();
  }

  private static final String SUBMIT = "/engine-rest/process-definition/key/phone-report/submit-form";

  /** The start form's answers as Tasklist sends them: strings, the yes/no questions as "true" and "false". */
  private static String form(String customer, String cluster) {
    return """
        {"variables": {"customerId": {"value": "%s"}, "installation": {"value": "%s"},
                       "requestType": {"value": "fault"}, "productionImpact": {"value": "degraded"},
                       "dataLoss": {"value": "false"}, "workaroundAvailable": {"value": "true"},
                       "title": {"value": "Slow API server"}, "description": {"value": "Slow."},
                       "contactName": {"value": "Li Lei"}, "contactPhone": {"value": "+1 212 555 0100"}}}"""
        .formatted(customer, cluster);
  }
}
