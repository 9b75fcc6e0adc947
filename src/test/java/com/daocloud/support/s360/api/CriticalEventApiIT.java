package com.daocloud.support.s360.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.s360.S360TestCustomers;
import com.daocloud.support.s360.critical.process.CriticalEventProcess;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Critical events through the API on the whole application. */
@IntegrationTest
class CriticalEventApiIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  CustomerService customers;

  @Autowired
  TaskService taskService;

  @Test
  @DisplayName("SVC-2: an S360 customer registers a peak; the team's service plan task is due when the window opens and the customer reads the plan")
  void registerAndReadThePlan() {
    String customer = create("cre", "\"S360\"");
    Instant from = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    Api own = Api.as(port, customer + "-user");

    Api.Response created = own.post("/api/critical-events", event(customer, "prod-1", from, from.plus(3, ChronoUnit.DAYS)));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    Task plan = await().atMost(WAIT).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(CriticalEventProcess.businessKey(id)).singleResult(), t -> t != null);
    assertThat(plan.getTaskDefinitionKey()).isEqualTo("Task_WriteServicePlan");
    assertThat(plan.getDueDate().toInstant()).isEqualTo(from);
    taskService.complete(plan.getId(), Map.of("servicePlan", "Two engineers on duty; change freeze"));
    await().atMost(WAIT).until(() -> own.get("/api/critical-events/" + id).json().get("status").asText(),
        "planned"::equals);
    JsonNode read = own.get("/api/critical-events/" + id).json();
    assertThat(read.get("servicePlan").asText()).isEqualTo("Two engineers on duty; change freeze");
    assertThat(read.get("kind").asText()).isEqualTo("peak");
    assertThat(own.get("/api/critical-events").json()).hasSize(1);
  }

  @Test
  @DisplayName("SVC-2: a critical event needs the customer's own clusters and a window that ends after it starts, in the future (400 naming each field)")
  void validation() {
    String customer = create("cre-bad", "\"S360\"");
    Instant from = Instant.now().plus(5, ChronoUnit.DAYS);

    Api.Response bad = Api.as(port, "success").post("/api/critical-events",
        event(customer, "prod-9", from, from.minus(1, ChronoUnit.DAYS)));

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("installations[0]", "to");
  }

  @Test
  @DisplayName("SVC-2: a customer without S360 gets a 409, another customer's events are hidden, and acting for another customer is refused")
  void isolationAndS360Only() {
    String one = create("cre-one", "\"S360\"");
    String sns = create("cre-sns", "\"SNS\"");
    Instant from = Instant.now().plus(5, ChronoUnit.DAYS);
    long theirs = Api.as(port, "service").post("/api/critical-events",
        event(one, "prod-1", from, from.plus(1, ChronoUnit.DAYS))).json().get("id").asLong();

    Api.Response snsAnswer = Api.as(port, sns + "-user").post("/api/critical-events",
        event(sns, "prod-1", from, from.plus(1, ChronoUnit.DAYS)));
    assertThat(snsAnswer.status()).isEqualTo(409);
    assertThat(snsAnswer.json().get("detail").asText()).contains("no S360");
    assertThat(Api.as(port, sns + "-user").get("/api/critical-events/" + theirs).status()).isEqualTo(404);
    assertThat(Api.as(port, sns + "-user").post("/api/critical-events",
        event(one, "prod-1", from, from.plus(1, ChronoUnit.DAYS))).status()).isEqualTo(403);
    assertThat(Api.as(port, "engineer").post("/api/critical-events",
        event(one, "prod-1", from, from.plus(1, ChronoUnit.DAYS))).status()).isEqualTo(403);
  }

  private String create(String prefix, String services) {
    return S360TestCustomers.create(port, identityService, customers, prefix, "premium", services, "dce",
        "prod-1:5.0.7");
  }

  private static String event(String customer, String cluster, Instant from, Instant to) {
    return """
        {"customerId": "%s", "installations": ["%s"], "kind": "peak", "from": "%s", "to": "%s",
         "description": "Year-end sales peak"}""".formatted(customer, cluster, from, to);
  }
}
