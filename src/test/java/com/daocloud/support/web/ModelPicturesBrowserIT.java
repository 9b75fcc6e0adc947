package com.daocloud.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The processes as Cockpit draws them, and a policy table as analysts read it: each diagram shows the
 * tasks that other tools complete (docs/processes.md). The screenshots
 * ({@code target/screenshots/process-*.png}) are the README's pictures.
 */
@IntegrationTest
class ModelPicturesBrowserIT {

  @LocalServerPort
  int port;

  @Autowired
  RepositoryService repositoryService;

  @BeforeAll
  static void needsChromium() {
    Browser.assumeChromium();
  }

  @Test
  @DisplayName("Cockpit draws each process with the tasks that other tools complete (docs/processes.md)")
  void cockpitDrawsEachProcess() {
    try (Browser browser = Browser.open(port)) {
      browser.login("cockpit", "demo", "demo");
      picture(browser, "incident-handling", "Task_ContactCustomer", "Task_ResolveIncident",
          "Task_AcknowledgeLevel1", "Task_HandleResponseBreach", "Task_PostStatusUpdate",
          "Task_ReviewSuggestion");
      picture(browser, "change-control", "Task_ReviewLateNotice");
      picture(browser, "eam-application", "Task_ApproveEam");
    }
  }

  @Test
  @DisplayName("RSP-1: analysts read the deployed response-sla table in Cockpit")
  void analystsReadTheResponseTable() {
    try (Browser browser = Browser.open(port)) {
      browser.login("cockpit", "analyst", "analyst");
      String id = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("response-sla")
          .latestVersion().singleResult().getId();
      browser.open("/camunda/app/cockpit/default/#/decision-definition/" + id);
      browser.waitUntilTextIn(By.cssSelector("body"), "PT4H");
      browser.screenshot("decision-response-sla");
    }
  }

  private void picture(Browser browser, String key, String... taskIds) {
    String id = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult().getId();
    browser.open("/camunda/app/cockpit/default/#/process-definition/" + id + "/runtime");
    for (String taskId : taskIds) {
      browser.waitFor(By.cssSelector("[data-element-id='" + taskId + "']"));
    }
    assertThat(browser.attributes(By.cssSelector("g.djs-element[data-element-id]"),
        "data-element-id")).contains(taskIds);
    browser.screenshot("process-" + key);
  }
}
