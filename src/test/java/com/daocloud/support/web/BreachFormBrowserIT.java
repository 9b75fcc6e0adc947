package com.daocloud.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.testing.IntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The duty supervisor's breach form in Tasklist, in Chromium: what it says, the action it asks for, and the policy
 * note in small print at its end. (What the completion records is {@code ResponseBreachActionIT}'s.)
 */
@IntegrationTest
class BreachFormBrowserIT {

  private static final By FORM = TasklistBrowserIT.FORM;
  private static final By ACTIONS = By.cssSelector("[cam-tasklist-task] .fjs-form-field-radio");
  private static final By POLICY_NOTE = By.cssSelector("[cam-tasklist-task] .fjs-form span.small.text-muted");

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  ManagementService managementService;

  @BeforeEach
  void needsChromium() {
    Browser.assumeChromium();
  }

  @Test
  @DisplayName("RSP-3: the breach form points the supervisor to the Incident tab, asks which action was taken, "
      + "keeps the rule ids in a small policy note, and completes with the action chosen")
  void supervisorRecordsTheActionInTheForm() {
    // Given a Level 1 incident whose response deadline has passed unanswered
    String number = WebTestIncidents.report(port, "outage", "Cluster down, nobody called (breach form test)");
    WebTestIncidents.awaitTask(taskService, number, Elements.TASK_CONTACT_CUSTOMER);
    WebTestIncidents.fireResponseDeadline(managementService, runtimeService, number);
    Task breach = WebTestIncidents.awaitTask(taskService, number, Elements.TASK_HANDLE_RESPONSE_BREACH);

    try (Browser browser = Browser.open(port)) {
      try {
        // When the duty supervisor opens the breach task's form and claims it
        browser.login("tasklist", "supervisor", "supervisor");
        browser.open("/camunda/app/tasklist/default/#/?task=" + breach.getId());
        browser.click(TasklistBrowserIT.FORM_TAB);
        browser.click(TasklistBrowserIT.CLAIM);

        // Then the form says what the Incident tab shows, and offers the actions as words
        browser.waitUntilTextIn(FORM, "The Incident tab shows who holds the incident, whether the customer has been"
            + " contacted, the access state and the time left.");
        assertThat(browser.text(ACTIONS)).contains("Action taken", "Called the customer", "Reassigned the incident",
            "Escalated to a support manager", "Other (say what in the note)");
        // and the rule ids only in the small policy note, smaller than the sentences above it
        assertThat(browser.text(POLICY_NOTE)).isEqualTo("Policy: RSP-3, RSP-5");
        assertThat(fontSize(browser, POLICY_NOTE)).isLessThan(fontSize(browser,
            By.cssSelector("[cam-tasklist-task] .fjs-form .fjs-form-field-text p")));
        assertThat(browser.text(FORM)).doesNotContainPattern("\\(RSP-\\d\\)");

        // When she chooses "Called the customer", writes a note and completes the task
        browser.click(By.cssSelector("[cam-tasklist-task] .fjs-form input[type='radio'][id$='Field_BreachAction-0']"));
        browser.type(By.cssSelector("[cam-tasklist-task] .fjs-form textarea[id$='Field_BreachNote']"),
            "Li Lei is called back now.");
        browser.scrollToTop(browser.waitFor(FORM));
        browser.screenshot(By.cssSelector("[cam-tasklist-task]"), "tasklist-breach-form");
        browser.click(TasklistBrowserIT.COMPLETE);

        // Then Tasklist accepts the form's values for the task, and the task is done
        org.awaitility.Awaitility.await().atMost(WebTestIncidents.WAIT)
            .until(() -> taskService.createTaskQuery().taskId(breach.getId()).count() == 0);
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("tasklist-breach-form-failure");
        throw e;
      }
    }
  }

  private static double fontSize(Browser browser, By element) {
    browser.waitFor(element);
    return Double.parseDouble(String.valueOf(browser.script(
        "return parseFloat(getComputedStyle(arguments[0]).fontSize);", browser.waitFor(element))));
  }
}
