package com.daocloud.support.web;

import static com.daocloud.support.web.IncidentTabBrowserIT.COUNTDOWN;
import static com.daocloud.support.web.IncidentTabBrowserIT.field;
import static com.daocloud.support.web.SlaBoardBrowserIT.cell;
import static com.daocloud.support.web.TasklistBrowserIT.CLAIM;
import static com.daocloud.support.web.TasklistBrowserIT.COMPLETE;
import static com.daocloud.support.web.TasklistBrowserIT.FORM;
import static com.daocloud.support.web.TasklistBrowserIT.GROUP_TASKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.testing.Api;
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

/**
 * The README's walkthrough, "A Level 1 incident, step by step": one Level 1 outage from the customer's report to
 * its closure, as the customer, the engineer, the manager and the analyst see it. The screenshots
 * {@code target/screenshots/walkthrough-NN-*.png} are the README's pictures (docs/images/walkthrough-*.png).
 */
@IntegrationTest
class WalkthroughBrowserIT {

  private static final By TASK_VIEW = By.cssSelector("[cam-tasklist-task]");
  private static final By TASK_NAME = By.cssSelector("[cam-tasklist-task] h2.task");
  private static final By ASSIGNEE = By.cssSelector("[cam-tasklist-task] [value='assignee.id'] .view-value");
  private static final By SOLUTION = By.cssSelector("[cam-tasklist-task] .fjs-form textarea[id$='Field_SolutionSummary']");
  /** Cockpit's decision instance page without its sidebar: the table with the matched rule, and the tabs. */
  private static final By DECISION_PAGE = By.cssSelector(".ctn-column.ctn-content");
  private static final String TITLE = "Production cluster down, API server not answering";
  private static final String SOLUTION_TEXT = "Restarted the etcd member on node 2 and restored its certificate; "
      + "the API server answers again.";

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
  @DisplayName("A Level 1 outage from report to closure, as its people see it: the engineer contacts the customer "
      + "and proposes a solution in Tasklist, the manager follows it on the SLA board in Cockpit, the customer "
      + "accepts, and the analyst reads in Cockpit why the incident was Level 1")
  void levelOneIncidentStepByStep() {
    // 1. The customer reports a production outage without a workaround: Level 1, due in an hour (professional)
    String number = WebTestIncidents.report(port, "outage", TITLE);
    JsonNode reported = WebTestIncidents.incident(port, number);
    assertThat(reported.get("level").asInt()).isEqualTo(1);
    assertThat(reported.get("status").asText()).isEqualTo("open");
    assertThat(reported.get("responseTime").asText()).isEqualTo("PT1H");
    assertThat(reported.get("coverage").asText()).isEqualTo("24x7");
    Task contact = WebTestIncidents.awaitTask(taskService, number, Elements.TASK_CONTACT_CUSTOMER);
    String processInstanceId = WebTestIncidents.processInstanceId(runtimeService, number);

    try (Browser browser = Browser.open(port)) {
      try {
        engineerContactsTheCustomer(browser, number, contact);
        engineerProposesASolution(browser, number);
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("walkthrough-engineer-failure");
        throw e;
      }
    }
    assertThat(WebTestIncidents.incident(port, number).get("status").asText()).isEqualTo("solution-proposed");

    try (Browser browser = Browser.open(port)) {
      try {
        managerFollowsItInCockpit(browser, number, processInstanceId);
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("walkthrough-manager-failure");
        throw e;
      }
    }

    // 4. The customer accepts the solution: the incident is closed as resolved, with the engineer's solution
    Api.Response accepted = Api.as(port, "acme-user").post("/api/incidents/" + number + "/closure-response",
        "{\"accepted\": true, \"comment\": \"The cluster is back, thank you.\"}");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    JsonNode closed = WebTestIncidents.incident(port, number);
    assertThat(closed.get("status").asText()).isEqualTo("closed");
    assertThat(closed.get("closureCode").asText()).isEqualTo("resolved");
    assertThat(closed.get("resolution").get("summary").asText()).isEqualTo(SOLUTION_TEXT);
    assertThat(closed.get("timeline").findValuesAsText("event"))
        .containsSubsequence("reported", "contacted", "solution-proposed", "closed");

    try (Browser browser = Browser.open(port)) {
      try {
        analystReadsWhyItWasLevelOne(browser, processInstanceId);
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("walkthrough-analyst-failure");
        throw e;
      }
    }
  }

  /** 2. The engineer finds the contact task among her group's, reads the Incident tab, claims and completes it. */
  private void engineerContactsTheCustomer(Browser browser, String number, Task contact) {
    browser.login("tasklist", "engineer", "engineer");
    browser.click(GROUP_TASKS);
    By contactInList = By.cssSelector("li.task h4.task a[href^='#/?task=" + contact.getId() + "']");
    browser.waitUntilTextIn(contactInList, "Contact customer");
    browser.screenshot("walkthrough-01-group-tasks");
    browser.click(contactInList);

    // The task opens on the Incident tab: the card, the countdown to the response deadline, the timeline
    browser.waitUntilTextIn(TASK_NAME, "Contact customer");
    browser.waitFor(By.cssSelector("[data-incident-card='" + number + "']"));
    assertThat(browser.text(field("customer"))).isEqualTo("Acme (acme), professional");
    assertThat(browser.text(field("level"))).startsWith("Level 1");
    assertThat(browser.attribute(COUNTDOWN, "data-state")).isEqualTo("running");
    assertThat(browser.text(COUNTDOWN)).endsWith(" left");
    assertThat(browser.text(timeline("reported"))).contains(TITLE);
    browser.scrollToTop(browser.waitFor(TASK_VIEW));
    browser.screenshot(TASK_VIEW, "walkthrough-02-incident-tab");

    // She claims it and opens the form: it shows the incident; nothing ticked (in scope, no on-site visit)
    claim(browser);
    browser.click(TasklistBrowserIT.FORM_TAB);
    browser.waitUntilTextIn(FORM, number);
    browser.waitUntilTextIn(FORM, "Incident tab");
    browser.waitUntilTextIn(FORM, "Call the customer back within the response time");
    browser.scrollToTop(browser.waitFor(TASK_VIEW));
    browser.screenshot(TASK_VIEW, "walkthrough-03-contact-form");
    browser.click(COMPLETE);
    awaitDone(contact);
  }

  /** 3. The engineer opens "Resolve incident", sees the contact in the timeline and proposes a solution. */
  private void engineerProposesASolution(Browser browser, String number) {
    Task resolve = WebTestIncidents.awaitTask(taskService, number, Elements.TASK_RESOLVE_INCIDENT);
    browser.click(GROUP_TASKS);
    By resolveInList = By.cssSelector("li.task h4.task a[href^='#/?task=" + resolve.getId() + "']");
    browser.waitUntilTextIn(resolveInList, "Resolve incident");
    browser.click(resolveInList);
    browser.waitUntilTextIn(TASK_NAME, "Resolve incident");
    browser.waitFor(By.cssSelector("[data-incident-card='" + number + "']"));
    assertThat(browser.text(COUNTDOWN)).startsWith("Responded at");
    assertThat(browser.attribute(timeline("contacted"), "data-event")).isEqualTo("contacted");

    // She claims it first: Tasklist reloads the task on a claim, so the form she then opens is the claimed one
    claim(browser);
    browser.click(TasklistBrowserIT.FORM_TAB);
    browser.click(By.cssSelector("[cam-tasklist-task] .fjs-form input[type='radio'][id$='Field_Outcome-0']"));
    assertThat(browser.text(FORM)).contains(number, "Level 1", "Customer: Acme.");
    assertThat(browser.text(By.cssSelector("[cam-tasklist-task] .fjs-form-field-radio")))
        .contains("Propose a solution");
    browser.click(By.cssSelector("[cam-tasklist-task] .fjs-form-field-select .fjs-input-group"));
    browser.click(By.xpath("//*[@cam-tasklist-task]//*[contains(@class, 'fjs-dropdownlist-item')]"
        + "[normalize-space() = 'Countermeasure (permanent solution)']"));
    browser.type(SOLUTION, SOLUTION_TEXT);
    browser.waitUntilTextIn(By.cssSelector("[cam-tasklist-task] .fjs-form-field-select"),
        "Countermeasure (permanent solution)");
    browser.scrollToCentre(browser.waitFor(By.cssSelector("[cam-tasklist-task] .fjs-form-field-select")));
    browser.screenshot(TASK_VIEW, "walkthrough-04-resolve-form");
    browser.click(COMPLETE);
    awaitDone(resolve);
  }

  private static void claim(Browser browser) {
    browser.click(CLAIM);
    browser.waitUntilTextIn(ASSIGNEE, "Erin Engineer");
  }

  /** Tasklist completes in the background: the next step starts once the engine has the task done. */
  private void awaitDone(Task task) {
    await().atMost(WebTestIncidents.WAIT)
        .until(() -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
  }

  /** 5a. While the customer is asked to confirm, the manager sees the incident answered on the SLA board and opens its instance. */
  private void managerFollowsItInCockpit(Browser browser, String number, String processInstanceId) {
    // A wider window, so that the whole diagram is drawn at a readable scale
    browser.resize(1800, 1000);
    browser.login("cockpit", "manager", "manager");
    By row = By.cssSelector("[data-sla-board] tr[data-incident='" + number + "']");
    browser.waitUntilTextIn(cell(number, "response"), "Responded");
    assertThat(browser.text(cell(number, "state"))).isEqualTo("Waiting for customer");
    assertThat(browser.text(cell(number, "level"))).isEqualTo("Level 1");
    assertThat(browser.text(cell(number, "customer"))).isEqualTo("Acme (acme)");
    browser.scrollToCentre(browser.waitFor(row));

    browser.click(By.cssSelector("[data-sla-board] tr[data-incident='" + number + "'] [data-field='incident'] a"));
    browser.waitUntilUrlContains("/process-instance/" + processInstanceId);
    browser.waitUntilTextIn(By.cssSelector(".ctn-sidebar"), number);
    // The instance waits in the resolution with the customer, its Level 1 duties running beside it
    browser.waitUntilTextIn(tokens("SubProcess_Resolution"), "1");
    browser.waitUntilTextIn(tokens("EventSubProcess_Level1Duties"), "1");
    browser.screenshot(By.cssSelector("[cam-widget-bpmn-viewer]"), "walkthrough-06-process-instance");
  }

  /** 5b. After the closure the analyst opens the incident-level decision of the instance: inputs, output, matched rule. */
  private void analystReadsWhyItWasLevelOne(Browser browser, String processInstanceId) {
    JsonNode decisions = Api.as(port, "analyst").get("/engine-rest/history/decision-instance?processInstanceId="
        + processInstanceId + "&decisionDefinitionKey=incident-level").json();
    assertThat(decisions).hasSize(1);
    String decisionInstanceId = decisions.get(0).get("id").asText();

    browser.login("cockpit", "analyst", "analyst");
    browser.open("/camunda/app/cockpit/default/#/decision-instance/" + decisionInstanceId);
    // The rule that matched is highlighted in the table, with its reason
    By matched = By.cssSelector("tr.highlight");
    browser.waitFor(By.cssSelector("tr.highlight td[data-row-id='Rule_Level1Outage']"));
    assertThat(browser.text(matched)).contains("\"fault\"", "\"outage\",\"degraded\"", "false", "1",
        "LVL-1: production down or degraded and no workaround");
    // The Inputs tab: the customer's report as the decision read it
    By tabs = By.cssSelector(".ctn-content-bottom .ctn-tabbed-content");
    browser.waitUntilTextIn(tabs, "Request type");
    assertThat(browser.text(tabs)).contains("Production impact", "outage", "Workaround available");
    browser.screenshot(DECISION_PAGE, "walkthrough-07-decision-inputs");
    // The Outputs tab: level 1
    browser.click(By.xpath("//*[contains(@class, 'ctn-content-bottom')]//ul[contains(@class, 'nav-tabs')]"
        + "//a[normalize-space() = 'Outputs']"));
    browser.waitUntilTextIn(tabs, "Level");
    assertThat(browser.text(By.cssSelector(".ctn-content-bottom .ctn-tabbed-content td.col-value"))).isEqualTo("1");
    browser.screenshot(DECISION_PAGE, "walkthrough-08-decision-output");
  }

  private static By timeline(String event) {
    return By.cssSelector("[data-incident-card] [data-timeline] tr[data-event='" + event + "']");
  }

  /** Cockpit's badge on a diagram element: how many tokens wait there. */
  private static By tokens(String elementId) {
    return By.cssSelector(".djs-overlays[data-container-id='" + elementId + "'] .instance-count");
  }
}
