package com.daocloud.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An engineer works a fresh Level 1 incident in Tasklist, in Chromium; the manager then sees it on the SLA board. */
@IntegrationTest
class TasklistBrowserIT {

  static final By GROUP_TASKS = By.cssSelector(".task-filter h4[uib-tooltip='My group tasks'] a");
  static final By CLAIM = By.cssSelector("button.claim");
  static final By COMPLETE = By.cssSelector("button.btn-primary[ng-click='complete()']");
  static final By FORM = By.cssSelector("[cam-tasklist-task] .fjs-form");
  /** The task view opens on the Incident tab (docs/tasklist.md); the form is the next tab. */
  static final By FORM_TAB = By.xpath("//*[@cam-tasklist-task]//ul[contains(@class, 'nav-tabs')]"
      + "//a[normalize-space() = 'Form']");

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  @BeforeEach
  void needsChromium() {
    Browser.assumeChromium();
  }

  @Test
  @DisplayName("RSP-3, RSP-5: an engineer claims the contact task of a fresh Level 1 incident in Tasklist, completes its form, "
      + "and the incident shows the first contact; the manager sees it answered on the Cockpit SLA board")
  void engineerContactsCustomerThroughTasklist() {
    // Given acme reports a production outage without a workaround: Level 1
    String number = WebTestIncidents.report(port, "outage", "Production cluster down (browser test)");
    assertThat(WebTestIncidents.incident(port, number).get("level").asInt()).isEqualTo(1);
    Task contact = WebTestIncidents.awaitTask(taskService, number, Elements.TASK_CONTACT_CUSTOMER);
    String processInstanceId = WebTestIncidents.processInstanceId(runtimeService, number);

    try (Browser browser = Browser.open(port)) {
      try {
        // When the engineer opens "My group tasks" in Tasklist and picks the incident's contact task
        browser.login("tasklist", "engineer", "engineer");
        browser.click(GROUP_TASKS);
        // the task's card says which incident it is: number, customer and title, not only "Contact customer"
        By card = By.xpath("//li[contains(@class, 'task')][.//a[@href='#/?task=" + contact.getId() + "']]");
        browser.waitUntilTextIn(card, number);
        browser.waitUntilTextIn(card, "Acme");
        browser.click(By.cssSelector("li.task h4.task a[href='#/?task=" + contact.getId() + "']"));
        browser.waitUntilTextIn(By.cssSelector("[cam-tasklist-task] h2.task"), "Contact customer");

        // And claims it, on the Form tab: the Camunda Form names the incident, its customer and level (the
        // Incident tab shows the rest), and Complete becomes possible
        browser.click(FORM_TAB);
        browser.click(CLAIM);
        browser.waitUntilTextIn(FORM, number);
        browser.waitUntilTextIn(FORM, "Level 1");
        browser.waitUntilTextIn(FORM, "Customer: Acme.");
        browser.waitUntilTextIn(FORM, "Incident tab");
        browser.waitForClickable(COMPLETE);
        browser.scrollToTop(browser.waitFor(FORM));
        browser.screenshot("tasklist-contact-form");
        assertThat(taskService.createTaskQuery().taskId(contact.getId()).singleResult().getAssignee())
            .isEqualTo("engineer");

        // And completes the form (nothing ticked: in scope, no on-site dispatch)
        browser.click(COMPLETE);
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("tasklist-failure");
        throw e;
      }
    }

    // Then the customer sees the first contact on the incident, and the work goes on to resolution
    JsonNode after = await().atMost(WebTestIncidents.WAIT).until(() -> WebTestIncidents.incident(port, number),
        incident -> !incident.get("firstContactAt").isNull());
    assertThat(after.get("responseBreached").asBoolean()).isFalse();
    assertThat(after.get("timeline").findValuesAsText("event")).contains("contacted");
    assertThat(taskService.createTaskQuery().taskId(contact.getId()).count()).isZero();
    WebTestIncidents.awaitTask(taskService, number, Elements.TASK_RESOLVE_INCIDENT);

    // And the manager sees it on the SLA board in Cockpit, answered in time, linked to its instance
    try (Browser browser = Browser.open(port)) {
      try {
        browser.login("cockpit", "manager", "manager");
        By row = By.cssSelector("[data-sla-board] tr[data-incident='" + number + "']");
        browser.scrollToCentre(browser.waitFor(row));
        browser.waitUntilTextIn(By.cssSelector("[data-sla-board] tr[data-incident='" + number + "'] [data-field='response']"),
            "Responded");
        browser.screenshot("cockpit-sla-board");
        browser.click(By.cssSelector("[data-sla-board] tr[data-incident='" + number + "'] [data-field='incident'] a"));
        browser.waitUntilUrlContains("/process-instance/" + processInstanceId);
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("cockpit-failure");
        throw e;
      }
    }
  }

  @Test
  @DisplayName("Finding 10: customer text in a Tasklist form is plain text: a Markdown link and image in the title render as "
      + "the characters the customer typed, not as a link or an image")
  void customerTextIsPlainTextInTheForm() {
    // Given a customer report whose title carries a Markdown link and a tracking image
    String title = "Cluster down [Reset your password](https://evil.example/login) ![x](https://evil.example/p.png)";
    String number = WebTestIncidents.report(port, "outage", title);
    Task contact = WebTestIncidents.awaitTask(taskService, number, Elements.TASK_CONTACT_CUSTOMER);

    try (Browser browser = Browser.open(port)) {
      try {
        // When an engineer opens the contact task's form
        browser.login("tasklist", "engineer", "engineer");
        browser.open("/camunda/app/tasklist/default/#/?task=" + contact.getId());
        browser.click(FORM_TAB);
        browser.waitUntilTextIn(FORM, number);

        // Then the form holds no link or image to the customer's address, and shows the title as typed
        By form = By.cssSelector("[cam-tasklist-task] .fjs-form");
        assertThat(browser.attributes(By.cssSelector("[cam-tasklist-task] .fjs-form a"), "href"))
            .noneMatch(href -> href != null && href.contains("evil.example"));
        assertThat(browser.attributes(By.cssSelector("[cam-tasklist-task] .fjs-form img"), "src"))
            .noneMatch(src -> src != null && src.contains("evil.example"));
        assertThat(browser.values(By.cssSelector("[cam-tasklist-task] .fjs-form input")))
            .contains(title);
        browser.scrollToTop(browser.waitFor(form));
        browser.screenshot("tasklist-customer-text");
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("tasklist-customer-text-failure");
        throw e;
      }
    }
  }
}
