package com.daocloud.support.eam.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.eam.process.EamApplicationProcess;
import com.daocloud.support.eam.process.EamApplicationProcess.Elements;
import com.daocloud.support.eam.process.EamApplicationProcess.Vars;
import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.entitlement.EntitlementAtIntake;
import com.daocloud.support.entitlement.EntitlementCheck;
import com.daocloud.support.lifecycle.LifecycleDecision;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.TestCustomers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The EAM API on the whole application (embedded PostgreSQL). Each case has a customer of its own, so
 * that contracts recorded by one do not count in another. DCE 5's end of standard support is
 * 2026-06-01 by the shipped support-lifecycle decision (LC-1); 5.0.7 is the latest 5.0 maintenance
 * version in the shipped catalogue.
 */
@IntegrationTest
class EamApplicationApiIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final LocalDate EOSS = LocalDate.parse("2026-06-01");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  TaskService taskService;

  @Autowired
  EntitlementCheck entitlementCheck;

  @Autowired
  CustomerService customers;

  @Autowired
  LifecycleDecision lifecycle;

  @Autowired
  Clock clock;

  @Test
  @DisplayName("EAM-1, EAM-4: a DCE 5.0.7 installation applying today for 1 year is eligible, covered 2026-06-01 to 2027-06-01, with arrears from 2026-06-01 to today")
  void oneYearWithArrears() {
    String customer = customer("5.0.7");

    JsonNode body = created(apply("service", customer, 1, true, true, true));

    LocalDate today = LocalDate.now(clock.withZone(SHANGHAI));
    assertThat(body.get("number").asText()).matches("EAM-\\d{4}-\\d{6}");
    assertThat(body.get("eligible").asBoolean()).isTrue();
    assertThat(body.get("reason").asText()).isEqualTo("eligible");
    assertThat(body.get("coverageStart").asText()).isEqualTo("2026-06-01");
    assertThat(body.get("coverageEnd").asText()).isEqualTo("2027-06-01");
    assertThat(body.get("arrearsFrom").asText()).isEqualTo("2026-06-01");
    assertThat(body.get("arrearsTo").asText()).isEqualTo(today.toString());
    Task approval = awaitTask(body.get("number").asText());
    assertThat(taskService.getIdentityLinksForTask(approval.getId())).anyMatch(l -> "support-managers".equals(l.getGroupId()));
  }

  @Test
  @DisplayName("EAM-1, EAM-4: 2 years are eligible, covered to 2028-06-01, with arrears")
  void twoYearsWithArrears() {
    JsonNode body = created(apply("service", customer("5.0.7"), 2, true, true, true));

    assertThat(body.get("eligible").asBoolean()).isTrue();
    assertThat(body.get("coverageStart").asText()).isEqualTo("2026-06-01");
    assertThat(body.get("coverageEnd").asText()).isEqualTo("2028-06-01");
    assertThat(body.get("arrearsFrom").asText()).isEqualTo("2026-06-01");
    assertThat(body.get("arrearsTo").isNull()).isFalse();
  }

  @Test
  @DisplayName("EAM-1, EAM-2, EAM-4: approval and the arrears confirmed paid record the contract, entitlement honours "
      + "it; a third year is then refused (beyond-two-years)")
  void approvedThenThirdYearRefused() {
    // Given 2 approved years whose arrears are paid
    String customer = customer("5.0.7");
    String number = created(apply("service", customer, 2, true, true, true)).get("number").asText();
    taskService.complete(awaitTask(number).getId(), Map.of(Vars.APPROVED, true));
    await().atMost(WAIT).until(() -> read(number).get("status").asText().equals("awaiting-arrears"));
    taskService.complete(awaitTask(number, Elements.TASK_CONFIRM_ARREARS_PAID).getId(), Map.of(Vars.ARREARS_PAID, true));
    await().atMost(WAIT).until(() -> read(number).get("status").asText().equals("approved"));

    // Then entitlement sees extended maintenance on the cluster
    assertThat(new EntitlementAtIntake(entitlementCheck, customers, lifecycle).check(customer, "prod-1", LocalDate.now(clock.withZone(SHANGHAI)))
        .extendedMaintenance()).isTrue();

    // When a third year is asked for
    JsonNode third = created(apply("service", customer, 1, true, true, true));

    // Then the decision refuses it
    assertThat(third.get("eligible").asBoolean()).isFalse();
    assertThat(third.get("reason").asText()).isEqualTo("beyond-two-years");
    assertThat(third.get("coverageStart").isNull()).isTrue();
    assertThat(read(third.get("number").asText()).get("status").asText()).isEqualTo("ineligible");
  }

  @Test
  @DisplayName("EAM-1: three years at once are refused (beyond-two-years)")
  void threeYearsAtOnce() {
    JsonNode body = created(apply("service", customer("5.0.7"), 3, true, true, true));

    assertThat(body.get("eligible").asBoolean()).isFalse();
    assertThat(body.get("reason").asText()).isEqualTo("beyond-two-years");
  }

  @Test
  @DisplayName("EAM-3: an installation not on the latest maintenance version is refused (not-latest-maintenance-version)")
  void notOnLatestMaintenance() {
    JsonNode body = created(apply("service", customer("5.0.3"), 1, true, true, true));

    assertThat(body.get("eligible").asBoolean()).isFalse();
    assertThat(body.get("reason").asText()).isEqualTo("not-latest-maintenance-version");
    assertThat(body.get("arrearsFrom").isNull()).isTrue();
  }

  @Test
  @DisplayName("EAM-3: an unstable environment is refused (unstable-environment); the customer reads the reason")
  void unstableEnvironment() {
    JsonNode body = created(apply("service", customer("5.0.7"), 1, false, true, true));

    assertThat(body.get("eligible").asBoolean()).isFalse();
    assertThat(body.get("reason").asText()).isEqualTo("unstable-environment");
    JsonNode read = read(body.get("number").asText());
    assertThat(read.get("status").asText()).isEqualTo("ineligible");
    assertThat(read.get("reason").asText()).isEqualTo("unstable-environment");
  }

  @Test
  @DisplayName("EAM-3: an unwilling-to-upgrade customer and an unsupported configuration are refused with their reasons")
  void otherRefusals() {
    String customer = customer("5.0.7");
    assertThat(created(apply("service", customer, 1, true, true, false)).get("reason").asText())
        .isEqualTo("upgrade-declined");
    assertThat(created(apply("service", customer, 1, true, false, true)).get("reason").asText())
        .isEqualTo("unsupported-configuration");
  }

  @Test
  @DisplayName("EAM-1: a manager's rejection records no contract; the customer reads status and comment")
  void rejection() {
    String customer = customer("5.0.7");
    String number = created(apply("service", customer, 1, true, true, true)).get("number").asText();

    taskService.complete(awaitTask(number).getId(), Map.of(Vars.APPROVED, false,
        Vars.APPROVAL_COMMENT, "A large migration is planned"));

    await().atMost(WAIT).until(() -> read(number).get("status").asText().equals("rejected"));
    assertThat(read(number).get("comment").asText()).isEqualTo("A large migration is planned");
    assertThat(new EntitlementAtIntake(entitlementCheck, customers, lifecycle).check(customer, "prod-1", LocalDate.now(clock.withZone(SHANGHAI)))
        .extendedMaintenance()).isFalse();
  }

  // ---------------------------------------------------------------- validation and access

  @Test
  @DisplayName("Missing or invalid fields are 400s naming each field")
  void validation() {
    Api.Response empty = Api.as(port, "service").post("/api/eam-applications", "{}");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(fields(empty)).contains("customerId", "installation", "years", "stableEnvironment",
        "supportedConfiguration", "willingToUpgrade");
    assertThat(fields(apply("service", "acme", 0, true, true, true))).containsExactly("years");
    Api.Response text = Api.as(port, "service").post("/api/eam-applications", """
        {"customerId": "acme", "installation": "prod-1", "years": "one", "stableEnvironment": true,
         "supportedConfiguration": true, "willingToUpgrade": true}""");
    assertThat(text.status()).isEqualTo(400);
    assertThat(text.body()).contains("years");
  }

  @Test
  @DisplayName("An unknown customer and an unknown installation are 400s naming the field")
  void unknownCustomerAndInstallation() {
    assertThat(fields(apply("service", "nobody-" + System.nanoTime(), 1, true, true, true))).containsExactly("customerId");
    Api.Response cluster = Api.as(port, "service").post("/api/eam-applications", """
        {"customerId": "acme", "installation": "no-such-cluster", "years": 1, "stableEnvironment": true,
         "supportedConfiguration": true, "willingToUpgrade": true}""");
    assertThat(cluster.status()).isEqualTo(400);
    assertThat(fields(cluster)).containsExactly("installation");
  }

  @Test
  @DisplayName("A customer user applies and reads for its own customer only; engineers may not apply; unknown numbers are 404")
  void access() {
    assertThat(apply("acme-user", "globex", 1, true, true, true).status()).isEqualTo(403);
    assertThat(apply("engineer", "acme", 1, true, true, true).status()).isEqualTo(403);
    // Unstable: refused at once, so the acme demo cluster gets no contract from this test.
    Api.Response own = apply("acme-user", "acme", 1, false, true, true);
    assertThat(own.status()).as(own.body()).isEqualTo(201);
    String number = own.json().get("number").asText();
    assertThat(Api.as(port, "acme-user").get("/api/eam-applications/" + number).status()).isEqualTo(200);
    assertThat(Api.as(port, "globex-user").get("/api/eam-applications/" + number).status()).isEqualTo(404);
    assertThat(Api.as(port, "manager").get("/api/eam-applications/EAM-2026-999999").status()).isEqualTo(404);
  }

  // ---------------------------------------------------------------- helpers

  private String customer(String version) {
    return TestCustomers.create(port, identityService, "eam", version, "Asia/Shanghai", false);
  }

  private Api.Response apply(String user, String customer, int years, boolean stable, boolean supported,
      boolean willing) {
    return Api.as(port, user).post("/api/eam-applications", """
        {"customerId": "%s", "installation": "prod-1", "years": %d, "stableEnvironment": %b,
         "supportedConfiguration": %b, "willingToUpgrade": %b}""".formatted(customer, years, stable, supported, willing));
  }

  private static JsonNode created(Api.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  private JsonNode read(String number) {
    Api.Response response = Api.as(port, "demo").get("/api/eam-applications/" + number);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static java.util.List<String> fields(Api.Response response) {
    assertThat(response.contentType()).startsWith("application/problem+json");
    return response.json().path("errors").findValuesAsText("field");
  }

  @Test
  @DisplayName("EAM-4: an incident reported without an EAM contract waits with no response deadline; the contract is "
      + "recorded only once the arrears are confirmed paid, and then the incident's deadline counts from that moment")
  void incidentWaitsForTheContract() {
    // Given a customer on DCE 5.0.7 after its end of standard support, without extended maintenance
    String customer = customer("5.0.7");
    Api.Response reported = Api.as(port, "service").post("/api/incidents", """
        {"customerId": "%s", "installation": "prod-1", "title": "Ingress slow", "description": "Some pages time out",
         "requestType": "fault", "productionImpact": "partial", "dataLoss": false, "workaroundAvailable": false,
         "contact": {"name": "Li Lei", "phone": "+86 10 1234 5678", "email": "li.lei@example.com"}}""".formatted(customer));
    assertThat(reported.status()).as(reported.body()).isEqualTo(201);
    String incident = reported.json().get("number").asText();
    assertThat(reported.json().get("entitlement").get("status").asText()).isEqualTo("eam-required");
    assertThat(reported.json().get("entitlement").get("explanation").asText()).contains("arrears from 2026-06-01");
    assertThat(reported.json().get("responseDue").isNull()).isTrue();
    assertThat(reported.json().get("status").asText()).isEqualTo("awaiting-customer");

    // When the customer applies and a manager approves, the contract still waits for the arrears
    String number = created(apply("service", customer, 1, true, true, true)).get("number").asText();
    taskService.complete(awaitTask(number).getId(), Map.of(Vars.APPROVED, true));
    Task arrears = awaitTask(number, Elements.TASK_CONFIRM_ARREARS_PAID);
    assertThat(taskService.getIdentityLinksForTask(arrears.getId())).extracting(l -> l.getGroupId())
        .contains("customer-service", "support-managers");
    assertThat(incidentJson(incident).get("responseDue").isNull()).isTrue();

    // When the arrears are confirmed paid
    taskService.complete(arrears.getId(), Map.of(Vars.ARREARS_PAID, true));
    await().atMost(WAIT).until(() -> read(number).get("status").asText().equals("approved"));

    // Then the incident is entitled under extended maintenance, with a deadline from now, and the customer is told
    JsonNode resumed = await().atMost(WAIT).until(() -> incidentJson(incident), i -> !i.get("responseDue").isNull());
    assertThat(resumed.get("entitlement").get("status").asText()).isEqualTo("entitled");
    assertThat(resumed.get("entitlement").get("reason").asText()).isEqualTo("extended-maintenance");
    assertThat(resumed.get("status").asText()).isEqualTo("open");
    assertThat(resumed.get("timeline").findValuesAsText("event")).contains("extended-maintenance");
  }

  @Test
  @DisplayName("EAM-4: unpaid arrears reject the approved application; no contract, the incident keeps waiting")
  void unpaidArrearsReject() {
    String customer = customer("5.0.7");
    String number = created(apply("service", customer, 1, true, true, true)).get("number").asText();
    taskService.complete(awaitTask(number).getId(), Map.of(Vars.APPROVED, true));

    taskService.complete(awaitTask(number, Elements.TASK_CONFIRM_ARREARS_PAID).getId(),
        Map.of(Vars.ARREARS_PAID, false, Vars.ARREARS_NOTE, "No payment within 30 days"));

    await().atMost(WAIT).until(() -> read(number).get("status").asText().equals("rejected"));
    assertThat(read(number).get("reason").asText()).isEqualTo("arrears-unpaid");
    assertThat(new EntitlementAtIntake(entitlementCheck, customers, lifecycle).check(customer, "prod-1",
        LocalDate.now(clock.withZone(SHANGHAI))).extendedMaintenance()).isFalse();
  }

  private JsonNode incidentJson(String number) {
    Api.Response response = Api.as(port, "service").get("/api/incidents/" + number);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private Task awaitTask(String number) {
    return awaitTask(number, Elements.TASK_APPROVE_EAM);
  }

  private Task awaitTask(String number, String taskId) {
    return await().atMost(WAIT).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(number)
        .processDefinitionKey(EamApplicationProcess.KEY).taskDefinitionKey(taskId).singleResult(),
        t -> t != null);
  }
}
