package com.daocloud.support.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.daocloud.support.testing.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The top-level model folders end up deployed by the application, processes apart from decisions. */
@IntegrationTest
class DeploymentIT {

  static final String DECISIONS = "dce-support-decisions";
  static final String PROCESSES = "dce-support-processes";

  @Autowired
  RepositoryService repositoryService;

  @Test
  @DisplayName("Every decision table of dmn/ is deployed, in a deployment of decisions only")
  void decisionsAreDeployedApart() throws IOException {
    Set<String> deployed = resourceNames(DECISIONS);

    assertThat(deployed).isEqualTo(filesIn("dmn"));
    assertThat(deployed).allMatch(name -> name.endsWith(".dmn"));
    assertThat(repositoryService.createDecisionDefinitionQuery().latestVersion().list())
        .extracting(d -> d.getKey())
        .containsAll(filesIn("dmn").stream().map(f -> f.replace(".dmn", "")).toList());
  }

  @Test
  @DisplayName("Every process model of bpmn/ and every Camunda Form beside it are in the latest process deployment")
  void processesAndFormsAreDeployed() throws IOException {
    Set<String> files = filesIn("bpmn");
    if (files.isEmpty()) {
      assertThat(repositoryService.createDeploymentQuery().deploymentName(PROCESSES).count())
          .isZero();
      return;
    }
    // The latest deployment alone: each process version finds its forms in its own deployment.
    Deployment latest = repositoryService.createDeploymentQuery().deploymentName(PROCESSES)
        .orderByDeploymentTime().desc().listPage(0, 1).get(0);
    Set<String> deployed = names(List.of(latest));

    assertThat(deployed).isEqualTo(files);
    assertThat(deployed).noneMatch(name -> name.endsWith(".dmn"));
  }

  /**
   * The resources of every deployment with that name: decisions deploy only what changed, so
   * together they hold every table (the deploy script for analysts uses the same name).
   */
  private Set<String> resourceNames(String deploymentName) {
    List<Deployment> deployments = repositoryService.createDeploymentQuery()
        .deploymentName(deploymentName).list();
    assertThat(deployments).as("deployments named " + deploymentName).isNotEmpty();
    return names(deployments);
  }

  private Set<String> names(List<Deployment> deployments) {
    return deployments.stream()
        .flatMap(d -> repositoryService.getDeploymentResources(d.getId()).stream())
        .map(Resource::getName)
        .map(name -> name.substring(name.lastIndexOf('/') + 1))
        .collect(Collectors.toSet());
  }

  static Set<String> filesIn(String folder) throws IOException {
    Path dir = Path.of(folder);
    if (!Files.isDirectory(dir)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".bpmn") || n.endsWith(".dmn") || n.endsWith(".form"))
          .collect(Collectors.toSet());
    }
  }
}
