package com.daocloud.support.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** docker/deploy-decisions.sh against the running application (the analysts' workflow, docs/analysts.md). */
@IntegrationTest
class DeployDecisionsScriptIT {

  @LocalServerPort int port;

  record Run(int exitCode, String output) {
  }

  @Test
  @DisplayName("An analyst deploys the repository's decision tables with the script; unchanged ones are skipped")
  void analystDeploysDecisions() throws Exception {
    Run run = script("analyst", "analyst", "dmn/response-sla.dmn");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("Deployed (HTTP 200)");
  }

  @Test
  @DisplayName("The script fails with the server's message when the credentials are wrong")
  void wrongPasswordFails() throws Exception {
    Run run = script("manager", "not-the-password", "dmn/response-sla.dmn");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.output()).contains("HTTP 401", "Valid credentials are required");
  }

  @Test
  @DisplayName("The script refuses anything but .dmn files before calling the server")
  void onlyDecisionTables() throws Exception {
    Run run = script("analyst", "analyst", "pom.xml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.output()).contains("Not a decision table");
  }

  private Run script(String user, String password, String... files)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", "docker/deploy-decisions.sh"));
    command.addAll(List.of(files));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("USER", user);
    builder.environment().put("PASSWORD", password);
    builder.environment().put("URL", "http://localhost:" + port);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), output);
  }
}
