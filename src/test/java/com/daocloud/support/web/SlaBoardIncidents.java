package com.daocloud.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.TestCustomers;
import java.time.Instant;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two customers of the test's own, so that the board's counts for them are exact whatever other tests left open:
 * the first with an incident in each state a manager tells apart, reached the way staff and customers get there
 * (through the API and Tasklist's REST calls); the second with one incident on track.
 */
record SlaBoardIncidents(String customer, String otherCustomer, String breached, String atRisk, String held,
    String reopened, String waiting, String onTrack, String otherCustomersIncident) {

  static SlaBoardIncidents create(int port, IdentityService identity, TaskService tasks, RuntimeService runtime,
      ManagementService jobs, JdbcTemplate jdbc) {
    String customer = TestCustomers.create(port, identity, "board", "5.0.7", "Asia/Shanghai");
    String other = TestCustomers.create(port, identity, "board-other", "5.0.7", "Asia/Shanghai");

    // A Level 1 nobody called before its deadline: the deadline timer fired
    String breached = report(port, customer, "outage", "Cluster down, nobody called");
    WebTestIncidents.awaitTask(tasks, breached, Elements.TASK_CONTACT_CUSTOMER);
    WebTestIncidents.fireResponseDeadline(jobs, runtime, breached);

    // Three quarters of the response time have passed without a first contact: the row's 75 % point is set a
    // minute ago (its days-long clock is no wait for a test); the deadline itself stays ahead
    String atRisk = report(port, customer, "partial", "Some modules degraded, no call yet");
    WebTestIncidents.awaitTask(tasks, atRisk, Elements.TASK_CONTACT_CUSTOMER);
    jdbc.update("UPDATE incidents SET response_warning_at = ? WHERE number = ?",
        Instant.now().minusSeconds(60).atOffset(ZoneOffset.UTC), atRisk);

    // Called in time; Erin the engineer took the resolution
    String held = contacted(port, tasks, report(port, customer, "partial", "Ingress drops connections"));
    String resolve = WebTestIncidents.awaitTask(tasks, held, Elements.TASK_RESOLVE_INCIDENT).getId();
    assertThat(Api.as(port, "engineer").post("/engine-rest/task/" + resolve + "/claim",
        "{\"userId\": \"engineer\"}").status()).isEqualTo(204);

    // A solution was proposed, and the customer objected on the phone: worked again
    String reopened = contacted(port, tasks, report(port, customer, "partial", "Pods restart every hour"));
    complete(port, "engineer", tasks, reopened, Elements.TASK_RESOLVE_INCIDENT, """
        {"variables": {"outcome": {"value": "solution"}, "resolutionType": {"value": "countermeasure"},
                       "solutionSummary": {"value": "Raise the memory limit"}}}""");
    Api.Response objected = Api.as(port, "service").post("/api/incidents/" + reopened + "/closure-response",
        "{\"accepted\": false, \"comment\": \"Still restarts\", \"channel\": \"phone\", \"contactName\": \"Li Lei\"}");
    assertThat(objected.status()).as(objected.body()).isEqualTo(200);
    WebTestIncidents.awaitTask(tasks, reopened, Elements.TASK_RESOLVE_INCIDENT);

    // The engineer asked the customer for information
    String waiting = contacted(port, tasks, report(port, customer, "partial", "Storage slow since the upgrade"));
    complete(port, "engineer", tasks, waiting, Elements.TASK_RESOLVE_INCIDENT, """
        {"variables": {"outcome": {"value": "need-information"},
                       "informationRequested": {"value": "Which storage class do the pods use?"}}}""");

    // Reported just now, its deadline days away
    String onTrack = report(port, customer, "partial", "Dashboard shows stale metrics");
    WebTestIncidents.awaitTask(tasks, onTrack, Elements.TASK_CONTACT_CUSTOMER);
    String othersIncident = report(port, other, "partial", "Logs missing in the console");
    WebTestIncidents.awaitTask(tasks, othersIncident, Elements.TASK_CONTACT_CUSTOMER);
    return new SlaBoardIncidents(customer, other, breached, atRisk, held, reopened, waiting, onTrack, othersIncident);
  }

  /** Customer service records the report, as from a phone call; returns the incident's number. */
  private static String report(int port, String customer, String productionImpact, String title) {
    return WebTestIncidents.report(port, "service", customer, productionImpact, title);
  }

  /** Customer service made the first contact. */
  private static String contacted(int port, TaskService tasks, String number) {
    complete(port, "service", tasks, number, Elements.TASK_CONTACT_CUSTOMER, "{}");
    return number;
  }

  private static void complete(int port, String user, TaskService tasks, String number, String taskKey,
      String json) {
    String task = WebTestIncidents.awaitTask(tasks, number, taskKey).getId();
    Api.Response completed = Api.as(port, user).post("/engine-rest/task/" + task + "/complete", json);
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
  }
}
