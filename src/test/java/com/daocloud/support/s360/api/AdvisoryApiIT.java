package com.daocloud.support.s360.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.incident.mail.IncidentMailProcess;
import com.daocloud.support.s360.advisory.process.UpgradeAdvisoryProcess;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Advisories and dedicated teams through the API on the whole application. Each test publishes for a product
 * code of its own, so an advisory reaches exactly the test's customers.
 */
@IntegrationTest
class AdvisoryApiIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  CustomerService customers;

  @Autowired
  TaskService taskService;

  @Autowired
  HistoryService historyService;

  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  @DisplayName("SVC-2: an advisory reaches the S360 installations in an affected range only; each customer reads its own, the team's assessment included")
  void advisoryReachesAffectedS360InstallationsOnly() {
    // Given an S360 customer with an affected and a fixed cluster, another S360 customer on a fixed version, and
    // an SNS-only customer on an affected version
    String product = product();
    String affected = create("adv", "\"SNS\", \"S360\"", product, "prod-1:5.0.7", "prod-2:5.0.8");
    String fixed = create("adv-fixed", "\"S360\"", product, "prod-1:5.0.9");
    String snsOnly = create("adv-sns", "\"SNS\"", product, "prod-1:5.0.7");

    // When an engineer publishes a vulnerability for >=5.0.0 <5.0.8
    Api.Response published = Api.as(port, "engineer").post("/api/advisories", advisory(product, ">=5.0.0 <5.0.8"));

    // Then it reached exactly one installation: the S360 one in range
    assertThat(published.status()).as(published.body()).isEqualTo(201);
    assertThat(published.json().get("affectedInstallations").asInt()).isEqualTo(1);
    long id = published.json().get("id").asLong();

    // And the affected customer reads it at once, being assessed, for prod-1 only
    JsonNode mine = advisory(Api.as(port, affected + "-user").get("/api/advisories"), id);
    assertThat(mine.get("cveIds").get(0).asText()).isEqualTo("CVE-2026-12345");
    assertThat(mine.get("installations")).hasSize(1);
    assertThat(mine.get("installations").get(0).get("cluster").asText()).isEqualTo("prod-1");
    assertThat(mine.get("installations").get(0).get("assessment").asText()).isEqualTo("assessing");

    // And the S360 customer on a fixed version does not see it; the SNS-only customer has no advisories at all
    assertThat(Api.as(port, fixed + "-user").get("/api/advisories").json().findValues("id"))
        .noneMatch(node -> node.asLong() == id);
    Api.Response sns = Api.as(port, snsOnly + "-user").get("/api/advisories");
    assertThat(sns.status()).isEqualTo(409);
    assertThat(sns.contentType()).startsWith("application/problem+json");
    assertThat(sns.json().get("detail").asText()).contains("no S360");

    // When customer success assesses it
    Task assess = await().atMost(WAIT).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(UpgradeAdvisoryProcess.businessKey(id)).singleResult(), t -> t != null);
    assertThat(taskService.getIdentityLinksForTask(assess.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("customer-success");
    taskService.complete(assess.getId(), Map.of("assessment", "upgrade-recommended",
        "assessmentNote", "Upgrade prod-1 to 5.0.8"));

    // Then the customer reads the assessment
    await().atMost(WAIT).until(() -> advisory(Api.as(port, affected + "-user").get("/api/advisories"), id)
        .get("installations").get(0).get("assessment").asText(), "upgrade-recommended"::equals);
    assertThat(advisory(Api.as(port, affected + "-user").get("/api/advisories"), id).get("installations").get(0)
        .get("note").asText()).isEqualTo("Upgrade prod-1 to 5.0.8");

    // When the customer accepts the upgrade for a date 40 days ahead
    String plannedAt = java.time.Instant.now().plus(java.time.Duration.ofDays(40))
        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    String acceptance = "{\"customerId\": \"%s\", \"cluster\": \"prod-1\", \"plannedAt\": \"%s\"}"
        .formatted(affected, plannedAt);
    Api.Response accepted = Api.as(port, affected + "-user").post("/api/advisories/" + id + "/upgrade-acceptance",
        acceptance);

    // Then a production change request opens under change control, with its notice rules (CHG-1)
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    String change = accepted.json().get("changeNumber").asText();
    assertThat(accepted.json().get("noticeSufficient").asBoolean()).isTrue();
    JsonNode changeRequest = Api.as(port, affected + "-user").get("/api/change-requests/" + change).json();
    assertThat(changeRequest.get("customerId").asText()).isEqualTo(affected);
    assertThat(changeRequest.get("changeType").asText()).isEqualTo("production-change");
    assertThat(advisory(Api.as(port, affected + "-user").get("/api/advisories"), id).get("installations").get(0)
        .get("changeRequest").asText()).isEqualTo(change);
    // And a second acceptance, or one for a cluster the advisory did not reach, is refused
    assertThat(Api.as(port, affected + "-user").post("/api/advisories/" + id + "/upgrade-acceptance", acceptance)
        .status()).isEqualTo(409);
    assertThat(Api.as(port, affected + "-user").post("/api/advisories/" + id + "/upgrade-acceptance",
        acceptance.replace("prod-1", "prod-2")).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("SVC-2: an upgrade is accepted only where the team recommended one")
  void noUpgradeWithoutRecommendation() {
    String product = product();
    String customer = create("adv-noup", "\"S360\"", product, "prod-1:5.0.7");
    long id = Api.as(port, "engineer").post("/api/advisories", advisory(product, "5.0.7")).json().get("id").asLong();

    Api.Response early = Api.as(port, customer + "-user").post("/api/advisories/" + id + "/upgrade-acceptance",
        "{\"customerId\": \"%s\", \"cluster\": \"prod-1\", \"plannedAt\": \"2099-01-01T00:00:00Z\"}"
            .formatted(customer));

    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("detail").asText()).contains("'assessing'");
  }

  @Test
  @DisplayName("SVC-2: customers see only their own customer's advisories; asking for another's is refused")
  void customerIsolation() {
    String product = product();
    String one = create("adv-one", "\"S360\"", product, "prod-1:5.0.7");
    String two = create("adv-two", "\"S360\"", product, "prod-1:5.0.7");
    long id = Api.as(port, "success").post("/api/advisories", advisory(product, "5.0.7")).json().get("id").asLong();

    JsonNode seen = advisory(Api.as(port, one + "-user").get("/api/advisories"), id);
    assertThat(seen.get("installations")).extracting(n -> n.get("customerId").asText()).containsExactly(one);
    assertThat(Api.as(port, one + "-user").get("/api/advisories?customerId=" + two).status()).isEqualTo(403);
    assertThat(Api.as(port, "globex-user").get("/api/advisories").status())
        .as("globex has no S360").isEqualTo(409);
    // Staff read both customers' installations
    assertThat(advisory(Api.as(port, "manager").get("/api/advisories"), id).get("installations")).hasSize(2);
  }

  @Test
  @DisplayName("SVC-2: a customer's dedicated team gets its assessment tasks; members must be users of customer-success")
  void dedicatedTeam() {
    String product = product();
    String customer = create("adv-team", "\"S360\"", product, "prod-1:5.0.7");

    Api admin = Api.as(port, "demo");
    Api.Response wrong = admin.put("/api/customers/" + customer + "/s360-team", "{\"members\": [\"success\", \"engineer\"]}");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().get("errors").get(0).get("field").asText()).isEqualTo("members[1]");
    Api.Response put = admin.put("/api/customers/" + customer + "/s360-team", "{\"members\": [\"success\"]}");
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(admin.get("/api/customers/" + customer + "/s360-team").json().get("members").get(0).asText())
        .isEqualTo("success");
    assertThat(Api.as(port, "service").get("/api/customers/" + customer + "/s360-team").status()).isEqualTo(403);
    assertThat(admin.get("/api/customers/globex/s360-team").status()).as("globex has no S360").isEqualTo(409);

    long id = Api.as(port, "demo").post("/api/advisories", advisory(product, ">=5.0.0")).json().get("id").asLong();

    Task assess = await().atMost(WAIT).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(UpgradeAdvisoryProcess.businessKey(id)).singleResult(), t -> t != null);
    List<IdentityLink> links = taskService.getIdentityLinksForTask(assess.getId());
    assertThat(links).extracting(IdentityLink::getUserId).containsExactly("success");
    assertThat(links).extracting(IdentityLink::getGroupId).containsOnlyNulls();
  }

  @Test
  @DisplayName("SVC-2: an advisory needs valid ranges and versions (400 naming each field), and staff who follow the product")
  void validationAndRoles() {
    Api.Response bad = Api.as(port, "engineer").post("/api/advisories", """
        {"kind": "vulnerability", "product": "dce", "title": "t", "affected": [">=5.0.0 <5.0.8", "5.0.x"],
         "fixedIn": "5.0", "severity": "high"}""");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("affected[1]", "fixedIn");

    assertThat(Api.as(port, "service").post("/api/advisories", advisory(product(), "5.0.7")).status()).isEqualTo(403);
    assertThat(Api.as(port, "acme-user").post("/api/advisories", advisory(product(), "5.0.7")).status()).isEqualTo(403);
  }

  @Test
  @DisplayName("SVC-2: a new maintenance release in the catalogue is a product-update advisory for the S360 "
      + "installations on an earlier release of its line")
  void newReleaseAdvisesS360Customers() {
    String customer = create("rel", "\"S360\"", "dce", "prod-1:5.8.0");
    try {
      // A new line's first release has nothing earlier to update from
      assertThat(Api.as(port, "demo").put("/api/releases/dce/5.8", "{\"latestMaintenance\": \"5.8.0\"}").status())
          .isEqualTo(200);
      assertThat(Api.as(port, customer + "-user").get("/api/advisories").json()).isEmpty();

      // When an administrator records 5.8.1
      assertThat(Api.as(port, "demo").put("/api/releases/dce/5.8", "{\"latestMaintenance\": 1}").status())
          .isEqualTo(200);

      // Then the customer on 5.8.0 reads a product update for it, being assessed by customer success
      JsonNode advisories = Api.as(port, customer + "-user").get("/api/advisories").json();
      assertThat(advisories).hasSize(1);
      JsonNode update = advisories.get(0);
      assertThat(update.get("kind").asText()).isEqualTo("product-update");
      assertThat(update.get("title").asText()).isEqualTo("DCE 5.8.1 released");
      assertThat(update.get("fixedIn").asText()).isEqualTo("5.8.1");
      assertThat(update.get("installations").get(0).get("assessment").asText()).isEqualTo("assessing");
      // Recording the same release again advises nobody twice
      Api.as(port, "demo").put("/api/releases/dce/5.8", "{\"latestMaintenance\": 1}");
      assertThat(Api.as(port, customer + "-user").get("/api/advisories").json()).hasSize(1);
    } finally {
      // The line is this test's own: every other test sees the shipped catalogue again.
      jdbc.update("DELETE FROM dce_release WHERE product = 'dce' AND major = 5 AND minor = 8");
    }
  }

  @Test
  @DisplayName("SVC-2: a published advisory is e-mailed once per affected S360 customer, to each of its administrators with an address, naming every affected cluster")
  void advisoryIsMailedToTheAffectedCustomersAdministrators() {
    // Given an S360 customer with two affected clusters, whose administrators have e-mail addresses, and an S360
    // customer on a fixed version
    String product = product();
    String affected = create("adv-mail", "\"S360\"", product, "prod-1:5.0.7", "prod-2:5.0.6");
    String fixed = create("adv-mail-fixed", "\"S360\"", product, "prod-1:5.0.9");
    for (String customer : List.of(affected, fixed)) {
      email(customer + "-primary", customer + "-ops@example.com");
      email(customer + "-backup", customer + "-backup@example.com");
    }

    // When an engineer publishes a vulnerability for >=5.0.0 <5.0.8
    long id = Api.as(port, "engineer").post("/api/advisories", advisory(product, ">=5.0.0 <5.0.8"))
        .json().get("id").asLong();

    // Then the affected customer's two administrators get one e-mail each, the other customer none
    List<HistoricProcessInstance> mails = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(IncidentMailProcess.KEY)
        .processInstanceBusinessKey(UpgradeAdvisoryProcess.businessKey(id)).list();
    assertThat(mails).extracting(mail -> variable(mail, IncidentMailProcess.Vars.TO))
        .containsExactlyInAnyOrder(affected + "-ops@example.com", affected + "-backup@example.com");
    assertThat(mails).allSatisfy(mail -> {
      assertThat(variable(mail, IncidentMailProcess.Vars.SUBJECT)).isEqualTo("[ADV-" + id
          + "] New community vulnerability report: kube-apiserver privilege escalation");
      assertThat(variable(mail, IncidentMailProcess.Vars.TEXT)).contains("your installations prod-1, prod-2 of "
          + product, "CVE-2026-12345", "fixed in 5.0.8", "GET /api/advisories?customerId=" + affected);
    });
  }

  private void email(String userId, String address) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    user.setEmail(address);
    identityService.saveUser(user);
  }

  private String variable(HistoricProcessInstance instance, String name) {
    return (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  private String create(String prefix, String services, String product, String... installations) {
    return com.daocloud.support.s360.S360TestCustomers.create(port, identityService, customers, prefix, "premium",
        services, product, installations);
  }

  private static String product() {
    return "adv-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String advisory(String product, String range) {
    return """
        {"kind": "vulnerability", "product": "%s", "title": "kube-apiserver privilege escalation",
         "cveIds": ["CVE-2026-12345"], "affected": ["%s"], "fixedIn": "5.0.8", "severity": "high"}"""
        .formatted(product, range);
  }

  private static JsonNode advisory(Api.Response list, long id) {
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    for (JsonNode advisory : list.json()) {
      if (advisory.get("id").asLong() == id) {
        return advisory;
      }
    }
    throw new AssertionError("advisory " + id + " not in " + list.body());
  }
}
