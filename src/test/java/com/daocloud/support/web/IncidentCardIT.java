package com.daocloud.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.eam.process.EamApplicationProcess;
import com.daocloud.support.identity.Groups;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The incident card for staff in the webapps (docs/tasklist.md): who gets it, and that it shows the
 * incident row. The endpoints take the webapps' session, not HTTP Basic, so their authorization matrix is
 * here rather than in security/AuthorizationMatrixIT (which calls with Basic credentials).
 */
@IntegrationTest
class IncidentCardIT {

  private static final String CARD = "/camunda/api/dce/incident-card/task/";
  private static final String OPEN = "/camunda/api/dce/incident-card/open";
  private static final Duration WAIT = Duration.ofSeconds(30);

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;

  @Autowired
  IdentityService identityService;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  @DisplayName("Tasklist loads the Incident tab: our config.js replaces the webjar's and names the plugin, a tasklist.task.detail ES module before the form")
  void tasklistServesTheTab() {
    Api.Response config = Api.anonymous(port).get("/camunda/app/tasklist/scripts/config.js");
    assertThat(config.status()).isEqualTo(200);
    assertThat(config.body()).contains("customScripts").contains("'scripts/incident-tab'")
        // the webjar's keyboard shortcuts are kept
        .contains("claimTask");

    Api.Response plugin = Api.anonymous(port).get("/camunda/app/tasklist/scripts/incident-tab.js");
    assertThat(plugin.status()).isEqualTo(200);
    assertThat(plugin.contentType()).contains("javascript");
    assertThat(plugin.body()).contains("export default").contains("pluginPoint: 'tasklist.task.detail'")
        .contains("priority: 2000").contains("/incident-card/task/");
  }

  @Test
  @DisplayName("An engineer gets the card of a task of his group, from the incident row: customer, installation, level and why, entitlement, deadline with its zone, channels, contact and the whole timeline")
  void engineerSeesTheCardOfHisGroupsTask() {
    // Given acme's Level 1 outage, waiting for the first contact (customer service and engineers)
    String number = WebTestIncidents.report(port, "outage", "Cluster down (card test)");
    Task contact = WebTestIncidents.awaitTask(taskService, number, Elements.TASK_CONTACT_CUSTOMER);
    JsonNode detail = WebTestIncidents.incident(port, number);

    // When the engineer's Tasklist asks for the card of that task
    WebappSession engineer = signedIn("tasklist", "engineer");
    Api.Response answer = engineer.get(CARD + contact.getId());

    // Then it is the incident's card, as the row says
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(engineer.headers(CARD + contact.getId()).firstValue("Cache-Control")).hasValue("no-store");
    JsonNode card = answer.json();
    assertThat(card.get("number").asText()).isEqualTo(number);
    assertThat(card.get("title").asText()).isEqualTo("Cluster down (card test)");
    assertThat(card.get("status").asText()).isEqualTo("open");
    assertThat(card.get("customer").get("id").asText()).isEqualTo("acme");
    assertThat(card.get("customer").get("name").asText()).isEqualTo("Acme");
    assertThat(card.get("customer").get("tier").asText()).isEqualTo("professional");
    assertThat(card.get("installation").get("cluster").asText()).isEqualTo("prod-1");
    assertThat(card.get("installation").get("product").asText()).isEqualTo("dce");
    assertThat(card.get("installation").get("version").asText()).isEqualTo("5.0.7");
    assertThat(card.get("level").asInt()).isEqualTo(1);
    assertThat(card.get("levelReason").asText()).isEqualTo(detail.get("levelReason").asText()).isNotBlank();
    assertThat(card.get("entitlement")).isEqualTo(detail.get("entitlement"));
    assertThat(card.get("entitlement").get("status").asText()).isEqualTo("entitled");
    assertThat(card.get("entitlement").get("reason").asText()).isEqualTo("extended-maintenance");

    // The deadline as the API writes it, the same instant in UTC, and the zone it is expressed in
    JsonNode response = card.get("response");
    String due = detail.get("responseDue").asText();
    assertThat(response.get("due").asText()).isEqualTo(due);
    assertThat(Instant.parse(response.get("dueAt").asText())).isEqualTo(OffsetDateTime.parse(due).toInstant());
    assertThat(response.get("zone").asText()).isEqualTo("Asia/Shanghai");
    assertThat(response.get("responseTime").asText()).isEqualTo("PT1H");
    assertThat(response.get("coverage").asText()).isEqualTo("24x7");
    assertThat(response.get("respondedAt").isNull()).isTrue();
    assertThat(response.get("breached").asBoolean()).isFalse();

    assertThat(texts(card.get("channels"))).containsExactly("customer-service", "phone", "remote", "on-site");
    assertThat(card.get("contact").get("name").asText()).isEqualTo("Li Lei");
    assertThat(card.get("contact").get("email").asText()).isEqualTo("li.lei@example.com");
    assertThat(card.get("emailUpdates").get("enabled").asBoolean()).isFalse();
    assertThat(card.get("resolution").isNull()).isTrue();

    // The staff timeline: what the customer sees, each entry marked whether it is internal
    List<String> events = StreamSupport.stream(card.get("timeline").spliterator(), false)
        .map(e -> e.get("event").asText()).toList();
    assertThat(events).startsWith("reported", "classified", "entitlement", "response-due");
    assertThat(card.get("timeline").get(0).get("internal").asBoolean()).isFalse();
    assertThat(card.get("timeline").get(0).get("detail").asText()).contains("Cluster down (card test)");
  }

  @Test
  @DisplayName("A task the engineer may not see (an EAM approval for managers) answers exactly as a task that does not exist: 404, no existence oracle")
  void taskTheUserMayNotSeeIsNotFound() {
    // Given an EAM application waiting for the managers' approval
    Api.Response created = Api.as(port, "service").post("/api/eam-applications", """
        {"customerId": "globex", "installation": "prod-1", "years": 1, "stableEnvironment": true,
         "supportedConfiguration": true, "willingToUpgrade": true}""");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String application = created.json().get("number").asText();
    Task approval = await().atMost(WAIT).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(application).processDefinitionKey(EamApplicationProcess.KEY)
        .singleResult(), task -> task != null);
    WebappSession engineer = signedIn("tasklist", "engineer");

    // When the engineer asks for its card, and for the card of a task id that exists nowhere
    Api.Response hidden = engineer.get(CARD + approval.getId());
    Api.Response missing = engineer.get(CARD + "no-such-task");

    // Then both answer the same problem (but for the id asked for)
    assertThat(hidden.status()).as(hidden.body()).isEqualTo(404);
    assertThat(hidden.contentType()).startsWith("application/problem+json");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(withoutAddress(hidden.body(), approval.getId()))
        .isEqualTo(withoutAddress(missing.body(), "no-such-task"));

    // And a manager, who may see the task, learns only that it is no incident task
    Api.Response manager = signedIn("tasklist", "manager").get(CARD + approval.getId());
    assertThat(manager.status()).as(manager.body()).isEqualTo(404);
    assertThat(manager.json().get("detail").asText()).startsWith("Not an incident task");
  }

  @Test
  @DisplayName("A task of another process that the engineer works (writing a change plan) has no incident card: 404 \"not an incident task\"")
  void taskOfAnotherProcessIsNotAnIncidentTask() {
    // Given a production change 40 days out: an engineer writes its plan
    Task plan = WebTestIncidents.changePlanTask(port, taskService);

    // When the engineer's Tasklist asks for its card
    Api.Response answer = signedIn("tasklist", "engineer").get(CARD + plan.getId());

    // Then there is none, and the answer says why
    assertThat(answer.status()).as(answer.body()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("detail").asText()).startsWith("Not an incident task");
  }

  @Test
  @DisplayName("Without a signed-in webapp session the card and the board answer 401; a customer signs in to no webapp, so has no session to ask with")
  void strangersAndCustomersGetNoCard() {
    String number = WebTestIncidents.report(port, "partial", "Stranger check (card test)");
    Task contact = WebTestIncidents.awaitTask(taskService, number, Elements.TASK_CONTACT_CUSTOMER);

    WebappSession stranger = new WebappSession(port);
    Api.Response card = stranger.get(CARD + contact.getId());
    Api.Response board = stranger.get(OPEN);
    // HTTP Basic is not a webapp session either
    Api.Response basic = Api.as(port, "engineer").get(CARD + contact.getId());

    WebappSession customer = new WebappSession(port);
    int login = customer.login("tasklist", "acme-user", "acme-user");
    Api.Response customersCard = customer.get(CARD + contact.getId());

    assertThat(card.status()).as(card.body()).isEqualTo(401);
    assertThat(card.contentType()).startsWith("application/problem+json");
    assertThat(board.status()).isEqualTo(401);
    assertThat(basic.status()).isEqualTo(401);
    assertThat(login).isEqualTo(403);
    assertThat(customersCard.status()).isEqualTo(401);
  }

  @Test
  @DisplayName("A webapp session of a user who became a customer gets 403 for the card once the webapp has reloaded the user's groups")
  void sessionOfACustomerIsRefused() {
    // Given an engineer's Tasklist session, and a task he may see
    String number = WebTestIncidents.report(port, "partial", "Turncoat check (card test)");
    Task contact = WebTestIncidents.awaitTask(taskService, number, Elements.TASK_CONTACT_CUSTOMER);
    String userId = "card-turncoat-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(userId);
    user.setPassword(userId);
    identityService.saveUser(user);
    identityService.createMembership(userId, Groups.SUPPORT_ENGINEERS);
    WebappSession session = new WebappSession(port);
    assertThat(session.login("tasklist", userId, userId)).isEqualTo(200);
    assertThat(session.get(CARD + contact.getId()).status()).isEqualTo(200);

    // When the user joins the customers and the webapp reloads the session's groups (after 5 minutes;
    // no timer of another test may fire meanwhile)
    identityService.createMembership(userId, Groups.CUSTOMERS);
    JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    boolean jobsWereActive = jobs != null && jobs.isActive();
    if (jobsWereActive) {
      jobs.shutdown();
    }
    List<Integer> statuses = new ArrayList<>();
    try {
      ClockUtil.offset(6 * 60_000L);
      // The first request reloads the groups (the webapp's own filter runs after ours), the next is refused
      statuses.add(session.get(CARD + contact.getId()).status());
      statuses.add(session.get(CARD + contact.getId()).status());
    } finally {
      ClockUtil.reset();
      if (jobsWereActive) {
        jobs.start();
      }
    }

    // Then the card is refused
    assertThat(statuses).contains(403).doesNotContain(500);
  }

  @Test
  @DisplayName("RSP-3: the SLA board's rows come from the incident rows: customer, level, tier, deadline and the 75 % warning as instants, breached and first contact")
  void boardListsOpenIncidentsFromTheRows() {
    // Given a fresh Level 1 incident of acme (professional: PT1H, 24x7)
    String number = WebTestIncidents.report(port, "outage", "Cluster down (board row test)");
    WebTestIncidents.awaitTask(taskService, number, Elements.TASK_CONTACT_CUSTOMER);
    JsonNode detail = WebTestIncidents.incident(port, number);

    // When a manager's Cockpit asks for the open incidents
    WebappSession manager = signedIn("cockpit", "manager");
    Api.Response answer = manager.get(OPEN);

    // Then the incident is a row with what the board shows
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(manager.headers(OPEN).firstValue("Cache-Control")).hasValue("no-store");
    JsonNode row = row(answer, number);
    assertThat(row.get("customerId").asText()).isEqualTo("acme");
    assertThat(row.get("customerName").asText()).isEqualTo("Acme");
    assertThat(row.get("level").asInt()).isEqualTo(1);
    assertThat(row.get("serviceTier").asText()).isEqualTo("professional");
    assertThat(row.get("status").asText()).isEqualTo("open");
    assertThat(row.get("processInstanceId").asText()).isNotBlank();
    String due = detail.get("responseDue").asText();
    assertThat(row.get("responseDue").asText()).isEqualTo(due);
    Instant dueAt = Instant.parse(row.get("responseDueAt").asText());
    assertThat(dueAt).isEqualTo(OffsetDateTime.parse(due).toInstant());
    // 75 % of one hour around the clock: 15 minutes before the deadline
    assertThat(Instant.parse(row.get("responseWarningAt").asText())).isEqualTo(dueAt.minus(Duration.ofMinutes(15)));
    assertThat(row.get("responseBreached").asBoolean()).isFalse();
    assertThat(row.get("firstContactAt").isNull()).isTrue();
  }

  @Test
  @DisplayName("RSP-3: a warning instant stored in the row is the one the board shows")
  void boardShowsTheStoredWarning() {
    String number = WebTestIncidents.report(port, "outage", "Stored warning (board row test)");
    WebTestIncidents.awaitTask(taskService, number, Elements.TASK_CONTACT_CUSTOMER);
    Instant stored = Instant.parse("2026-01-02T03:04:05Z");
    jdbc.update("UPDATE incidents SET response_warning_at = ? WHERE number = ?", stored.atOffset(ZoneOffset.UTC),
        number);

    Api.Response answer = signedIn("cockpit", "manager").get(OPEN);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(row(answer, number).get("responseWarningAt").asText()).isEqualTo("2026-01-02T03:04:05Z");
  }

  @Test
  @DisplayName("The SLA board is for Cockpit users who may read every incident: managers and administrators 200; engineers, customer service and duty supervisors (no Cockpit) and analysts (no incident instances) 403")
  void boardNeedsCockpitAndEveryIncident() {
    assertThat(signedIn("cockpit", "manager").get(OPEN).status()).isEqualTo(200);
    assertThat(signedIn("cockpit", "demo").get(OPEN).status()).isEqualTo(200);
    Api.Response engineer = signedIn("tasklist", "engineer").get(OPEN);
    Api.Response analyst = signedIn("cockpit", "analyst").get(OPEN);
    assertThat(engineer.status()).as(engineer.body()).isEqualTo(403);
    assertThat(engineer.contentType()).startsWith("application/problem+json");
    assertThat(analyst.status()).as(analyst.body()).isEqualTo(403);
    assertThat(signedIn("tasklist", "service").get(OPEN).status()).isEqualTo(403);
    assertThat(signedIn("tasklist", "supervisor").get(OPEN).status()).isEqualTo(403);
  }

  @Test
  @DisplayName("The card endpoints only read: a POST is refused and changes nothing")
  void cardIsReadOnly() {
    String number = WebTestIncidents.report(port, "partial", "Read-only check (card test)");
    Task contact = WebTestIncidents.awaitTask(taskService, number, Elements.TASK_CONTACT_CUSTOMER);
    WebappSession engineer = signedIn("tasklist", "engineer");
    // The first request after login hands out the new session's XSRF token, which the POST then carries.
    String before = engineer.get(CARD + contact.getId()).body();

    Api.Response post = engineer.post(CARD + contact.getId(), "application/json", "{}");

    assertThat(post.status()).as(post.body()).isEqualTo(405);
    assertThat(post.body()).doesNotContain("Exception", "\tat ");
    assertThat(engineer.get(CARD + contact.getId()).body()).isEqualTo(before);
  }

  private WebappSession signedIn(String app, String user) {
    WebappSession session = new WebappSession(port);
    assertThat(session.login(app, user, user)).isEqualTo(200);
    return session;
  }

  private static JsonNode row(Api.Response board, String number) {
    return StreamSupport.stream(board.json().spliterator(), false)
        .filter(r -> r.get("number").asText().equals(number)).findFirst()
        .orElseThrow(() -> new AssertionError(number + " is not on the board: " + board.body()));
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  /** A problem without what names the address asked for (its {@code instance} and the id in its detail). */
  private static String withoutAddress(String problem, String id) {
    return problem.replaceAll(",?\"instance\":\"[^\"]*\"", "").replace(id, "{id}");
  }
}
