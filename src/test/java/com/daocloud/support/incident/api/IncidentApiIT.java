package com.daocloud.support.incident.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.process.IncidentProcess;
import com.daocloud.support.sla.SlaClock;
import com.daocloud.support.sla.SlaDeadline;
import com.daocloud.support.sla.WorkingCalendar;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.time.DeadlineWording;
import com.daocloud.support.time.HumanTimes;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The incident API on the whole application (embedded PostgreSQL): report to first contact. */
@IntegrationTest
class IncidentApiIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  ManagementService managementService;

  @Autowired
  IdentityService identityService;

  @Test
  @DisplayName("LVL-1, L12-3, RSP-3: acme-user's Level 1 report is due 1 h after the report, reaches the supervisor and the contact task, and completing that is the first contact")
  void levelOneFromReportToFirstContact() {
    // Given acme (professional, Asia/Shanghai) reports a production outage without a workaround
    Api.Response created = Api.as(port, "acme-user").post("/api/incidents", report("acme", "fault", "outage"));

    // Then it is Level 1, due one hour after the report, in Shanghai time
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode body = created.json();
    String number = body.get("number").asText();
    assertThat(number).matches("INC-\\d{4}-\\d{6}");
    assertThat(body.get("level").asInt()).isEqualTo(1);
    assertThat(body.get("serviceTier").asText()).isEqualTo("professional");
    assertThat(body.get("status").asText()).isEqualTo("open");
    assertThat(body.get("coverage").asText()).isEqualTo("24x7");
    assertThat(body.get("entitlement").get("status").asText()).isIn("entitled", "limited");
    JsonNode detail = get("acme-user", number);
    OffsetDateTime reportedAt = OffsetDateTime.parse(detail.get("reportedAt").asText());
    assertThat(body.get("responseDue").asText())
        .isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(reportedAt.plusHours(1)))
        .endsWith("+08:00");
    assertThat(detail.get("timeline").get(0).get("event").asText()).isEqualTo("reported");
    assertThat(detail.get("timeline").get(0).get("at").asText()).isEqualTo(detail.get("reportedAt").asText());

    // And the duty supervisor, the representative and the contact task are waiting
    Task contact = awaitTask(number, Elements.TASK_CONTACT_CUSTOMER);
    assertThat(awaitTask(number, Elements.TASK_ACKNOWLEDGE_LEVEL1)).isNotNull();
    assertThat(awaitTask(number, Elements.TASK_NOTE_LEVEL1)).isNotNull();
    assertThat(candidateGroups(contact)).containsExactlyInAnyOrder("customer-service", "support-engineers");

    // When customer service completes the contact task through the engine's REST API
    Api.Response completed = Api.as(port, "service").post("/engine-rest/task/" + contact.getId() + "/complete", "{}");
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);

    // Then the first contact is recorded and visible to the customer
    JsonNode after = get("acme-user", number);
    assertThat(after.get("firstContactAt").isNull()).isFalse();
    assertThat(after.get("responseBreached").asBoolean()).isFalse();
    assertThat(events(after)).startsWith("reported", "classified", "entitlement", "response-due")
        .contains("access-requested", "contacted");
    assertThat(awaitTask(number, Elements.TASK_RESOLVE_INCIDENT)).isNotNull();
  }

  @Test
  @DisplayName("L12-2: refusing remote access makes the incident Level 2, due 2 h after the original report; a second answer is 409")
  void refusingRemoteAccessReclassifies() {
    String number = Api.as(port, "acme-user").post("/api/incidents", report("acme", "fault", "outage"))
        .json().get("number").asText();
    OffsetDateTime reportedAt = OffsetDateTime.parse(get("acme-user", number).get("reportedAt").asText());
    await().atMost(WAIT).until(() -> awaitingRemoteAccess(number));

    Api.Response refused = Api.as(port, "acme-user").post("/api/incidents/" + number + "/remote-access",
        "{\"granted\": false}");

    assertThat(refused.status()).as(refused.body()).isEqualTo(200);
    assertThat(refused.json().get("level").asInt()).isEqualTo(2);
    assertThat(refused.json().get("responseDue").asText())
        .isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(reportedAt.plusHours(2)));
    assertThat(events(refused.json())).contains("access-refused", "reclassified");
    assertThat(Api.as(port, "acme-user").post("/api/incidents/" + number + "/remote-access", "{\"granted\": true}")
        .status()).isEqualTo(409);
  }

  @Test
  @DisplayName("L12-1: a Level 2 incident waits for access too; the customer arranges on-site access instead through "
      + "the API, the incident stays Level 2 and the timeline says who arranged it")
  void levelTwoArrangesOnSiteAccess() {
    String number = Api.as(port, "acme-user").post("/api/incidents", report("acme", "fault", "outage", true))
        .json().get("number").asText();
    assertThat(get("acme-user", number).get("level").asInt()).isEqualTo(2);
    await().atMost(WAIT).until(() -> awaitingRemoteAccess(number));

    Api.Response onSite = Api.as(port, "acme-user").post("/api/incidents/" + number + "/remote-access",
        "{\"onSite\": true}");

    assertThat(onSite.status()).as(onSite.body()).isEqualTo(200);
    assertThat(onSite.json().get("level").asInt()).isEqualTo(2);
    assertThat(onSite.json().get("timeline").findValuesAsText("detail"))
        .contains("On-site access arranged instead of remote access by acme-user through the support API.");
    assertThat(Api.as(port, "acme-user").post("/api/incidents/" + number + "/remote-access", "{\"granted\": true}")
        .status()).as("answered already").isEqualTo(409);
  }

  @Test
  @DisplayName("L12-1: an access answer is either granted or onSite: true; anything else is a 400 naming the field")
  void accessAnswerIsOneOfTwoShapes() {
    String number = Api.as(port, "acme-user").post("/api/incidents", report("acme", "fault", "partial"))
        .json().get("number").asText();
    for (String body : List.of("{\"onSite\": false}", "{\"granted\": true, \"onSite\": true}")) {
      Api.Response bad = Api.as(port, "acme-user").post("/api/incidents/" + number + "/remote-access", body);
      assertThat(bad.status()).as(body).isEqualTo(400);
      assertThat(bad.body()).as(body).contains("onSite");
    }
  }

  @Test
  @DisplayName("L12-1: remote access for a Level 3 incident is never awaited: 409; a missing answer is 400")
  void remoteAccessOnlyWhenAwaited() {
    String number = Api.as(port, "acme-user").post("/api/incidents", report("acme", "fault", "partial"))
        .json().get("number").asText();
    Api.Response missing = Api.as(port, "acme-user").post("/api/incidents/" + number + "/remote-access", "{}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body()).contains("granted");
    assertThat(Api.as(port, "acme-user").post("/api/incidents/" + number + "/remote-access", "{\"granted\": true}")
        .status()).isEqualTo(409);
  }

  @Test
  @DisplayName("RSP-3: executing the deadline's timer marks the incident breached and creates the duty supervisor's task")
  void deadlineTimerBreaches() {
    String number = Api.as(port, "acme-user").post("/api/incidents", report("acme", "fault", "outage"))
        .json().get("number").asText();
    awaitTask(number, Elements.TASK_CONTACT_CUSTOMER);
    String processInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult().getId();
    Job deadline = managementService.createJobQuery().processInstanceId(processInstanceId)
        .activityId(Elements.TIMER_RESPONSE_DUE).singleResult();

    managementService.executeJob(deadline.getId());

    assertThat(get("acme-user", number).get("responseBreached").asBoolean()).isTrue();
    Task breach = awaitTask(number, Elements.TASK_HANDLE_RESPONSE_BREACH);
    assertThat(candidateGroups(breach)).containsExactly("duty-supervisors");
  }

  @Test
  @DisplayName("LVL-3, RSP-2: a Level 3 report of a Berlin customer gets a 5x8 deadline in Berlin time, which people read in words with the way it was counted")
  void berlinCustomerGetsBerlinDeadline() {
    // Given a professional customer in Berlin on the weekdays calendar
    String customer = "berlin-" + UUID.randomUUID().toString().substring(0, 8);
    int year = OffsetDateTime.now().getYear();
    for (String admin : List.of(customer + "-primary", customer + "-backup")) {
      User user = identityService.newUser(admin);
      user.setPassword(admin);
      identityService.saveUser(user);
      identityService.createMembership(admin, "customers");
    }
    Api.Response put = Api.as(port, "demo").put("/api/customers/" + customer, """
        {"name": "Berlin GmbH", "serviceTier": "professional", "timeZone": "Europe/Berlin", "calendar": "weekdays",
         "maintenanceOrder": {"start": "%d-01-01", "end": "%d-12-31", "feesPaid": true, "services": ["SNS"]},
         "installations": [{"cluster": "prod-1", "product": "dce", "version": "5.0.7", "kind": "software",
                            "activatedOn": "%d-01-01"}],
         "administrators": ["%s-primary", "%s-backup"],
         "eamContracts": [{"cluster": "prod-1", "start": "2026-06-01", "end": "2028-06-01"}]}"""
        .formatted(year, year, year, customer, customer));
    assertThat(put.status()).as(put.body()).isIn(200, 201);

    // When staff report a fault that hits non-critical modules
    Api.Response created = Api.as(port, "service").post("/api/incidents", report(customer, "fault", "partial"));

    // Then it is Level 3 and its 5x8 deadline is in Berlin time, inside Berlin's coverage window
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode body = created.json();
    assertThat(body.get("level").asInt()).isEqualTo(3);
    assertThat(body.get("coverage").asText()).isEqualTo("5x8");
    OffsetDateTime due = OffsetDateTime.parse(body.get("responseDue").asText());
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    assertThat(due.getOffset()).isEqualTo(berlin.getRules().getOffset(due.toInstant()));
    assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(due.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(18, 0));
    OffsetDateTime reportedAt = OffsetDateTime.parse(get("service", body.get("number").asText()).get("reportedAt").asText());
    SlaDeadline deadline = SlaClock.deadline(reportedAt.toInstant(), "PT4H", "5x8", berlin,
        WorkingCalendar.weekdays());
    assertThat(body.get("responseDue").asText()).isEqualTo(deadline.responseDue());

    // And people read the deadline in words, in Berlin time, and how it was counted as a sentence; the
    // machine-readable explanation stays, the rule ids apart
    JsonNode detail = get("service", body.get("number").asText());
    assertThat(detail.get("slaExplanation").asText()).startsWith("PT4H 5x8 from ");
    assertThat(detail.get("responseDueText").asText())
        .startsWith(HumanTimes.in(berlin).at(deadline.instant(), deadline.instant()) + " (in ");
    assertThat(detail.get("slaExplanationText").asText())
        .isEqualTo(DeadlineWording.sentence(deadline.explanation(), HumanTimes.ENGLISH))
        .startsWith("4 hours of business hours (09:00\u201318:00 on working days), counted from ");
    assertThat(detail.get("slaPolicy").toString()).isEqualTo("[\"RSP-1\",\"RSP-2\",\"RSP-3\"]");
    JsonNode responseDue = StreamSupport.stream(detail.get("timeline").spliterator(), false)
        .filter(e -> e.get("event").asText().equals("response-due")).findFirst().orElseThrow();
    assertThat(responseDue.get("detail").asText()).contains(" Berlin time: 4 hours of business hours")
        .doesNotContain("PT4H", "RSP-");
    assertThat(responseDue.get("policy").toString()).isEqualTo("[\"RSP-1\",\"RSP-2\",\"RSP-3\"]");
  }

  @Test
  @DisplayName("Idempotency-Key: 20 concurrent reports with the same key from the same customer create one incident")
  void concurrentReportsWithOneKeyCreateOneIncident() throws Exception {
    String key = "retry-" + UUID.randomUUID();
    String title = "Concurrent " + key;
    String json = report("acme", "fault", "none").replace("\"Production cluster down\"", "\"" + title + "\"");
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Callable<Api.Response>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        calls.add(() -> Api.as(port, "acme-user").send(Api.as(port, "acme-user").builder("/api/incidents")
            .header("Content-Type", "application/json").header("Idempotency-Key", key)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))));
      }
      List<Api.Response> responses = new ArrayList<>();
      for (Future<Api.Response> f : pool.invokeAll(calls)) {
        responses.add(f.get());
      }
      assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
      Set<String> numbers = responses.stream().map(r -> r.json().get("number").asText()).collect(Collectors.toSet());
      assertThat(numbers).hasSize(1);
      // every caller gets the same incident, not only its number
      Set<String> answers = responses.stream().map(r -> r.json().get("status").asText() + " level "
          + r.json().get("level").asText() + " due " + r.json().get("responseDue").asText()).collect(Collectors.toSet());
      assertThat(answers).hasSize(1);
      System.out.printf("reliability: 20 concurrent reports with one Idempotency-Key -> 20 x 201, incidents %s (%s)%n",
          numbers, answers.iterator().next());
      JsonNode all = Api.as(port, "acme-user").get("/api/incidents?customerId=acme").json();
      long withTitle = 0;
      for (JsonNode incident : all) {
        withTitle += incident.get("title").asText().equals(title) ? 1 : 0;
      }
      assertThat(withTitle).isEqualTo(1);
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(numbers.iterator().next())
          .count()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName("Idempotency-Key: the same key from another customer is another incident")
  void keysArePerCustomer() {
    String key = "shared-" + UUID.randomUUID();
    String acme = post("acme-user", report("acme", "fault", "none"), key).json().get("number").asText();
    String globex = post("globex-user", report("globex", "fault", "none"), key).json().get("number").asText();
    assertThat(acme).isNotEqualTo(globex);
    assertThat(post("acme-user", report("acme", "fault", "none"), key).json().get("number").asText()).isEqualTo(acme);
  }

  @Test
  @DisplayName("Bad input is a 400 naming each field, and nothing is stored")
  void invalidReportIsRefused() {
    int before = Api.as(port, "demo").get("/api/incidents").json().size();

    Api.Response refused = Api.as(port, "acme-user").post("/api/incidents", """
        {"customerId": "acme", "installation": "", "title": "x", "description": "y", "requestType": "bug",
         "productionImpact": "outage", "dataLoss": false, "contact": {"name": "Li"}}""");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("installation", "requestType", "workaroundAvailable", "contact.phone");
    assertThat(Api.as(port, "demo").get("/api/incidents").json().size()).isEqualTo(before);
    assertThat(Api.as(port, "acme-user").post("/api/incidents", "{\"customerId\": 5, \"dataLoss\": \"maybe\"}")
        .status()).isEqualTo(400);
  }

  @Test
  @DisplayName("A cluster the customer does not have is a typo, not an incident: 400 naming the customer's clusters, "
      + "and nothing is recorded")
  void unknownClusterIsATypo() {
    int before = Api.as(port, "demo").get("/api/incidents").json().size();

    Api.Response refused = Api.as(port, "acme-user").post("/api/incidents",
        report("acme", "fault", "outage").replace("\"prod-1\"", "\"prod-l\""));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("installation");
    assertThat(refused.json().get("errors").get(0).get("message").asText()).contains("its clusters: prod-1");
    assertThat(Api.as(port, "demo").get("/api/incidents").json().size()).isEqualTo(before);
  }

  @Test
  @DisplayName("L12-7: customers report and list their own customer's incidents only (403); another customer's incident is 404, as an unknown one")
  void customersSeeOnlyTheirOwn() {
    assertThat(Api.as(port, "acme-user").post("/api/incidents", report("globex", "fault", "none")).status())
        .isEqualTo(403);
    String globex = Api.as(port, "globex-user").post("/api/incidents", report("globex", "fault", "none"))
        .json().get("number").asText();

    assertThat(Api.as(port, "acme-user").get("/api/incidents/" + globex).status()).isEqualTo(404);
    assertThat(Api.as(port, "globex-user").get("/api/incidents/" + globex).status()).isEqualTo(200);
    assertThat(Api.as(port, "acme-user").get("/api/incidents?customerId=globex").status()).isEqualTo(403);
    assertThat(Api.as(port, "acme-user").get("/api/incidents/INC-1999-000001").status()).isEqualTo(404);
    assertThat(Api.as(port, "demo").get("/api/incidents?customerId=nobody").status()).isEqualTo(404);
    assertThat(Api.as(port, "demo").get("/api/incidents?status=pending").status()).isEqualTo(400);
    assertThat(Api.as(port, "supervisor").post("/api/incidents", report("acme", "fault", "none")).status())
        .isEqualTo(403);
    JsonNode own = Api.as(port, "acme-user").get("/api/incidents?status=open").json();
    assertThat(own.findValuesAsText("customerId")).containsOnly("acme");
  }

  // ---------------------------------------------------------------- helpers

  @Test
  @DisplayName("L12-4: a Level 1 incident's hourly cycle gives an engineer the status update task, and an hour whose "
      + "update is still open adds no second one")
  void hourlyStatusUpdateTask() {
    Api.Response created = Api.as(port, "acme-user").post("/api/incidents", report("acme", "fault", "outage"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String number = created.json().get("number").asText();
    String processInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult().getId();

    for (int hour = 1; hour <= 2; hour++) {
      managementService.executeJob(managementService.createJobQuery().processInstanceId(processInstanceId)
          .activityId(Elements.TIMER_STATUS_UPDATE).singleResult().getId());
    }

    assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(Elements.TASK_POST_STATUS_UPDATE).list())
        .singleElement().satisfies(task -> assertThat(taskService.getIdentityLinksForTask(task.getId()))
            .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("support-engineers")));
  }

  private static String report(String customerId, String requestType, String impact) {
    return report(customerId, requestType, impact, false);
  }

  /** An outage with a workaround is Level 2 (LVL-2). */
  private static String report(String customerId, String requestType, String impact, boolean workaround) {
    return """
        {"customerId": "%s", "installation": "prod-1", "title": "Production cluster down",
         "description": "The API server does not answer.", "requestType": "%s", "productionImpact": "%s",
         "dataLoss": false, "workaroundAvailable": %s,
         "contact": {"name": "Li Lei", "phone": "+86 10 1234 5678", "email": "li.lei@example.com"}}"""
        .formatted(customerId, requestType, impact, workaround);
  }

  private Api.Response post(String user, String json, String key) {
    Api api = Api.as(port, user);
    return api.send(api.builder("/api/incidents").header("Content-Type", "application/json")
        .header("Idempotency-Key", key).POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
  }

  private JsonNode get(String user, String number) {
    Api.Response response = Api.as(port, user).get("/api/incidents/" + number);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static List<String> events(JsonNode detail) {
    return detail.get("timeline").findValuesAsText("event");
  }

  private boolean awaitingRemoteAccess(String number) {
    return runtimeService.createEventSubscriptionQuery()
        .eventName(IncidentProcess.Messages.REMOTE_ACCESS_ANSWERED).list().stream()
        .anyMatch(s -> number.equals(runtimeService.createProcessInstanceQuery()
            .processInstanceId(s.getProcessInstanceId()).singleResult().getBusinessKey()));
  }

  private Task awaitTask(String number, String taskKey) {
    return await().atMost(WAIT).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(taskKey).singleResult(), task -> task != null);
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId()).toList();
  }
}
