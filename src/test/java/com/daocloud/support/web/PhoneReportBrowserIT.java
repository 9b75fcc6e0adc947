package com.daocloud.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.phone.PhoneReportProcess;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.TestCustomers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Customer service records a customer's phone report in Tasklist ("Start process", "Record a phone report"), and
 * only those who may start a process or create a task see Tasklist's buttons for it (docs/tasklist.md).
 */
@IntegrationTest
class PhoneReportBrowserIT {

  static final By START_PROCESS = By.cssSelector("li.start-process-action a");
  static final By CREATE_TASK = By.cssSelector("li.create-task-action a");
  private static final By MODAL = By.cssSelector("div.modal-content");
  private static final By START =
      By.cssSelector("div.modal-content button.btn-primary[ng-click='startProcessInstance()']");
  private static final By START_ERROR = By.cssSelector("div.modal-content [notifications-panel] .alert-danger");
  private static final By CHECKED = By.cssSelector("html[data-dce-navbar-actions='checked']");

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  HistoryService historyService;

  @Autowired
  TaskService taskService;

  @BeforeEach
  void needsChromium() {
    Browser.assumeChromium();
  }

  @Test
  @DisplayName("Customer service records a phone report through Tasklist's start form: the incident gets its number, level and deadline from intake, as the service user's report, and the contact task waits")
  void phoneReportRecordsTheIncident() {
    // Given a customer with cluster prod-1 and no incident yet
    String customer = TestCustomers.create(port, identityService, "phone-web", "5.0.7", "Asia/Shanghai");
    Api service = Api.as(port, "service");

    try (Browser browser = Browser.open(port)) {
      try {
        // When service opens "Start process", chooses "Record a phone report" and fills in the start form
        browser.login("tasklist", "service", "service");
        openStartForm(browser);
        fill(browser, customer, "prod-1", "Orders are not processed since 09:00");
        browser.scrollToTop(browser.waitFor(MODAL));
        browser.screenshot("tasklist-phone-report-form");
        browser.click(START);

        // Then the dialog closes: the report is recorded
        browser.waitUntilGone(MODAL);
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("tasklist-phone-report-failure");
        throw e;
      }
    }

    // And the incident is recorded exactly as an API report would be: Level 1 with its deadline, reported by service
    JsonNode incidents = service.get("/api/incidents?customerId=" + customer).json();
    assertThat(incidents).hasSize(1);
    String number = incidents.get(0).get("number").asText();
    JsonNode incident = service.get("/api/incidents/" + number).json();
    assertThat(incident.get("installation").asText()).isEqualTo("prod-1");
    assertThat(incident.get("title").asText()).isEqualTo("Orders are not processed since 09:00");
    assertThat(incident.get("level").asInt()).isEqualTo(1);
    assertThat(incident.get("entitlement").get("status").asText()).isEqualTo("entitled");
    assertThat(incident.get("responseDue").isNull()).isFalse();
    assertThat(incident.get("contact").get("name").asText()).isEqualTo("Li Lei");
    assertThat(incident.get("contact").get("phone").asText()).isEqualTo("+86 10 1234 5678");
    assertThat(incident.get("timeline").get(0).get("detail").asText()).startsWith("Reported by service:");

    // And its own incident-handling instance waits at the contact task; the phone report carries its number
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(
        "Task_ContactCustomer").count()).isEqualTo(1);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PhoneReportProcess.KEY)
        .processInstanceBusinessKey(number).finished().singleResult().getStartUserId()).isEqualTo("service");
  }

  @Test
  @DisplayName("A cluster the customer does not have fails the start in Tasklist's dialog with the customer's clusters, and nothing is recorded")
  void wrongClusterIsRefusedInTheDialog() {
    // Given a customer whose only cluster is prod-1
    String customer = TestCustomers.create(port, identityService, "phone-typo", "5.0.7", "Asia/Shanghai");
    long phoneReports = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PhoneReportProcess.KEY).count();

    try (Browser browser = Browser.open(port)) {
      try {
        // When service records a report for cluster prod-9
        browser.login("tasklist", "service", "service");
        openStartForm(browser);
        fill(browser, customer, "prod-9", "Cluster prod-9 is down");
        browser.click(START);

        // Then the dialog stays open and says why, naming the customer's clusters
        browser.waitUntilTextIn(START_ERROR, "Cluster: is not a cluster of customer " + customer
            + "; its clusters: prod-1");
        assertThat(browser.text(START_ERROR)).contains("The phone report was not recorded.");
        browser.scrollToTop(browser.waitFor(START_ERROR));
        browser.screenshot("tasklist-phone-report-refused");
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("tasklist-phone-report-refused-failure");
        throw e;
      }
    }

    // And nothing is recorded: no incident, no phone report
    assertThat(Api.as(port, "service").get("/api/incidents?customerId=" + customer).json()).isEmpty();
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PhoneReportProcess.KEY)
        .count()).isEqualTo(phoneReports);
  }

  @Test
  @DisplayName("Engineers and duty supervisors see neither Start process nor Create task; customer service sees Start process only; administrators both")
  void onlyThoseWhoMayUseThemSeeTheButtons() {
    Map<String, boolean[]> expected = Map.of(
        "engineer", new boolean[] {false, false},
        "supervisor", new boolean[] {false, false},
        "service", new boolean[] {true, false},
        "demo", new boolean[] {true, true});
    for (Map.Entry<String, boolean[]> user : expected.entrySet()) {
      try (Browser browser = Browser.open(port)) {
        try {
          // When the user signs in to Tasklist and the header's checks have answered
          browser.login("tasklist", user.getKey(), user.getKey());
          browser.waitFor(CHECKED);

          // Then each button is shown exactly when the user may use it
          assertThat(browser.isDisplayed(START_PROCESS)).as(user.getKey() + " sees Start process")
              .isEqualTo(user.getValue()[0]);
          assertThat(browser.isDisplayed(CREATE_TASK)).as(user.getKey() + " sees Create task")
              .isEqualTo(user.getValue()[1]);
          if (user.getKey().equals("engineer")) {
            browser.screenshot("tasklist-header-engineer");
          }
        } catch (RuntimeException | AssertionError e) {
          browser.keepEvidence("tasklist-header-" + user.getKey() + "-failure");
          throw e;
        }
      }
    }
  }

  private static void openStartForm(Browser browser) {
    browser.waitFor(CHECKED);
    browser.click(START_PROCESS);
    browser.click(By.xpath("//div[contains(@class, 'modal-content')]//ul[contains(@class, 'processes')]"
        + "//a[normalize-space()='Record a phone report']"));
    browser.waitFor(By.cssSelector("div.modal-content .fjs-form input[id$='Field_CustomerId']"));
  }

  private static void fill(Browser browser, String customer, String cluster, String title) {
    browser.type(field("input", "Field_CustomerId"), customer);
    browser.type(field("input", "Field_Installation"), cluster);
    choose(browser, "Field_RequestType", 0); // a fault
    choose(browser, "Field_ProductionImpact", 0); // production is down
    choose(browser, "Field_DataLoss", 1); // no
    choose(browser, "Field_WorkaroundAvailable", 1); // no
    browser.type(field("input", "Field_Title"), title);
    browser.type(field("textarea", "Field_Description"), "The customer called: the order service answers 503.");
    browser.type(field("input", "Field_ContactName"), "Li Lei");
    browser.type(field("input", "Field_ContactPhone"), "+86 10 1234 5678");
  }

  private static By field(String element, String id) {
    return By.cssSelector("div.modal-content .fjs-form " + element + "[id$='" + id + "']");
  }

  /** Clicks a radio button of the field: form-js numbers them in the order of the form's values. */
  private static void choose(Browser browser, String id, int index) {
    browser.click(By.cssSelector("div.modal-content .fjs-form input[type='radio'][id$='" + id + "-" + index + "']"));
  }
}
