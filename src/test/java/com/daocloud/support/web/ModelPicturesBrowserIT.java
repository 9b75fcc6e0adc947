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
 * tasks that other tools complete (docs/processes.md), and each drill-down of {@code incident-handling} (its
 * collapsed sub-processes) is a picture of its own. The screenshots ({@code target/screenshots/process-*.png},
 * the diagram only, without the webapp around it) are the README's pictures.
 */
@IntegrationTest
class ModelPicturesBrowserIT {

  /** Cockpit's diagram, without the page around it. */
  private static final By DIAGRAM = By.cssSelector("[cam-widget-bpmn-viewer] .djs-container");

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
      browser.resize(2600, 1500);
      picture(browser, "incident-handling", "Task_ContactCustomer", "Task_HandleResponseBreach",
          "Task_ReviewSuggestion", "Task_DecideLevel", "Task_DecideResponseTerms", "ServiceTask_CloseIncident");
      drillDown(browser, "incident-handling", "EventSubProcess_Level1Duties", "Task_AcknowledgeLevel1",
          "Task_PostStatusUpdate", "Task_ChaseStatusUpdate");
      drillDown(browser, "incident-handling", "SubProcess_ScopeAndFees", "Task_AgreeOutOfScopeFees");
      drillDown(browser, "incident-handling", "SubProcess_Resolution", "Task_ResolveIncident");
      drillDown(browser, "incident-handling", "EventSubProcess_OnSite", "Task_ConfirmOnSiteArrival");
      drillDown(browser, "incident-handling", "EventSubProcess_Access", "Task_AskForAccess",
          "Task_NoteReclassification");
      drillDown(browser, "incident-handling", "EventSubProcess_SupportLevel", "Task_DecideSupportLevel");
      drillDown(browser, "incident-handling", "SubProcess_AfterStandardSupport", "Task_OfferExtendedMaintenance",
          "Task_DecideBestEffort");
      browser.resize(1400, 1000);
      picture(browser, "change-control", "Task_ReviewLateNotice");
      picture(browser, "eam-application", "Task_ApproveEam", "Task_ConfirmArrearsPaid");
      picture(browser, "health-inspection", "Task_InspectHealth", "Task_ChaseOverdueInspection");
      picture(browser, "upgrade-advisory", "Task_AssessAdvisory");
      picture(browser, "critical-event-support", "Task_WriteServicePlan", "Task_WriteServiceReport");
      picture(browser, "phone-report", "StartEvent_PhoneReportTaken", "ServiceTask_RecordIncident");
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
    browser.screenshot(DIAGRAM, "process-" + key);
  }

  /** Opens a collapsed sub-process's own diagram (as its drill-down button does) and keeps a picture of it. */
  private void drillDown(Browser browser, String key, String subProcess, String... taskIds) {
    browser.script("var node = document.querySelector('[cam-widget-bpmn-viewer]');"
        + "var scope = angular.element(node).isolateScope() || angular.element(node).scope();"
        + "var canvas = scope.control.getViewer().get('canvas');"
        + "canvas.setRootElement(canvas.findRoot(arguments[0] + '_plane'));"
        + "canvas.zoom('fit-viewport', 'auto');", subProcess);
    for (String taskId : taskIds) {
      browser.waitFor(By.cssSelector("[data-element-id='" + taskId + "']"));
    }
    browser.screenshot(DIAGRAM, "process-" + key + "-" + subProcess);
  }
}
