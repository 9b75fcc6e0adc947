package com.daocloud.support.isolated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.Multipart;
import com.daocloud.support.testing.NodeProcess;
import com.daocloud.support.testing.SharedPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Camunda's own clustering: two application JVMs, built from this project, on one PostgreSQL. Work
 * started on one node is finished on the other; timers fire exactly once across both; a node killed
 * with SIGKILL while it holds locked jobs loses nothing: the other runs them once the locks expire.
 */
class ClusterIT {

  private static final String ADMIN_PASSWORD = "cluster-Admin-1";
  private static final int TIMERS = 200;
  /** Short locks so that the test sees a dead node's jobs taken over within seconds. */
  private static final String[] NODE_SETTINGS = {
      "--spring.profiles.active=postgres,prod",
      "--camunda.bpm.job-execution.lock-time-in-millis=5000",
      "--camunda.bpm.job-execution.wait-time-in-millis=200",
      "--camunda.bpm.job-execution.max-wait=1000",
      // One worker that takes many jobs at a time: a node holds many locks while it works them.
      "--camunda.bpm.job-execution.core-pool-size=1",
      "--camunda.bpm.job-execution.max-pool-size=1",
      "--camunda.bpm.job-execution.queue-capacity=200",
      "--camunda.bpm.job-execution.max-jobs-per-acquisition=200",
      "--server.servlet.session.cookie.secure=false"};

  @Test
  @DisplayName("Two nodes on one PostgreSQL: work moves between nodes, timers fire once, a killed node loses nothing")
  void clusterOfTwoNodes() throws Exception {
    String jdbcUrl = SharedPostgres.newDatabase("dce_cluster");
    Map<String, String> environment = Map.of("DB_URL", jdbcUrl, "DB_USER", "postgres",
        "DB_PASSWORD", "postgres", "ADMIN_PASSWORD", ADMIN_PASSWORD);

    NodeProcess nodeA = NodeProcess.start("node-a", environment, NODE_SETTINGS);
    awaitUp(nodeA);
    NodeProcess nodeB = NodeProcess.start("node-b", environment, NODE_SETTINGS);
    try {
      awaitUp(nodeB);
      Api adminA = Api.as(nodeA.port(), "admin", ADMIN_PASSWORD);
      Api adminB = Api.as(nodeB.port(), "admin", ADMIN_PASSWORD);

      // An incident reported on node A is worked on node B.
      createCustomer(adminA);
      JsonNode reported = adminA.post("/api/incidents", report()).json();
      String number = reported.get("number").asText();
      JsonNode task = await().atMost(Duration.ofSeconds(60)).until(
          () -> adminB.get("/engine-rest/task?processInstanceBusinessKey=" + number
              + "&taskDefinitionKey=Task_ContactCustomer").json(), tasks -> tasks.size() == 1).get(0);
      assertThat(adminB.post("/engine-rest/task/" + task.get("id").asText() + "/complete", "{}")
          .status()).isEqualTo(204);
      assertThat(adminA.get("/api/incidents/" + number).json().get("firstContactAt").isNull())
          .as("first contact recorded on node B is visible on node A").isFalse();

      // 200 timers due within a few seconds fire exactly once across both nodes.
      deploy(adminA, "cluster-timer-check");
      Instant due = Instant.now().plusSeconds(5);
      Instant creating = Instant.now();
      startTimers(adminA, adminB, "cluster-timer-check", due);
      Duration creation = Duration.between(creating, Instant.now());
      await().atMost(Duration.ofSeconds(120)).until(
          () -> finished(adminB, "cluster-timer-check") == TIMERS);
      Map<String, Integer> firedBy = successfulJobsByHost(adminA, "cluster-timer-check");
      Duration drained = Duration.between(due, Instant.now());
      System.out.printf("cluster: %d timers due at once fired %s (by node), all done %d ms after due%n",
          TIMERS, firedBy, drained.toMillis());
      assertThat(firedBy.values().stream().mapToInt(Integer::intValue).sum())
          .as("each timer fired exactly once").isEqualTo(TIMERS);
      assertThat(instancesWithSuccessfulJob(adminA, "cluster-timer-check"))
          .as("every instance's timer fired, none twice").isEqualTo(TIMERS);

      // Node A alone holds locked jobs when it is killed; node B takes them over once the locks expire.
      nodeB.close();
      deploy(adminA, "cluster-failover-check");
      // Due only once all are created (as long again as the first batch took, and some), so that
      // node A takes them in one go and is killed while it holds their locks.
      Instant failoverDue = Instant.now().plus(creation.multipliedBy(2)).plusSeconds(2);
      startTimers(adminA, adminA, "cluster-failover-check", failoverDue);
      await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
          .until(() -> lockedJobs(jdbcUrl) > 0);
      int lockedWhenKilled = lockedJobs(jdbcUrl);
      nodeA.kill();
      Instant killedAt = Instant.now();
      int incidentsBefore = incidentCount(jdbcUrl);

      nodeB = NodeProcess.start("node-b", environment, NODE_SETTINGS);
      awaitUp(nodeB);
      Api survivor = Api.as(nodeB.port(), "admin", ADMIN_PASSWORD);
      await().atMost(Duration.ofSeconds(120)).until(
          () -> finished(survivor, "cluster-failover-check") == TIMERS);
      Map<String, Integer> failover = successfulJobsByHost(survivor, "cluster-failover-check");
      System.out.printf("cluster: node-a killed holding %d locked jobs; %d timers completed %s,"
              + " the last %d ms after the kill%n", lockedWhenKilled, TIMERS, failover,
          Duration.between(killedAt, Instant.now()).toMillis());
      assertThat(failover.values().stream().mapToInt(Integer::intValue).sum())
          .as("no timer lost, none fired twice").isEqualTo(TIMERS);
      assertThat(instancesWithSuccessfulJob(survivor, "cluster-failover-check"))
          .as("every instance's timer fired, none twice").isEqualTo(TIMERS);
      assertThat(failover).containsKey("node-b");
      assertThat(incidentCount(jdbcUrl)).as("no incident lost or duplicated")
          .isEqualTo(incidentsBefore);
    } finally {
      nodeA.close();
      nodeB.close();
    }
  }

  private static void awaitUp(NodeProcess node) {
    await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
        .until(() -> {
          assertThat(node.isAlive()).as(node + " is running").isTrue();
          try {
            return Api.as(node.port(), "admin", ADMIN_PASSWORD).get("/engine-rest/version")
                .status() == 200;
          } catch (IllegalStateException notYetListening) {
            return false;
          }
        });
  }

  private static void createCustomer(Api admin) {
    for (String user : new String[] {"cluster-primary", "cluster-backup"}) {
      admin.post("/engine-rest/user/create", """
          {"profile": {"id": "%s", "firstName": "C", "lastName": "C", "email": "c@example.invalid"},
           "credentials": {"password": "%s-Password-1"}}""".formatted(user, user));
    }
    int year = LocalDate.now(ZoneOffset.UTC).getYear();
    Api.Response put = admin.put("/api/customers/cluster-co", """
        {"name": "Cluster Co", "serviceTier": "premium", "timeZone": "Europe/Berlin", "calendar": "weekdays",
         "maintenanceOrder": {"start": "%d-01-01", "end": "%d-12-31", "feesPaid": true, "services": ["SNS"]},
         "installations": [{"cluster": "prod-1", "product": "dce", "version": "5.0.7", "kind": "software",
                            "activatedOn": "%d-01-01"}],
         "administrators": ["cluster-primary", "cluster-backup"],
         "eamContracts": [{"cluster": "prod-1", "start": "2026-06-01", "end": "2028-06-01"}]}"""
        .formatted(year, year, year));
    assertThat(put.status()).as(put.body()).isIn(200, 201);
  }

  private static String report() {
    return """
        {"customerId": "cluster-co", "installation": "prod-1", "title": "Cluster check",
         "description": "Reported on node A.", "requestType": "fault", "productionImpact": "outage",
         "dataLoss": false, "workaroundAvailable": true,
         "contact": {"name": "Ops", "phone": "+49 30 1234", "email": "ops@example.com"}}""";
  }

  private static void deploy(Api admin, String key) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Started")
        .intermediateCatchEvent("Timer_Due").timerWithDate("${due}")
        .endEvent("EndEvent_Fired").done();
    Api.Response deployed = admin.send(Multipart.post(admin.builder("/engine-rest/deployment/create"),
        Map.of("deployment-name", key), Map.of(key + ".bpmn",
            Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8))));
    assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
  }

  private static void startTimers(Api first, Api second, String key, Instant due) {
    String body = "{\"variables\":{\"due\":{\"value\":\"" + due + "\",\"type\":\"String\"}}}";
    for (int i = 0; i < TIMERS; i++) {
      Api node = i % 2 == 0 ? first : second;
      assertThat(node.post("/engine-rest/process-definition/key/" + key + "/start", body).status())
          .isEqualTo(200);
    }
  }

  private static long finished(Api admin, String key) {
    return admin.get("/engine-rest/history/process-instance/count?finished=true&processDefinitionKey="
        + key).json().get("count").asLong();
  }

  private static Map<String, Integer> successfulJobsByHost(Api admin, String key) {
    Map<String, Integer> byHost = new TreeMap<>();
    for (JsonNode log : admin.get("/engine-rest/history/job-log?successLog=true&processDefinitionKey="
        + key + "&maxResults=2000").json()) {
      byHost.merge(log.get("hostname").asText(), 1, Integer::sum);
    }
    return byHost;
  }

  /** Process instances with a successful job: with {@link #TIMERS} jobs in all, each fired exactly once. */
  private static long instancesWithSuccessfulJob(Api admin, String key) {
    java.util.Set<String> instances = new java.util.HashSet<>();
    for (JsonNode log : admin.get("/engine-rest/history/job-log?successLog=true&processDefinitionKey="
        + key + "&maxResults=2000").json()) {
      instances.add(log.get("processInstanceId").asText());
    }
    return instances.size();
  }

  private static int lockedJobs(String jdbcUrl) throws Exception {
    return count(jdbcUrl, "select count(*) from act_ru_job where lock_owner_ is not null");
  }

  private static int incidentCount(String jdbcUrl) throws Exception {
    return count(jdbcUrl, "select count(*) from incidents");
  }

  private static int count(String jdbcUrl, String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
         ResultSet result = connection.createStatement().executeQuery(sql)) {
      result.next();
      return result.getInt(1);
    }
  }
}
