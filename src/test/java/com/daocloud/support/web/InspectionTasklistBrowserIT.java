package com.daocloud.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.s360.S360TestCustomers;
import com.daocloud.support.s360.inspection.InspectionCadence;
import com.daocloud.support.s360.inspection.process.HealthInspectionProcess;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.time.EngineClock;
import com.daocloud.support.time.HumanTimes;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The inspection task in Tasklist, as the customer's dedicated team member works it. */
@IntegrationTest
class InspectionTasklistBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final List<String> SECTIONS = List.of("Overall information", "Management nodes", "Compute nodes",
      "Application status", "Functional requirements and issue handling", "Overall evaluation");

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

  @BeforeEach
  void needsChromium() {
    Browser.assumeChromium();
  }

  @Test
  @DisplayName("SVC-2: the dedicated team member opens the inspection task in Tasklist, reads when it was due in words in the customer's zone, writes the six sections and the findings, and the customer reads the report")
  void teamMemberWritesTheReport() {
    // Given an S360 customer whose dedicated team is the demo user success, and its inspection due
    String customer = S360TestCustomers.create(port, identityService, customers, "ins-web", "premium", "\"S360\"",
        "dce", "prod-1:5.0.7");
    assertThat(Api.as(port, "demo").put("/api/customers/" + customer + "/s360-team", "{\"members\": [\"success\"]}")
        .status()).isEqualTo(200);
    cadence.ensureScheduled(customers.customer(customer).orElseThrow());
    JsonNode inspection = Api.as(port, "success").get("/api/inspections?customerId=" + customer).json().get(0);
    long id = inspection.get("id").asLong();
    // (the customer runs in Berlin)
    String dueInWords = HumanTimes.in(ZoneId.of("Europe/Berlin"))
        .at(Instant.parse(inspection.get("dueAt").asText()), EngineClock.now());
    Task task = await().atMost(WAIT).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(HealthInspectionProcess.businessKey(id)).singleResult(), t -> t != null);

    try (Browser browser = Browser.open(port)) {
      try {
        // When success finds the task under "My customers' tasks", opens its form and claims it
        browser.login("tasklist", "success", "success");
        browser.click(By.cssSelector(".task-filter h4[uib-tooltip=\"My customers' tasks\"] a"));
        browser.click(By.cssSelector("li.task h4.task a[href='#/?task=" + task.getId() + "']"));
        browser.waitUntilTextIn(By.cssSelector("[cam-tasklist-task] h2.task"), "Inspect installation health");
        browser.click(TasklistBrowserIT.FORM_TAB);
        browser.click(TasklistBrowserIT.CLAIM);
        browser.waitUntilTextIn(TasklistBrowserIT.FORM, "Health inspection of cluster prod-1");
        // the due date in words where the cluster runs, not the process's ISO instant
        browser.waitUntilTextIn(TasklistBrowserIT.FORM, "Due: " + dueInWords + ".");
        for (String section : SECTIONS) {
          browser.waitUntilTextIn(TasklistBrowserIT.FORM, section);
        }
        // Then the team writes each section and the findings and completes the task
        List<String> keys = List.of("overallInformation", "managementNodes", "computeNodes", "applicationStatus",
            "functionalRequirements", "overallEvaluation", "findings");
        for (String key : keys) {
          String field = "Field_" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
          browser.type(By.cssSelector("[cam-tasklist-task] .fjs-form textarea[id$='" + field + "']"),
              "Written in Tasklist: " + key);
        }
        browser.scrollToTop(browser.waitFor(TasklistBrowserIT.FORM));
        browser.screenshot("tasklist-inspection-form");
        browser.click(TasklistBrowserIT.COMPLETE);
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("tasklist-inspection-failure");
        throw e;
      }
    }

    // And the customer reads the report
    Api own = Api.as(port, customer + "-user");
    await().atMost(WAIT).until(() -> own.get("/api/inspections/" + id).json().get("status").asText(),
        "completed"::equals);
    assertThat(own.get("/api/inspections/" + id).json().get("report").get("overallEvaluation").asText())
        .isEqualTo("Written in Tasklist: overallEvaluation");
  }
}
