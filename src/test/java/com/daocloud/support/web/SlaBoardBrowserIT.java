package com.daocloud.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.time.HumanTimes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The managers' SLA board on Cockpit's dashboard, in Chromium (screenshots in target/screenshots/). */
@IntegrationTest
class SlaBoardBrowserIT {

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

  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void needsChromium() {
    Browser.assumeChromium();
  }

  @Test
  @DisplayName("RSP-3: the SLA board lists open incidents breached first, then by least time left, with customer, level, tier and deadline")
  void boardSortsByUrgency() {
    // Given a Level 3 incident (due in business days), a fresh Level 1 incident (due in an hour),
    // and a Level 1 incident whose deadline timer has fired (breached)
    String levelThree = WebTestIncidents.report(port, "partial", "Some modules degraded (board test)");
    String fresh = WebTestIncidents.report(port, "outage", "Cluster down (board test)");
    String breached = WebTestIncidents.report(port, "outage", "Cluster down, nobody called (board test)");
    WebTestIncidents.awaitTask(taskService, breached, Elements.TASK_CONTACT_CUSTOMER);
    WebTestIncidents.fireResponseDeadline(managementService, runtimeService, breached);
    assertThat(WebTestIncidents.incident(port, breached).get("responseBreached").asBoolean()).isTrue();
    String freshDue = WebTestIncidents.incident(port, fresh).get("responseDue").asText();

    try (Browser browser = Browser.open(port)) {
      try {
        // When the manager opens Cockpit's dashboard
        browser.login("cockpit", "manager", "manager");
        browser.waitFor(By.cssSelector("[data-sla-board-status][data-loaded='true']"));
        browser.waitFor(row(levelThree));
        browser.scrollToCentre(browser.waitFor(By.cssSelector("[data-sla-board]")));
        browser.screenshot("cockpit-sla-board-urgency");

        // Then the breached incident comes first, then the one with less time left
        List<String> order = browser.attributes(By.cssSelector("[data-sla-board] tbody tr"), "data-incident");
        assertThat(order).containsSubsequence(breached, fresh, levelThree);
        assertThat(browser.attribute(row(breached), "data-breached")).isEqualTo("true");
        assertThat(browser.text(cell(breached, "state"))).isEqualTo("Breached");
        assertThat(browser.attribute(row(fresh), "data-breached")).isEqualTo("false");
        assertThat(browser.text(cell(fresh, "state"))).isIn("On track", "At risk");
        assertThat(browser.text(cell(levelThree, "state"))).isEqualTo("On track");

        // And each row says who, how urgent and by when (in words where the cluster runs; the API's value on hover)
        assertThat(browser.text(cell(fresh, "customer"))).isEqualTo("Acme (acme)");
        assertThat(browser.text(cell(fresh, "level"))).isEqualTo("Level 1");
        assertThat(browser.text(cell(levelThree, "level"))).isEqualTo("Level 3");
        assertThat(browser.attribute(cell(fresh, "level"), "title")).isEqualTo("professional");
        assertThat(browser.attribute(cell(fresh, "deadline"), "title")).isEqualTo(freshDue);
        assertThat(browser.text(cell(fresh, "deadline")))
            .isEqualTo(HumanTimes.in(ZoneId.of("Asia/Shanghai")).at(OffsetDateTime.parse(freshDue).toInstant(),
                Instant.now()));
        // PT1H for professional Level 1: less than an hour left, in minutes
        assertThat(browser.text(cell(fresh, "time-left"))).matches("\\d{1,2} min left|1 h 0 min left");
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("cockpit-sla-board-failure");
        throw e;
      }
    }
  }

  @Test
  @DisplayName("RSP-3, CLS-1: the manager's Cockpit dashboard opens on the SLA board, above the engine's sections: each incident's state, counts per state, and filters by customer and level")
  void dashboardOpensOnTheBoard() {
    // Given a customer with an incident breached, at risk, held by an engineer, reopened after an objection,
    // waiting for the customer and on track, and another customer with one incident
    SlaBoardIncidents incidents = SlaBoardIncidents.create(port, identityService, taskService, runtimeService,
        managementService, jdbc);

    try (Browser browser = Browser.open(port)) {
      try {
        // When the manager signs in to Cockpit
        browser.login("cockpit", "manager", "manager");
        browser.waitFor(By.cssSelector("[data-sla-board-status][data-loaded='true']"));
        browser.waitFor(By.cssSelector(".dashboard section.actual .open-incidents"));

        // Then the board is the first thing on the dashboard, above "Right now" and its engine incidents, in view
        Number boardTop = top(browser, "[data-sla-board]");
        assertThat(boardTop.doubleValue()).isLessThan(top(browser, ".dashboard section.actual").doubleValue())
            .isLessThan(top(browser, ".dashboard section.deployed").doubleValue())
            .isLessThan(((Number) browser.script("return window.innerHeight;")).doubleValue() / 2);
        // And nobody takes the engine's "Open Incidents" for support incidents
        assertThat(browser.text(By.cssSelector("[data-sla-board-note]"))).contains("\u201cOpen Incidents\u201d",
            "failed jobs", "not these");
        assertThat((String) browser.script("return getComputedStyle(document.querySelector("
            + "'.dashboard .stats-section.open-incidents'), '::after').content;"))
            .contains("Engine incidents (failed jobs), not support incidents");

        // When the manager picks the customer
        choose(browser, "customer", incidents.customer());

        // Then its six incidents show, most urgent first, each in its state, and one of each is counted
        assertThat(browser.attributes(By.cssSelector("[data-sla-board] tbody tr"), "data-incident"))
            .containsExactly(incidents.breached(), incidents.atRisk(), incidents.reopened(), incidents.onTrack(),
                incidents.held(), incidents.waiting());
        assertThat(browser.text(cell(incidents.breached(), "state"))).isEqualTo("Breached");
        assertThat(browser.text(cell(incidents.atRisk(), "state"))).isEqualTo("At risk");
        assertThat(browser.text(cell(incidents.reopened(), "state"))).isEqualTo("Reopened");
        assertThat(browser.text(cell(incidents.reopened(), "response"))).isEqualTo("Responded");
        assertThat(browser.text(cell(incidents.reopened(), "resolution"))).isEqualTo("Reopened: the customer objected");
        assertThat(browser.text(cell(incidents.held(), "state"))).isEqualTo("In progress");
        assertThat(browser.text(cell(incidents.held(), "holder"))).isEqualTo("Erin Engineer");
        assertThat(browser.text(cell(incidents.onTrack(), "holder"))).isEqualTo("Unassigned");
        assertThat(browser.text(cell(incidents.waiting(), "state"))).isEqualTo("Waiting for customer");
        assertThat(browser.text(cell(incidents.waiting(), "resolution")))
            .isEqualTo("Waiting for the customer's information");
        assertThat(browser.text(cell(incidents.onTrack(), "state"))).isEqualTo("On track");
        assertThat(browser.text(cell(incidents.held(), "title"))).isEqualTo("Ingress drops connections");
        assertThat(browser.text(cell(incidents.held(), "age"))).matches("\\d+ min|\\d+ h \\d+ min");
        assertThat(counts(browser)).isEqualTo(java.util.Map.of("breached", "1", "at-risk", "1", "reopened", "1",
            "on-track", "1", "in-progress", "1", "waiting-for-customer", "1"));
        browser.screenshot("cockpit-dashboard-sla-board");

        // When the manager narrows it to Level 1
        choose(browser, "level", "1");

        // Then only the breached Level 1 remains, and the counts follow
        assertThat(browser.attributes(By.cssSelector("[data-sla-board] tbody tr"), "data-incident"))
            .containsExactly(incidents.breached());
        assertThat(counts(browser)).containsEntry("breached", "1").containsEntry("on-track", "0")
            .containsEntry("waiting-for-customer", "0");

        // When the manager picks the other customer and every level
        choose(browser, "level", "");
        choose(browser, "customer", incidents.otherCustomer());

        // Then that customer's one incident is listed, linked to its process instance
        assertThat(browser.attributes(By.cssSelector("[data-sla-board] tbody tr"), "data-incident"))
            .containsExactly(incidents.otherCustomersIncident());
        browser.click(By.cssSelector("[data-sla-board] tr[data-incident='" + incidents.otherCustomersIncident()
            + "'] [data-field='incident'] a"));
        browser.waitUntilUrlContains("/process-instance/"
            + WebTestIncidents.processInstanceId(runtimeService, incidents.otherCustomersIncident()));
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("cockpit-dashboard-sla-board-failure");
        throw e;
      }
    }
  }

  private static Number top(Browser browser, String selector) {
    return (Number) browser.script("return document.querySelector(arguments[0]).getBoundingClientRect().top;",
        selector);
  }

  private static void choose(Browser browser, String filter, String value) {
    new Select(browser.waitFor(By.cssSelector("[data-sla-board-filter='" + filter + "']"))).selectByValue(value);
  }

  /** The counts at the top of the board, by state. */
  private static java.util.Map<String, String> counts(Browser browser) {
    java.util.Map<String, String> counts = new java.util.HashMap<>();
    for (String state : browser.attributes(By.cssSelector("[data-sla-board-counts] li"), "data-state")) {
      counts.put(state, browser.text(By.cssSelector("[data-sla-board-counts] li[data-state='" + state
          + "'] [data-count]")));
    }
    return counts;
  }

  private static By row(String number) {
    return By.cssSelector("[data-sla-board] tr[data-incident='" + number + "']");
  }

  static By cell(String number, String field) {
    return By.cssSelector("[data-sla-board] tr[data-incident='" + number + "'] [data-field='" + field + "']");
  }
}
