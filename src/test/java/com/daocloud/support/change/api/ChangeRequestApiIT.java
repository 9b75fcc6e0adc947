package com.daocloud.support.change.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.change.process.ChangeControlProcess;
import com.daocloud.support.change.process.ChangeControlProcess.Elements;
import com.daocloud.support.change.process.ChangeControlProcess.Vars;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.TestCustomers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The change-request API on the whole application (embedded PostgreSQL), CHG-1..4. */
@IntegrationTest
class ChangeRequestApiIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;

  @Autowired
  IdentityService identityService;

  @Autowired
  Clock clock;

  @Autowired
  ManagementService managementService;

  @Autowired
  RuntimeService runtimeService;

  // ---------------------------------------------------------------- notice

  @Test
  @DisplayName("CHG-1: acme-user's production change 40 days out is accepted without review; an engineer writes the plan")
  void productionChangeInTime() {
    Api.Response created = Api.as(port, "acme-user").post("/api/change-requests",
        change("acme", "production-change", daysOut(40), null, null));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode body = created.json();
    assertThat(body.get("number").asText()).matches("CHG-\\d{4}-\\d{6}");
    assertThat(body.get("minimumNoticeDays").asInt()).isEqualTo(28);
    assertThat(body.get("noticeDays").asInt()).isEqualTo(40);
    assertThat(body.get("noticeSufficient").asBoolean()).isTrue();
    assertThat(body.get("lateNoticeHandling").asText()).isEqualTo("manager-review");
    assertThat(body.get("additionalFees").asBoolean()).isFalse();
    String number = body.get("number").asText();
    Task plan = awaitTask(number, Elements.TASK_WRITE_CHANGE_PLAN);
    assertThat(candidateGroups(plan)).containsExactly("support-engineers");
    assertThat(get("acme-user", number).get("status").asText()).isEqualTo("accepted");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(Elements.TASK_REVIEW_LATE_NOTICE).count()).isZero();
  }

  @Test
  @DisplayName("CHG-1: a production change 10 days out waits for a support manager")
  void lateProductionChangeWaitsForManager() {
    Api.Response created = Api.as(port, "service").post("/api/change-requests",
        change("globex", "production-change", daysOut(10), null, null));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode body = created.json();
    assertThat(body.get("noticeDays").asInt()).isEqualTo(10);
    assertThat(body.get("noticeSufficient").asBoolean()).isFalse();
    assertThat(body.get("status").asText()).isEqualTo("under-review");
    Task review = awaitTask(body.get("number").asText(), Elements.TASK_REVIEW_LATE_NOTICE);
    assertThat(candidateGroups(review)).containsExactly("support-managers");
  }

  @Test
  @DisplayName("CHG-4: a product move 20 days out is accepted with the additional-fees flag, shown to the customer")
  void lateProductMoveCostsFees() {
    Api.Response created = Api.as(port, "acme-user").post("/api/change-requests",
        change("acme", "product-move", daysOut(20), "Shanghai DC 2", effectiveDate(20)));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode body = created.json();
    assertThat(body.get("minimumNoticeDays").asInt()).isEqualTo(30);
    assertThat(body.get("noticeSufficient").asBoolean()).isFalse();
    assertThat(body.get("lateNoticeHandling").asText()).isEqualTo("additional-fees");
    assertThat(body.get("additionalFees").asBoolean()).isTrue();
    String number = body.get("number").asText();
    awaitTask(number, Elements.TASK_WRITE_CHANGE_PLAN);
    JsonNode detail = get("acme-user", number);
    assertThat(detail.get("status").asText()).isEqualTo("accepted");
    assertThat(detail.get("additionalFees").asBoolean()).isTrue();
    assertThat(detail.get("newDataCenter").asText()).isEqualTo("Shanghai DC 2");
  }

  // ---------------------------------------------------------------- downtime chain (CHG-2, CHG-3)

  @Test
  @DisplayName("CHG-2, CHG-3: after the plan and the confirmation, reported downtime is a Level 1 incident at once, linked both ways; its closure brings the review with the customer")
  void downtimeBecomesLevelOneIncident() {
    // Given a customer of its own whose change is planned and confirmed
    String number = ownChange("chg", "5.0.7");
    Task plan = awaitTask(number, Elements.TASK_WRITE_CHANGE_PLAN);
    assertThat(post("service", "/api/change-requests/" + number + "/confirmation", "").status())
        .as("no plan yet").isEqualTo(409);
    taskService.complete(plan.getId(), Map.of(Vars.CHANGE_PLAN, "Drain, upgrade, verify"));
    assertThat(get("demo", number).get("changePlan").asText()).isEqualTo("Drain, upgrade, verify");
    Api.Response confirmed = post("service", "/api/change-requests/" + number + "/confirmation", "");
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    assertThat(confirmed.json().get("status").asText()).isEqualTo("scheduled");

    // When unplanned downtime is reported
    Api.Response downtime = post("service", "/api/change-requests/" + number + "/downtime",
        "{\"detail\": \"Ingress down after the upgrade\"}");

    // Then a Level 1 incident exists at once, naming the change, and the change names the incident
    assertThat(downtime.status()).as(downtime.body()).isEqualTo(201);
    String incident = downtime.json().get("incidentNumber").asText();
    assertThat(incident).matches("INC-\\d{4}-\\d{6}");
    JsonNode incidentDetail = Api.as(port, "demo").get("/api/incidents/" + incident).json();
    assertThat(incidentDetail.get("level").asInt()).isEqualTo(1);
    assertThat(incidentDetail.get("customerId").asText()).isEqualTo(get("demo", number).get("customerId").asText());
    assertThat(incidentDetail.get("title").asText()).contains(number);
    assertThat(incidentDetail.get("description").asText()).contains(number).contains("Ingress down");
    JsonNode change = get("demo", number);
    assertThat(change.get("incidentNumber").asText()).isEqualTo(incident);
    assertThat(change.get("status").asText()).isEqualTo("downtime");
    assertThat(post("service", "/api/change-requests/" + number + "/downtime", "").status())
        .as("one incident per change").isEqualTo(409);

    // When the incident is worked and closes with the customer's consent (CHG-2 worked until it runs)
    taskService.complete(awaitIncidentTask(incident, "Task_ContactCustomer").getId());
    taskService.complete(awaitIncidentTask(incident, "Task_ResolveIncident").getId(), Map.of(
        "outcome", "solution", "resolutionType", "countermeasure",
        "solutionSummary", "Ingress rolled back"));
    await().atMost(WAIT).until(() -> Api.as(port, "demo").get("/api/incidents/" + incident).json()
        .get("status").asText(), "solution-proposed"::equals);
    Api.Response accepted = Api.as(port, "demo").post("/api/incidents/" + incident
        + "/closure-response", "{\"accepted\": true, \"comment\": \"Running again\", \"channel\": \"phone\"}");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(Api.as(port, "demo").get("/api/incidents/" + incident).json().get("closureCode")
        .asText()).isEqualTo("resolved");

    // Then an engineer reviews it with the customer
    Task review = awaitTask(number, Elements.TASK_REVIEW_WITH_CUSTOMER);
    assertThat(get("demo", number).get("status").asText()).isEqualTo("in-review");
    taskService.complete(review.getId(), Map.of(Vars.REVIEW_SUMMARY, "Drain ingress first"));
    JsonNode reviewed = get("demo", number);
    assertThat(reviewed.get("status").asText()).isEqualTo("reviewed");
    assertThat(reviewed.get("reviewSummary").asText()).isEqualTo("Drain ingress first");
  }

  @Test
  @DisplayName("CLS-5, CHG-1: a change-request resolution opens a change request, linked both ways")
  void changeRequestResolutionOpensAChange() {
    // Given an incident of a customer, contacted
    String customer = TestCustomers.create(port, identityService, "cls", "5.0.7", "Europe/Berlin");
    String incident = Api.as(port, "demo").post("/api/incidents", """
        {"customerId": "%s", "installation": "prod-1", "title": "Needs a kernel change",
         "description": "Fix needs a node change.", "requestType": "fault", "productionImpact": "partial",
         "dataLoss": false, "workaroundAvailable": true,
         "contact": {"name": "Ops", "phone": "+49 30 1", "email": "ops@example.com"}}"""
        .formatted(customer)).json().get("number").asText();
    taskService.complete(awaitIncidentTask(incident, "Task_ContactCustomer").getId());

    // When the engineer resolves it with a change request
    taskService.complete(awaitIncidentTask(incident, "Task_ResolveIncident").getId(), Map.of(
        "outcome", "solution", "resolutionType", "change-request",
        "solutionSummary", "Upgrade the node kernel"));

    // Then the incident names a change request of the same customer, which names the incident
    String change = await().atMost(WAIT).until(() -> Api.as(port, "demo")
        .get("/api/incidents/" + incident).json().get("resolution").get("changeRequestNumber"),
        n -> n != null && !n.isNull()).asText();
    JsonNode changeRequest = get("demo", change);
    assertThat(changeRequest.get("customerId").asText()).isEqualTo(customer);
    assertThat(changeRequest.get("changeType").asText()).isEqualTo("production-change");
    assertThat(changeRequest.get("description").asText()).contains(incident)
        .contains("Upgrade the node kernel");
    assertThat(changeRequest.get("noticeSufficient").asBoolean()).isTrue();
  }

  @Test
  @DisplayName("CHG-2: downtime is accepted the moment the change request's 201 is answered, before the change was even accepted: a Level 1 incident at once, and the change stops for it")
  void downtimeRightAfterTheRequest() {
    // Given a late production change, just answered with 201 (its manager review is still to come)
    Api.Response created = Api.as(port, "service").post("/api/change-requests",
        change("globex", "production-change", daysOut(5), null, null));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String number = created.json().get("number").asText();

    // When downtime is reported without waiting for anything
    Api.Response downtime = post("service", "/api/change-requests/" + number + "/downtime",
        "{\"detail\": \"Ingress down while the change was announced\"}");

    // Then it is a Level 1 incident, the change names it, and no step of the change is left to do
    assertThat(downtime.status()).as(downtime.body()).isEqualTo(201);
    String incident = downtime.json().get("incidentNumber").asText();
    assertThat(Api.as(port, "demo").get("/api/incidents/" + incident).json().get("level").asInt()).isEqualTo(1);
    JsonNode change = get("demo", number);
    assertThat(change.get("status").asText()).isEqualTo("downtime");
    assertThat(change.get("incidentNumber").asText()).isEqualTo(incident);
    assertThat(managementService.createJobQuery().processInstanceId(instance(number)).count()).isZero();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(number).count()).isZero();
  }

  @Test
  @DisplayName("CHG-2, CHG-3: after the change was verified, downtime is accepted until its post-incident review closes: again during the review, never twice while an incident is open, and 409 once the review closed")
  void downtimeAfterVerificationUntilTheReviewCloses() {
    // Given a customer of its own whose change was planned, confirmed, carried out and verified
    String number = ownChange("chg", "5.0.7");
    taskService.complete(awaitTask(number, Elements.TASK_WRITE_CHANGE_PLAN).getId(),
        Map.of(Vars.CHANGE_PLAN, "Drain, upgrade, verify"));
    assertThat(post("service", "/api/change-requests/" + number + "/confirmation", "").status()).isEqualTo(200);
    // The planned time comes: its timer fires now rather than in 40 days.
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance(number))
        .activityId(Elements.TIMER_PLANNED_AT).singleResult().getId());
    taskService.complete(awaitTask(number, Elements.TASK_VERIFY_CHANGE).getId(),
        Map.of(Vars.VERIFICATION_OUTCOME, "success"));
    assertThat(get("demo", number).get("status").asText()).isEqualTo("completed");

    // When the next morning the system goes down because of the change
    Api.Response first = post("service", "/api/change-requests/" + number + "/downtime", "{\"detail\": \"Pods evicted\"}");

    // Then it is a Level 1 incident of the change; the same outage is not a second incident
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    String firstIncident = first.json().get("incidentNumber").asText();
    assertThat(get("demo", number).get("status").asText()).isEqualTo("downtime");
    Api.Response twice = post("service", "/api/change-requests/" + number + "/downtime", "");
    assertThat(twice.status()).as(twice.body()).isEqualTo(409);
    assertThat(twice.json().get("detail").asText()).contains(firstIncident);

    // When that incident closes, the review is due; downtime during the review is a new incident
    closeWithConsent(firstIncident);
    Task review = awaitTask(number, Elements.TASK_REVIEW_WITH_CUSTOMER);
    assertThat(get("demo", number).get("status").asText()).isEqualTo("in-review");
    Api.Response again = post("service", "/api/change-requests/" + number + "/downtime", "{\"detail\": \"Down again\"}");
    assertThat(again.status()).as(again.body()).isEqualTo(201);
    String secondIncident = again.json().get("incidentNumber").asText();
    assertThat(secondIncident).isNotEqualTo(firstIncident);
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).as("the review waits for it").isZero();

    // When the second incident closes and the review is held
    closeWithConsent(secondIncident);
    taskService.complete(awaitTask(number, Elements.TASK_REVIEW_WITH_CUSTOMER).getId(),
        Map.of(Vars.REVIEW_SUMMARY, "Evictions: raise the PDBs first"));
    assertThat(get("demo", number).get("status").asText()).isEqualTo("reviewed");

    // Then the change takes no more downtime reports, and nothing more is recorded
    Api.Response afterReview = post("service", "/api/change-requests/" + number + "/downtime", "");
    assertThat(afterReview.status()).as(afterReview.body()).isEqualTo(409);
    assertThat(get("demo", number).get("incidentNumber").asText()).isEqualTo(secondIncident);
  }

  @Test
  @DisplayName("CHG-2: a rejected change takes no downtime report (409, no incident)")
  void downtimeOfRejectedChangeConflicts() {
    String number = Api.as(port, "service").post("/api/change-requests",
        change("globex", "production-change", daysOut(5), null, null)).json().get("number").asText();
    taskService.complete(awaitTask(number, Elements.TASK_REVIEW_LATE_NOTICE).getId(),
        Map.of(Vars.LATE_NOTICE_ACCEPTED, false));
    assertThat(get("demo", number).get("status").asText()).isEqualTo("rejected");

    Api.Response downtime = post("service", "/api/change-requests/" + number + "/downtime", "");

    assertThat(downtime.status()).as(downtime.body()).isEqualTo(409);
    assertThat(get("demo", number).get("incidentNumber").isNull()).isTrue();
  }

  @Test
  @DisplayName("CHG-2: the downtime of a change is a Level 1 incident even where the customer's entitlement would refuse a report: recorded as entitled for the change's downtime and worked")
  void downtimeIsNotRefusedByEntitlement() {
    // Given a customer on a version without support: its own reports are not entitled
    String number = ownChange("chg-old", "2.9.0");

    // When its change causes downtime
    Api.Response downtime = post("service", "/api/change-requests/" + number + "/downtime", "");

    // Then the incident is Level 1, entitled because of the change, and waits for its first contact
    assertThat(downtime.status()).as(downtime.body()).isEqualTo(201);
    String incident = downtime.json().get("incidentNumber").asText();
    JsonNode detail = Api.as(port, "demo").get("/api/incidents/" + incident).json();
    assertThat(detail.get("level").asInt()).isEqualTo(1);
    assertThat(detail.get("entitlement").get("status").asText()).isEqualTo("entitled");
    assertThat(detail.get("entitlement").get("reason").asText()).isEqualTo("change-downtime");
    assertThat(detail.get("status").asText()).isEqualTo("open");
    awaitIncidentTask(incident, "Task_ContactCustomer");
  }

  // ---------------------------------------------------------------- validation (400 naming the field)

  @Test
  @DisplayName("CHG-1: a plan in the past is a 400 naming plannedAt")
  void planInThePast() {
    assertProblem(post("acme-user", "/api/change-requests", change("acme", "production-change",
        OffsetDateTime.now(clock).minusHours(1).toString(), null, null)), 400, "plannedAt");
  }

  @Test
  @DisplayName("A plannedAt that is not a date-time with offset is a 400 naming plannedAt")
  void malformedPlannedAt() {
    assertProblem(post("acme-user", "/api/change-requests", change("acme", "production-change",
        "next tuesday", null, null)), 400, "plannedAt");
    assertProblem(post("acme-user", "/api/change-requests", change("acme", "production-change",
        "2027-01-01T10:00:00", null, null)), 400, "plannedAt");
  }

  @Test
  @DisplayName("CHG-1: an unknown change type is a 400 naming changeType")
  void unknownChangeType() {
    assertProblem(post("acme-user", "/api/change-requests", change("acme", "coffee-break", daysOut(40), null, null)),
        400, "changeType");
  }

  @Test
  @DisplayName("CHG-4: a product move without the new data center is a 400 naming newDataCenter")
  void moveWithoutDataCenter() {
    assertProblem(post("acme-user", "/api/change-requests",
        change("acme", "product-move", daysOut(40), null, effectiveDate(40))), 400, "newDataCenter");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"product-move", "product-addition", "product-removal", "service-time-change"})
  @DisplayName("CHG-4: moving, adding or removing products and service-time changes need the effective date")
  void movementWithoutEffectiveDate(String type) {
    assertProblem(post("acme-user", "/api/change-requests", change("acme", type, daysOut(40), "DC 2", null)),
        400, "effectiveDate");
  }

  @Test
  @DisplayName("CHG-4: a malformed or past effective date is a 400 naming effectiveDate")
  void badEffectiveDate() {
    assertProblem(post("acme-user", "/api/change-requests",
        change("acme", "product-removal", daysOut(40), null, "31.12.2026")), 400, "effectiveDate");
    assertProblem(post("acme-user", "/api/change-requests",
        change("acme", "product-removal", daysOut(40), null, "2020-01-01")), 400, "effectiveDate");
  }

  @Test
  @DisplayName("Missing customerId and description are 400s naming each field")
  void missingFields() {
    Api.Response response = post("service", "/api/change-requests",
        "{\"changeType\": \"production-change\", \"plannedAt\": \"" + daysOut(40) + "\"}");
    assertProblem(response, 400, "customerId");
    assertThat(fields(response)).contains("description");
  }

  @Test
  @DisplayName("An unknown customer is a 400 naming customerId")
  void unknownCustomer() {
    assertProblem(post("service", "/api/change-requests", change("nobody-" + System.nanoTime(), "production-change",
        daysOut(40), null, null)), 400, "customerId");
  }

  @Test
  @DisplayName("CHG-5: returningAfterLapse is only for a product addition (400 naming it otherwise)")
  void returningOnlyForAddition() {
    assertProblem(post("acme-user", "/api/change-requests", """
        {"customerId": "acme", "changeType": "production-change", "plannedAt": "%s", "description": "x",
         "returningAfterLapse": true}""".formatted(daysOut(40))), 400, "returningAfterLapse");
  }

  @Test
  @DisplayName("CHG-5: the order history finds the lapse: the returning cluster's incidents are not entitled and its "
      + "product addition waits for the overdue fees; under warranty no re-certification, and then it is entitled")
  void lapseFromTheOrderHistory() {
    // Given a customer whose orders left a gap (last year) and who is back under an order this year
    String customer = "lapse-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    int year = LocalDate.now().getYear();
    Api.Response put = Api.as(port, "demo").put("/api/customers/" + customer, """
        {"name": "Lapsed Ltd.", "serviceTier": "premium", "timeZone": "Asia/Shanghai", "calendar": "weekdays",
         "maintenanceOrders": [
           {"start": "%1$d-01-01", "end": "%1$d-12-31", "feesPaid": true, "services": ["SNS"]},
           {"start": "%2$d-01-01", "end": "%2$d-12-31", "feesPaid": true, "services": ["SNS"]}],
         "installations": [{"cluster": "prod-1", "product": "dce", "version": "5.0.7", "kind": "software",
                            "activatedOn": "%1$d-01-01"}],
         "eamContracts": [{"cluster": "prod-1", "start": "2026-06-01", "end": "2028-06-01"}]}"""
        .formatted(year - 2, year));
    assertThat(put.status()).as(put.body()).isEqualTo(201);

    // Then its incidents are not entitled until the requirements are met
    JsonNode lapsed = reportIncident(customer);
    assertThat(lapsed.get("entitlement").get("status").asText()).isEqualTo("not-entitled");
    assertThat(lapsed.get("entitlement").get("reason").asText()).isEqualTo("lapse-requirements-open");

    // When it announces the product addition that brings prod-1 back (without declaring anything)
    Api.Response created = post("demo", "/api/change-requests", """
        {"customerId": "%s", "changeType": "product-addition", "plannedAt": "%s", "description": "Back on support",
         "effectiveDate": "%s", "installation": "prod-1"}""".formatted(customer, daysOut(40), effectiveDate(40)));

    // Then the change waits for the overdue fees first
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("status").asText()).isEqualTo("awaiting-requirements");
    String number = created.json().get("number").asText();
    Task fees = awaitTask(number, Elements.TASK_CONFIRM_OVERDUE_FEES_PAID);
    assertThat(candidateGroups(fees)).containsExactly("customer-service");

    // When the fees are paid and the product is under warranty: no re-certification
    taskService.complete(fees.getId(), Map.of("overdueFeesPaid", true, "underWarranty", true));
    await().atMost(WAIT).until(() -> get("demo", number).get("status").asText().equals("accepted"));

    // Then the cluster's incidents are entitled again
    assertThat(reportIncident(customer).get("entitlement").get("status").asText()).isEqualTo("entitled");
  }

  @Test
  @DisplayName("CHG-5: a customer's own returningAfterLapse no longer decides: without a gap in its orders a product "
      + "addition goes straight on")
  void declaredReturnWithoutGap() {
    String customer = TestCustomers.create(port, identityService, "no-gap", "5.0.7", "Asia/Shanghai");

    Api.Response created = post("demo", "/api/change-requests", """
        {"customerId": "%s", "changeType": "product-addition", "plannedAt": "%s", "description": "More nodes",
         "effectiveDate": "%s", "installation": "prod-1", "returningAfterLapse": true}"""
        .formatted(customer, daysOut(40), effectiveDate(40)));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("status").asText()).isNotEqualTo("awaiting-requirements");
    assertThat(get("demo", created.json().get("number").asText()).get("returningAfterLapse").asBoolean()).isFalse();
  }

  /** A Level 3 report of the customer's prod-1, by staff; the API's answer. */
  private JsonNode reportIncident(String customer) {
    Api.Response reported = Api.as(port, "demo").post("/api/incidents", """
        {"customerId": "%s", "installation": "prod-1", "title": "Pods pending", "description": "Scheduler slow",
         "requestType": "fault", "productionImpact": "partial", "dataLoss": false, "workaroundAvailable": true,
         "contact": {"name": "Ops", "phone": "+86 10 1", "email": "ops@example.com"}}""".formatted(customer));
    assertThat(reported.status()).as(reported.body()).isEqualTo(201);
    return reported.json();
  }

  @Test
  @DisplayName("An installation the customer does not have and an unknown field are 400s naming the field")
  void unknownInstallationAndField() {
    assertProblem(post("acme-user", "/api/change-requests", """
        {"customerId": "acme", "changeType": "production-change", "plannedAt": "%s", "description": "x",
         "installation": "no-such-cluster"}""".formatted(daysOut(40))), 400, "installation");
    Api.Response unknown = post("acme-user", "/api/change-requests", """
        {"customerId": "acme", "changeType": "production-change", "plannedAt": "%s", "description": "x",
         "priority": "high"}""".formatted(daysOut(40)));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("priority");
  }

  // ---------------------------------------------------------------- access

  @Test
  @DisplayName("A customer user announces and reads its own customer's changes only (403 for another customer, 404 for its records)")
  void customersActForThemselvesOnly() {
    assertProblem(post("acme-user", "/api/change-requests",
        change("globex", "production-change", daysOut(40), null, null)), 403, null);
    String globex = post("globex-user", "/api/change-requests",
        change("globex", "production-change", daysOut(40), null, null)).json().get("number").asText();
    assertThat(Api.as(port, "acme-user").get("/api/change-requests/" + globex).status()).isEqualTo(404);
    assertThat(Api.as(port, "acme-user").post("/api/change-requests/" + globex + "/downtime", "").status())
        .isEqualTo(404);
    assertThat(Api.as(port, "globex-user").get("/api/change-requests/" + globex).status()).isEqualTo(200);
    assertThat(Api.as(port, "acme-user").get("/api/change-requests").json().findValuesAsText("customerId"))
        .containsOnly("acme");
  }

  @Test
  @DisplayName("Staff who do not act on changes may read but not announce them; unknown numbers are 404")
  void staffRolesAndUnknownNumbers() {
    assertProblem(post("analyst", "/api/change-requests",
        change("acme", "production-change", daysOut(40), null, null)), 403, null);
    assertThat(Api.as(port, "manager").get("/api/change-requests/CHG-2026-999999").status()).isEqualTo(404);
    assertThat(Api.as(port, "manager").get("/api/change-requests/nonsense").status()).isEqualTo(404);
  }

  // ---------------------------------------------------------------- helpers

  /** A production change 40 days out of a customer of the test's own, in Shanghai, running the given DCE version. */
  private String ownChange(String prefix, String version) {
    String customer = TestCustomers.create(port, identityService, prefix, version, "Asia/Shanghai");
    return Api.as(port, "demo").post("/api/change-requests", change(customer, "production-change", daysOut(40), null,
        null)).json().get("number").asText();
  }

  /** The running change-control instance of a change. */
  private String instance(String number) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey(ChangeControlProcess.KEY).singleResult().getId();
  }

  /** The engineer's solution, accepted by the customer on the phone (CLS-1): the incident closes. */
  private void closeWithConsent(String incident) {
    taskService.complete(awaitIncidentTask(incident, "Task_ContactCustomer").getId());
    taskService.complete(awaitIncidentTask(incident, "Task_ResolveIncident").getId(), Map.of(
        "outcome", "solution", "resolutionType", "countermeasure", "solutionSummary", "Rolled back"));
    await().atMost(WAIT).until(() -> Api.as(port, "demo").get("/api/incidents/" + incident).json()
        .get("status").asText(), "solution-proposed"::equals);
    Api.Response accepted = Api.as(port, "service").post("/api/incidents/" + incident + "/closure-response",
        "{\"accepted\": true, \"channel\": \"phone\"}");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
  }

  private String daysOut(int days) {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.ofHours(8)).plusDays(days).plusMinutes(5)
        .truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private String effectiveDate(int days) {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.ofHours(8)).plusDays(days).toLocalDate()
        .toString();
  }

  private static String change(String customer, String type, String plannedAt, String newDataCenter,
      String effectiveDate) {
    return """
        {"customerId": "%s", "changeType": "%s", "plannedAt": "%s", "description": "Upgrade DCE to the next maintenance version"%s%s}"""
        .formatted(customer, type, plannedAt,
            newDataCenter == null ? "" : ", \"newDataCenter\": \"" + newDataCenter + "\"",
            effectiveDate == null ? "" : ", \"effectiveDate\": \"" + effectiveDate + "\"");
  }

  private Api.Response post(String user, String path, String json) {
    return Api.as(port, user).post(path, json);
  }

  private JsonNode get(String user, String number) {
    Api.Response response = Api.as(port, user).get("/api/change-requests/" + number);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static java.util.List<String> fields(Api.Response response) {
    return response.json().path("errors").findValuesAsText("field");
  }

  private static void assertProblem(Api.Response response, int status, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    if (field != null) {
      assertThat(fields(response)).as(response.body()).contains(field);
    }
  }

  private Task awaitIncidentTask(String incident, String taskKey) {
    return await().atMost(WAIT).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(incident).taskDefinitionKey(taskKey).singleResult(),
        t -> t != null);
  }

  private Task awaitTask(String number, String taskKey) {
    return await().atMost(WAIT).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(number)
        .processDefinitionKey(ChangeControlProcess.KEY).taskDefinitionKey(taskKey).singleResult(), t -> t != null);
  }

  private java.util.List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType())).map(l -> l.getGroupId()).toList();
  }
}
