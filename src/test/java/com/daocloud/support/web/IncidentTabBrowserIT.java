package com.daocloud.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.PolicyNotes;
import com.daocloud.support.incident.PolicyNotes.Noted;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.time.HumanTimes;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** Tasklist's Incident tab (docs/tasklist.md), in Chromium: the card first, with a live countdown. */
@IntegrationTest
class IncidentTabBrowserIT {

  private static final By CARD = By.cssSelector("[data-incident-card]");
  static final By COUNTDOWN = By.cssSelector("[data-incident-card] [data-field='countdown']");
  private static final By ACTIVE_TAB = By.cssSelector("[cam-tasklist-task] ul.nav-tabs li.active a");
  /** "0:59:30 left", "1 d 02:03:04 left". */
  private static final Pattern TIME_LEFT = Pattern.compile("(?:(\\d+) d )?(\\d+):(\\d{2}):(\\d{2}) left");

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
  @DisplayName("RSP-3, EAM-2: an engineer opening a contact task sees the Incident tab first: the entitlement and its consequences, the situation, the deadline in words in the installation's zone with his own clock beside it, a countdown that runs, and the timeline")
  void engineerSeesTheIncidentTabFirst() {
    // Given acme's fresh Level 1 outage (professional: due in one hour), waiting for the first contact
    String number = WebTestIncidents.report(port, "outage", "Cluster down (incident tab test)");
    Task contact = WebTestIncidents.awaitTask(taskService, number, Elements.TASK_CONTACT_CUSTOMER);
    JsonNode incident = WebTestIncidents.incident(port, number);

    try (Browser browser = Browser.open(port)) {
      try {
        // When the engineer, whose browser is set to Berlin time, opens the task in Tasklist
        browser.devTools("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Berlin"));
        browser.login("tasklist", "engineer", "engineer");
        browser.open("/camunda/app/tasklist/default/#/?task=" + contact.getId());

        // Then the Incident tab is the first one and open, showing the incident's card
        browser.waitFor(By.cssSelector("[data-incident-card='" + number + "']"));
        assertThat(browser.text(ACTIVE_TAB)).isEqualTo("Incident");
        // And at the top, plainly, what the entitlement means for the work, the rule id apart as a note
        assertThat(browser.text(field("entitlement-line"))).isEqualTo("Entitled under extended maintenance: remote "
            + "service only, no on-site; code fixes for Levels 1-2 only policy: EAM-2");
        assertThat(browser.text(By.cssSelector("[data-field='entitlement-line'] strong"))).doesNotContain("EAM-2");
        // And the situation: nobody holds it yet, no first contact, access asked for at once (Level 1)
        assertThat(browser.text(field("holder"))).isEqualTo("nobody");
        assertThat(browser.text(field("first-contact"))).isEqualTo("not yet");
        assertThat(browser.text(field("access"))).startsWith("requested ").contains(" Shanghai time (")
            .endsWith(" your time), no answer yet");
        assertThat(browser.text(field("customer"))).isEqualTo("Acme (acme), professional");
        assertThat(browser.text(field("installation"))).isEqualTo("prod-1 · dce 5.0.7");
        // the level's reason as a sentence, its rule id in the small policy note
        Noted reason = PolicyNotes.split(incident.get("levelReason").asText());
        assertThat(reason.policy()).isNotEmpty();
        assertThat(browser.text(field("level"))).startsWith("Level 1").contains(reason.text())
            .contains("policy: " + String.join(", ", reason.policy()));
        assertThat(browser.text(field("entitlement"))).startsWith("entitled").contains("extended maintenance");
        assertThat(browser.text(field("channels"))).isEqualTo("customer-service, phone, remote, on-site");
        assertThat(browser.text(field("contact"))).isEqualTo("Li Lei · +86 10 1234 5678 · li.lei@example.com");
        // The deadline in words in the installation's zone, the viewer's Berlin clock beside it, the API's
        // value on hover
        String due = incident.get("responseDue").asText();
        Instant dueAt = OffsetDateTime.parse(due).toInstant();
        String berlin = dueAt.atZone(ZoneId.of("Europe/Berlin")).format(DateTimeFormatter.ofPattern("HH:mm"));
        assertThat(browser.text(field("due")))
            .startsWith(HumanTimes.in(ZoneId.of("Asia/Shanghai")).at(dueAt, dueAt) + " (in ")
            .endsWith("; " + berlin + " your time)");
        assertThat(browser.attribute(By.cssSelector("[data-field='due'] span"), "title")).isEqualTo(due);
        // The response terms in words; the rule ids beside the sentence, not in it
        assertThat(browser.text(field("terms"))).startsWith("1 hour")
            .contains("1 hour, counted around the clock from the report at ").endsWith("policy: RSP-1, RSP-2, RSP-3")
            .doesNotContain("PT1H");

        // And the countdown runs: less than an hour left, and less a moment later
        assertThat(browser.attribute(COUNTDOWN, "data-state")).isEqualTo("running");
        String first = browser.text(COUNTDOWN);
        String second = browser.waitUntilTextChanges(COUNTDOWN, first);
        assertThat(secondsLeft(first)).isLessThanOrEqualTo(3600);
        assertThat(secondsLeft(second)).isLessThan(secondsLeft(first));

        // And the timeline starts with the customer's report
        By reported = By.cssSelector("[data-incident-card] [data-timeline] tr[data-event='reported']");
        assertThat(browser.text(reported)).contains("Cluster down (incident tab test)");
        assertThat(browser.attribute(reported, "data-internal")).isEqualTo("false");

        browser.scrollToTop(browser.waitFor(By.cssSelector("[cam-tasklist-task]")));
        browser.screenshot("tasklist-incident-tab");
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("tasklist-incident-tab-failure");
        throw e;
      }
    }
  }

  @Test
  @DisplayName("RSP-3: a duty supervisor opening the breach task of an unanswered incident sees its card first: who holds it, no first contact, the countdown saying it is breached")
  void supervisorSeesTheCardOnABreachTask() {
    // Given a Level 1 incident whose response deadline has passed unanswered
    String number = WebTestIncidents.report(port, "outage", "Cluster down, nobody called (incident tab test)");
    Task contact = WebTestIncidents.awaitTask(taskService, number, Elements.TASK_CONTACT_CUSTOMER);
    taskService.setAssignee(contact.getId(), "engineer");
    WebTestIncidents.fireResponseDeadline(managementService, runtimeService, number);
    Task breach = WebTestIncidents.awaitTask(taskService, number, Elements.TASK_HANDLE_RESPONSE_BREACH);

    try (Browser browser = Browser.open(port)) {
      try {
        // When the duty supervisor opens the breach task
        browser.login("tasklist", "supervisor", "supervisor");
        browser.open("/camunda/app/tasklist/default/#/?task=" + breach.getId());

        // Then the first thing shown is the incident's card, breached
        browser.waitFor(By.cssSelector("[data-incident-card='" + number + "']"));
        assertThat(browser.text(ACTIVE_TAB)).isEqualTo("Incident");
        assertThat(browser.attribute(COUNTDOWN, "data-state")).isEqualTo("breached");
        assertThat(browser.text(COUNTDOWN)).startsWith("Breached");
        // And the situation says who holds the incident and that nobody has called the customer
        assertThat(browser.text(field("holder"))).contains("Erin Engineer (engineer), Contact customer");
        assertThat(browser.text(field("first-contact"))).isEqualTo("not yet");
        assertThat(browser.text(field("due"))).contains(" Shanghai time (");
        assertThat(browser.text(field("customer"))).isEqualTo("Acme (acme), professional");
        assertThat(browser.attribute(
            By.cssSelector("[data-incident-card] [data-timeline] tr[data-event='response-breached']"), "data-event"))
            .isEqualTo("response-breached");
        browser.screenshot("tasklist-incident-tab-breach");
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("tasklist-incident-tab-breach-failure");
        throw e;
      }
    }
  }

  @Test
  @DisplayName("The Incident tab of a task of another process (writing a change plan) says it is not an incident task, and the form is one click away")
  void tabOfAnotherProcessSaysNotAnIncidentTask() {
    // Given a production change 40 days out: an engineer writes its plan
    Task plan = WebTestIncidents.changePlanTask(port, taskService);

    try (Browser browser = Browser.open(port)) {
      try {
        // When the engineer opens it in Tasklist
        browser.login("tasklist", "engineer", "engineer");
        browser.open("/camunda/app/tasklist/default/#/?task=" + plan.getId());

        // Then the tab says there is no incident card, and the Form tab opens the form
        By missing = By.cssSelector("[data-incident-card-missing='not-incident']");
        assertThat(browser.text(missing)).isEqualTo("This is not an incident task: it has no incident card.");
        browser.click(TasklistBrowserIT.FORM_TAB);
        browser.waitFor(By.cssSelector("[cam-tasklist-task] .fjs-form"));
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("tasklist-incident-tab-other-failure");
        throw e;
      }
    }
  }

  static By field(String name) {
    return By.cssSelector("[data-incident-card] [data-field='" + name + "']");
  }

  private static long secondsLeft(String countdown) {
    Matcher m = TIME_LEFT.matcher(countdown);
    assertThat(m.matches()).as("a countdown: %s", countdown).isTrue();
    long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
    return ((days * 24 + Long.parseLong(m.group(2))) * 60 + Long.parseLong(m.group(3))) * 60
        + Long.parseLong(m.group(4));
  }
}
