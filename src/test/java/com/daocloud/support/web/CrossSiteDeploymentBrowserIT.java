package com.daocloud.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.ProbeDecisions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding 4 of the security review: a page of another site makes an analyst's browser post a decision
 * table to {@code /engine-rest/deployment/create} as a {@code multipart/form-data} form. The attacker's
 * page comes from a second server, on another host name ({@code 127.0.0.1}) and port than the
 * application ({@code localhost}), so that Chromium treats it as a different site.
 */
@IntegrationTest
class CrossSiteDeploymentBrowserIT {

  @LocalServerPort
  int port;

  @Autowired
  RepositoryService repositoryService;

  private HttpServer attacker;
  private final String deploymentName = "csrf-" + UUID.randomUUID();

  @BeforeEach
  void attackerSite() throws Exception {
    Browser.assumeChromium();
    attacker = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    byte[] page = attackPage().getBytes(StandardCharsets.UTF_8);
    attacker.createContext("/", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, page.length);
      exchange.getResponseBody().write(page);
      exchange.close();
    });
    attacker.start();
  }

  @AfterEach
  void stopAttacker() {
    if (attacker != null) {
      attacker.stop(0);
    }
  }

  @Test
  @DisplayName("Finding 4: a page of another site cannot make an analyst's browser deploy a decision table, "
      + "neither with credentials the browser picked up from us nor with credentials it attaches anyway")
  void crossSiteDeploymentIsRefused() {
    try (Browser browser = Browser.open(port)) {
      try {
        // Given the analyst's browser opened the engine's REST API with the analyst's password: a Basic
        // challenge would make Chromium keep the password and attach it to later requests to /engine-rest
        browser.navigate("http://analyst:analyst@localhost:" + port + "/engine-rest/version");

        // When the analyst visits the attacker's page, which posts the multipart form to us
        String answer = submitAttack(browser);

        // Then nothing is deployed: without a Basic challenge the browser holds no password to attach
        assertThat(answer).doesNotContain("deployedDecisionDefinitions").containsPattern("\"status\":40[13]");
        assertThat(deployments()).isZero();

        // And even a browser that attaches the analyst's credentials to every request is refused: the
        // request comes from another site (Origin, Sec-Fetch-Site)
        browser.devTools("Network.enable", Map.of());
        browser.devTools("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
            "Basic " + Base64.getEncoder().encodeToString("analyst:analyst".getBytes(StandardCharsets.UTF_8)))));
        String withCredentials = submitAttack(browser);
        assertThat(withCredentials).contains("\"status\":403", "other sites");
        assertThat(deployments()).isZero();
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("cross-site-deployment");
        throw e;
      }
    }
  }

  private String submitAttack(Browser browser) {
    browser.navigate("http://127.0.0.1:" + attacker.getAddress().getPort() + "/");
    browser.waitUntilUrlContains("/engine-rest/deployment/create");
    return browser.pageText();
  }

  private long deployments() {
    return repositoryService.createDeploymentQuery().deploymentName(deploymentName).count();
  }

  /** Builds the form in the page (a file part needs a script) and submits it as soon as it loads. */
  private String attackPage() {
    String table;
    try {
      // As a JavaScript string literal (JSON's quoting is JavaScript's)
      table = new ObjectMapper().writeValueAsString(ProbeDecisions.table("csrf-probe"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return "<!doctype html><html><body>"
        + "<form method=\"post\" enctype=\"multipart/form-data\" action=\"http://localhost:" + port
        + "/engine-rest/deployment/create\">"
        + "<input type=\"hidden\" name=\"deployment-name\" value=\"" + deploymentName + "\">"
        + "<input type=\"file\" name=\"csrf-probe.dmn\"></form>"
        + "<script>"
        + "const table = new File([" + table + "], 'csrf-probe.dmn', {type: 'application/octet-stream'});"
        + "const files = new DataTransfer(); files.items.add(table);"
        + "document.querySelector('input[type=file]').files = files.files;"
        + "document.forms[0].submit();"
        + "</script></body></html>";
  }
}
