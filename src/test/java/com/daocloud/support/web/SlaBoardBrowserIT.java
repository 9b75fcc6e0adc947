package com.daocloud.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.testing.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The managers' SLA board on Cockpit's dashboard, in Chromium. */
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

        // And each row says who, how urgent and by when (the customer's time, as the API answers it)
        assertThat(browser.text(cell(fresh, "customer"))).isEqualTo("Acme (acme)");
        assertThat(browser.text(cell(fresh, "level"))).isEqualTo("Level 1");
        assertThat(browser.text(cell(levelThree, "level"))).isEqualTo("Level 3");
        assertThat(browser.text(cell(fresh, "tier"))).isEqualTo("professional");
        assertThat(browser.attribute(cell(fresh, "deadline"), "title")).isEqualTo(freshDue);
        assertThat(browser.text(cell(fresh, "deadline")))
            .isEqualTo(freshDue.substring(0, 10) + " " + freshDue.substring(11, 16) + " +08:00");
        // PT1H for professional Level 1: less than an hour left, in minutes
        assertThat(browser.text(cell(fresh, "time-left"))).matches("\\d{1,2} min|1 h 0 min");
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("cockpit-sla-board-failure");
        throw e;
      }
    }
  }

  private static By row(String number) {
    return By.cssSelector("[data-sla-board] tr[data-incident='" + number + "']");
  }

  static By cell(String number, String field) {
    return By.cssSelector("[data-sla-board] tr[data-incident='" + number + "'] [data-field='" + field + "']");
  }
}
