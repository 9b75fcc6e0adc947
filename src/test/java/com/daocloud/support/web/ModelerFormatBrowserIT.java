package com.daocloud.support.web;

import static org.awaitility.Awaitility.await;

import com.daocloud.support.testing.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The models are kept in the layout Camunda Modeler writes. Modeler saves through bpmn-js and dmn-js; Cockpit
 * shows the deployed models with the same libraries, so each model, as Cockpit's viewer reads it from the engine
 * and writes it back ({@code saveXML}, formatted as Modeler saves), must be byte for byte its file. The next
 * save in Modeler then changes only what its user changed, and a review shows only that.
 *
 * <p>Cockpit's bpmn-js reads the {@code camunda:} attributes without their schema, so it keeps them in the
 * order written; Modeler orders them by its schema (camunda-bpmn-moddle). The files were last written in that
 * order (a save through bpmn-moddle 10.3 with camunda-bpmn-moddle 8.0 left each of them unchanged).
 */
@IntegrationTest
class ModelerFormatBrowserIT {

  private static final Pattern DEFINITIONS_ID = Pattern.compile("id=\"Definitions_[A-Za-z0-9]+\"");
  private static final List<String> PROCESSES = List.of("incident-handling", "change-control", "eam-application",
      "incident-update-mail", "health-inspection", "upgrade-advisory", "critical-event-support", "phone-report");
  private static final List<String> DECISIONS = List.of("incident-level", "response-sla", "support-lifecycle",
      "support-scope", "customer-wait-limits", "change-notice", "eam-eligibility", "s360-services");

  @LocalServerPort
  int port;

  @Autowired
  RepositoryService repositoryService;

  @BeforeAll
  static void needsChromium() {
    Browser.assumeChromium();
  }

  @Test
  @DisplayName("bpmn-js and dmn-js write every process and decision table back exactly as its file in bpmn/ and dmn/")
  void viewersWriteEveryModelBackUnchanged() throws IOException {
    SoftAssertions softly = new SoftAssertions();
    try (Browser browser = Browser.open(port)) {
      browser.login("cockpit", "demo", "demo");
      for (String key : PROCESSES) {
        String id = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
            .latestVersion().singleResult().getId();
        compare(softly, browser, "/camunda/app/cockpit/default/#/process-definition/" + id + "/runtime",
            "[cam-widget-bpmn-viewer]", Path.of("bpmn", key + ".bpmn"));
      }
      for (String key : DECISIONS) {
        String id = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key)
            .latestVersion().singleResult().getId();
        compare(softly, browser, "/camunda/app/cockpit/default/#/decision-definition/" + id,
            "[cam-widget-dmn-viewer]", Path.of("dmn", key + ".dmn"));
      }
    }
    softly.assertAll();
  }

  /** Opens the model in Cockpit, lets its viewer widget save it, and compares that with the file. */
  private static void compare(SoftAssertions softly, Browser browser, String page, String widget, Path model)
      throws IOException {
    String file = Files.readString(model, StandardCharsets.UTF_8);
    browser.open(page);
    browser.waitFor(By.cssSelector(widget + " .djs-container, " + widget + " .dmn-decision-table-container"));

    // Cockpit swaps the model in the same widget: wait until the viewer holds this file's definitions.
    Matcher definitions = DEFINITIONS_ID.matcher(file);
    String expectedId = definitions.find() ? definitions.group() : "";
    String saved = await().atMost(Duration.ofSeconds(30)).until(() -> save(browser, widget),
        xml -> xml.contains(expectedId));

    if (!file.equals(saved)) {
      // What a failure leaves to compare: diff MODEL target/modeler-format/MODEL
      Path written = Path.of("target", "modeler-format").resolve(model);
      Files.createDirectories(written.getParent());
      Files.writeString(written, String.valueOf(saved), StandardCharsets.UTF_8);
    }
    softly.assertThat(saved).as("the viewer's save of %s", model).isEqualTo(file);
  }

  private static String save(Browser browser, String widget) {
    return String.valueOf(browser.asyncScript("var done = arguments[arguments.length - 1];"
        + "var node = document.querySelector(arguments[0]);"
        + "var scope = node && (angular.element(node).isolateScope() || angular.element(node).scope());"
        + "if (!scope || !scope.control || !scope.control.getViewer()) { done(''); return; }"
        + "scope.control.getViewer().saveXML({format: true})"
        + ".then(function (result) { done(result.xml); }, function (e) { done('failed: ' + e); });", widget));
  }
}
