package com.daocloud.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a new integrator sees of the API in Swagger UI, in Chromium: the operations by domain, the report's
 * real answer codes with 201 first, the Idempotency-Key, the worked example instead of {@code "string"}, and
 * the allowed values of a code. Screenshot: {@code target/screenshots/swagger-ui-report-incident.png}.
 */
@IntegrationTest
class SwaggerUiBrowserIT {

  private static final By REPORT = By.id("operations-Incidents-reportIncident");

  @LocalServerPort
  int port;

  @BeforeEach
  void chromium() {
    Browser.assumeChromium();
  }

  @Test
  @DisplayName("Swagger UI shows the incident report with its codes (201, the problems it answers), the Idempotency-Key, a real example and the allowed request types")
  void reportIncidentReadsWell() {
    try (Browser browser = Browser.open(port)) {
      try {
        // Given a customer's user signed in (the documentation needs credentials; Swagger UI sends none itself)
        browser.devTools("Network.enable", Map.of());
        browser.devTools("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
            "Basic " + Base64.getEncoder().encodeToString("acme-user:acme-user".getBytes(StandardCharsets.UTF_8)))));

        // When the integrator opens Swagger UI and the incident report
        browser.open("/swagger-ui/index.html");
        browser.waitFor(REPORT);
        String tags = browser.pageText();
        browser.click(By.cssSelector("#operations-Incidents-reportIncident .opblock-summary-control"));
        browser.waitFor(By.cssSelector("#operations-Incidents-reportIncident .responses-table"));
        String report = browser.text(REPORT);

        // Then the domains, the answer codes, the key and the example are there
        assertThat(tags).contains("Incidents", "Change requests", "Extended maintenance", "API tokens")
            .doesNotContain("incident-controller");
        assertThat(report).contains("Report an incident", "Idempotency-Key", "201", "429",
            "The incident is recorded", "Production cluster down, API server not answering")
            .doesNotContain("\"string\"");
        assertThat(report.indexOf("201")).isLessThan(report.indexOf("400"));

        // And the request's schema lists the allowed request types
        browser.click(By.cssSelector("#operations-Incidents-reportIncident .opblock-section-request-body "
            + "button[data-name=model]"));
        By requestType = By.xpath("//*[@id='operations-Incidents-reportIncident']//li[.//div[contains(@class, "
            + "'json-schema-2020-12__title') and text()='requestType']][1]");
        browser.click(By.xpath("//*[@id='operations-Incidents-reportIncident']//div[contains(@class, "
            + "'json-schema-2020-12__title') and text()='requestType']/ancestor::div[contains(@class, "
            + "'json-schema-2020-12-head')][1]//button[contains(@class, 'expand-deep-button')]"));
        browser.waitUntilTextIn(requestType, "usage-question");
        assertThat(browser.text(requestType)).contains("fault", "suggestion", "usage-question");
        browser.screenshot(REPORT, "swagger-ui-report-incident");
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("swagger-ui-report-incident");
        throw e;
      }
    }
  }
}
