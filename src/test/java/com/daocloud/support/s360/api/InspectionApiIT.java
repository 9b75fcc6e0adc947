package com.daocloud.support.s360.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.s360.S360TestCustomers;
import com.daocloud.support.s360.inspection.InspectionCadence;
import com.daocloud.support.s360.inspection.process.HealthInspectionProcess;
import com.daocloud.support.testing.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.daocloud.support.testing.IntegrationTest;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health inspections through the API on the whole application, the report read back from its PDF. */
@IntegrationTest
class InspectionApiIT {

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
  InspectionCadence cadence;

  @Test
  @DisplayName("SVC-2: a new S360 installation is due an inspection at once; the team's report reaches the customer as JSON and as a PDF with the six sections, and the next one is due a month later")
  void inspectionReportReachesTheCustomer() throws Exception {
    // Given a professional S360 customer whose cadence was just checked
    String customer = create("ins", "\"S360\"");
    assertThat(cadence.ensureScheduled(customers.customer(customer).orElseThrow())).isEqualTo(1);
    Api own = Api.as(port, customer + "-user");
    JsonNode scheduled = own.get("/api/inspections").json();
    assertThat(scheduled).hasSize(1);
    long id = scheduled.get(0).get("id").asLong();
    assertThat(scheduled.get(0).get("cluster").asText()).isEqualTo("prod-1");
    assertThat(scheduled.get(0).get("report").isNull()).isTrue();

    // When the inspection falls due, customer success writes the report
    Task inspect = await().atMost(WAIT).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(HealthInspectionProcess.businessKey(id)).singleResult(), t -> t != null);
    assertThat(taskService.getIdentityLinksForTask(inspect.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("customer-success");
    assertThat(own.get("/api/inspections/" + id).json().get("status").asText()).isEqualTo("due");
    assertThat(pdf(customer + "-user", id).statusCode()).as("no report yet").isEqualTo(409);
    taskService.complete(inspect.getId(), report());

    // Then the customer reads it
    await().atMost(WAIT).until(() -> own.get("/api/inspections/" + id).json().get("status").asText(),
        "completed"::equals);
    JsonNode done = own.get("/api/inspections/" + id).json();
    assertThat(done.get("report").get("computeNodes").asText()).isEqualTo("2 nodes above 85 % memory");
    assertThat(done.get("report").get("findings").asText()).contains("Rotate etcd certificates");

    // And downloads it as a PDF that holds the six sections and the findings
    HttpResponse<byte[]> pdf = pdf(customer + "-user", id);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("Health inspection report", customer, "prod-1", "Overall information",
          "3 clusters, 120 nodes", "Management nodes", "3 masters healthy", "Compute nodes",
          "Application status", "412 applications running", "Functional requirements and issue handling",
          "Overall evaluation", "Healthy with two findings", "Findings", "Add memory to node-7 <now>");
    }

    // And the next inspection is due a month after this one (professional tier, s360-services)
    JsonNode all = own.get("/api/inspections").json();
    assertThat(all).hasSize(2);
    Instant completedAt = Instant.parse(done.get("completedAt").asText());
    assertThat(Instant.parse(all.get(0).get("dueAt").asText()))
        .isEqualTo(completedAt.atZone(ZoneOffset.UTC).plus(Period.ofMonths(1)).toInstant());
    assertThat(all.get(0).get("status").asText()).isEqualTo("scheduled");
  }

  @Test
  @DisplayName("SVC-2: customers see only their own inspections; another customer's is not found, and a customer without S360 gets a 409")
  void customerIsolation() {
    String one = create("ins-one", "\"S360\"");
    String two = create("ins-two", "\"SNS\", \"S360\"");
    cadence.ensureScheduled(customers.customer(one).orElseThrow());
    cadence.ensureScheduled(customers.customer(two).orElseThrow());
    long theirs = Api.as(port, two + "-user").get("/api/inspections").json().get(0).get("id").asLong();

    Api api = Api.as(port, one + "-user");
    assertThat(api.get("/api/inspections").json()).allSatisfy(i -> assertThat(i.get("customerId").asText())
        .isEqualTo(one));
    assertThat(api.get("/api/inspections/" + theirs).status()).isEqualTo(404);
    assertThat(api.get("/api/inspections/" + theirs).json().get("detail").asText())
        .isEqualTo(api.get("/api/inspections/999999999").json().get("detail").asText().replace("999999999",
            String.valueOf(theirs)));
    assertThat(api.get("/api/inspections?customerId=" + two).status()).isEqualTo(403);
    Api.Response globex = Api.as(port, "globex-user").get("/api/inspections");
    assertThat(globex.status()).isEqualTo(409);
    assertThat(globex.json().get("detail").asText()).contains("no S360");
    // Staff read any customer's
    assertThat(Api.as(port, "success").get("/api/inspections?customerId=" + two).json()).hasSize(1);
  }

  @Test
  @DisplayName("SVC-2: a finding the inspector marks as needing an incident is reported through intake by the inspector; the customer reads the incident and finds it linked in the inspection report")
  void findingOpensALinkedIncident() {
    // Given an S360 customer under extended maintenance whose inspection is due
    String customer = S360TestCustomers.createUnderEam(port, identityService, customers, "ins-inc", "professional",
        "\"S360\"", "dce", "prod-1:5.0.7");
    Api own = Api.as(port, customer + "-user");
    long id = dueInspection(customer);
    Task inspect = inspectionTask(id);

    // When 'success' claims the inspection and, as Tasklist does, completes it with the form's fields: a finding
    // reported as an incident with partial impact
    taskService.claim(inspect.getId(), "success");
    Map<String, Object> form = report();
    form.put("openIncident", true);
    form.put("incidentTitle", "node-7 runs out of memory");
    form.put("incidentImpact", "partial");
    Api.Response completed = Api.as(port, "success").post("/engine-rest/task/" + inspect.getId() + "/complete",
        variables(form));
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);

    // Then the inspection report links the incident
    await().atMost(WAIT).until(() -> own.get("/api/inspections/" + id).json().get("status").asText(),
        "completed"::equals);
    JsonNode linked = own.get("/api/inspections/" + id).json().get("report").get("incidentNumber");
    assertThat(linked.isTextual()).as("incidentNumber " + linked).isTrue();

    // And the customer reads that incident: its cluster, the inspector as reporter, Level 3 (partial impact), the
    // findings as its description, under the response clock of any report
    JsonNode incident = own.get("/api/incidents/" + linked.asText()).json();
    assertThat(incident.get("customerId").asText()).isEqualTo(customer);
    assertThat(incident.get("installation").asText()).isEqualTo("prod-1");
    assertThat(incident.get("title").asText()).isEqualTo("node-7 runs out of memory");
    assertThat(incident.get("level").asInt()).isEqualTo(3);
    assertThat(incident.get("description").asText()).contains("Rotate etcd certificates");
    assertThat(incident.get("timeline").get(0).get("detail").asText())
        .isEqualTo("Reported by success: node-7 runs out of memory");
    assertThat(incident.get("responseDue").isNull()).isFalse();
  }

  @Test
  @DisplayName("SVC-2: a finding the inspector marks as needing a change opens a production change request under "
      + "change control, with enough notice; the customer reads it and finds it linked in the inspection report")
  void findingOpensALinkedChangeRequest() {
    String customer = create("ins-chg", "\"S360\"");
    Api own = Api.as(port, customer + "-user");
    long id = dueInspection(customer);
    Task inspect = inspectionTask(id);

    taskService.claim(inspect.getId(), "success");
    Map<String, Object> form = report();
    form.put("openChange", true);
    form.put("changeDescription", "Raise the etcd quota before the peak");
    Api.Response completed = Api.as(port, "success").post("/engine-rest/task/" + inspect.getId() + "/complete",
        variables(form));
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);

    await().atMost(WAIT).until(() -> own.get("/api/inspections/" + id).json().get("status").asText(),
        "completed"::equals);
    JsonNode report = own.get("/api/inspections/" + id).json().get("report");
    assertThat(report.get("incidentNumber").isNull()).isTrue();
    String number = report.get("changeRequestNumber").asText();
    JsonNode change = own.get("/api/change-requests/" + number).json();
    assertThat(change.get("customerId").asText()).isEqualTo(customer);
    assertThat(change.get("changeType").asText()).isEqualTo("production-change");
    assertThat(change.get("installation").asText()).isEqualTo("prod-1");
    assertThat(change.get("submittedBy").asText()).isEqualTo("success");
    assertThat(change.get("description").asText()).contains("Raise the etcd quota before the peak");
    assertThat(change.get("noticeSufficient").asBoolean()).isTrue();
  }

  @Test
  @DisplayName("SVC-2: a report without the mark opens no incident and links none")
  void noMarkNoIncident() {
    String customer = create("ins-none", "\"S360\"");
    Api own = Api.as(port, customer + "-user");
    long id = dueInspection(customer);
    Task inspect = inspectionTask(id);

    taskService.complete(inspect.getId(), report());

    await().atMost(WAIT).until(() -> own.get("/api/inspections/" + id).json().get("status").asText(),
        "completed"::equals);
    assertThat(own.get("/api/inspections/" + id).json().get("report").get("incidentNumber").isNull()).isTrue();
    assertThat(own.get("/api/incidents").json()).isEmpty();
  }

  /** Schedules the customer's first inspection, due at once, and answers its id as the customer reads it. */
  private long dueInspection(String customer) {
    assertThat(cadence.ensureScheduled(customers.customer(customer).orElseThrow())).isEqualTo(1);
    return Api.as(port, customer + "-user").get("/api/inspections").json().get(0).get("id").asLong();
  }

  /** The inspection's open task, once its process has reached it. */
  private Task inspectionTask(long id) {
    return await().atMost(WAIT).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(HealthInspectionProcess.businessKey(id)).singleResult(), t -> t != null);
  }

  /** The engine REST API's {"variables": {name: {"value": ...}}}. */
  private static String variables(Map<String, Object> values) {
    Map<String, Object> wrapped = new HashMap<>();
    values.forEach((name, value) -> wrapped.put(name, Map.of("value", value)));
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("variables", wrapped));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String create(String prefix, String services) {
    return S360TestCustomers.create(port, identityService, customers, prefix, "professional", services, "dce",
        "prod-1:5.0.7");
  }

  private HttpResponse<byte[]> pdf(String user, long id) throws Exception {
    return HttpClient.newHttpClient().send(Api.as(port, user).builder("/api/inspections/" + id)
        .header("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Map<String, Object> report() {
    Map<String, Object> report = new HashMap<>();
    report.put("overallInformation", "3 clusters, 120 nodes");
    report.put("managementNodes", "3 masters healthy");
    report.put("computeNodes", "2 nodes above 85 % memory");
    report.put("applicationStatus", "412 applications running");
    report.put("functionalRequirements", "Backups verified; 1 open question answered");
    report.put("overallEvaluation", "Healthy with two findings");
    report.put("findings", "Add memory to node-7 <now>\nRotate etcd certificates before March");
    return report;
  }
}
