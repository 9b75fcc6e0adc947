package com.daocloud.support.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Deploys the top-level {@code bpmn/} (processes with their Camunda Forms) and {@code dmn/} (decision
 * tables) folders, which the build puts on the classpath, as two deployments.
 *
 * <p>Why not a process archive ({@code META-INF/processes.xml}): its scanner does not find resources
 * inside the executable jar of Spring Boot 3.2+ (nested jar URLs), so the packaged application would
 * start with nothing deployed. Spring's resource resolver reads both the jar and the build folder.
 *
 * <p>Nothing is deployed when nothing changed against the last deployment of the same name, and the
 * two deployments differ in what a change deploys:
 * <ul>
 *   <li>Decisions: only the changed tables, so a restart never replaces a newer table that an analyst
 *   deployed since (an unchanged table is not deployed again, and an analyst's version stays latest).
 *   <li>Processes: all of {@code bpmn/}, every model with every form, as soon as one file changed. Every
 *   user task finds its form with binding {@code deployment}, in the deployment of its own process
 *   version; deploying only a changed model would give its new version no forms, and only a changed
 *   form would leave it out of the processes that use it. Unchanged processes get an identical new
 *   version; running instances stay on theirs.
 * </ul>
 * Decisions and processes are deployed apart, so a process change never re-deploys a decision table.
 * The engine's deployment lock makes nodes that start together deploy once.
 */
public class ModelDeployment {

  public static final String DECISIONS = "dce-support-decisions";
  public static final String PROCESSES = "dce-support-processes";
  static final String SOURCE = "dce-support";

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);

  private final RepositoryService repositoryService;
  private final String location;
  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  public ModelDeployment(RepositoryService repositoryService) {
    this(repositoryService, "classpath*:");
  }

  /**
   * @param location where the {@code bpmn/} and {@code dmn/} folders are, as a Spring resource
   *                 location prefix: {@code classpath*:} for the application, {@code file:/some/dir/}
   *                 for a test that changes a copy of the models
   */
  ModelDeployment(RepositoryService repositoryService, String location) {
    this.repositoryService = repositoryService;
    this.location = location;
  }

  public void deployAll() {
    deploy(DECISIONS, true, "dmn/*.dmn");
    deploy(PROCESSES, false, "bpmn/*.bpmn", "bpmn/*.form");
  }

  /**
   * @param changedOnly whether a change deploys the changed files only, or all files of the
   *                    deployment; either way nothing is deployed when nothing changed
   */
  private void deploy(String name, boolean changedOnly, String... patterns) {
    List<Resource> resources = Arrays.stream(patterns).flatMap(this::find)
        .sorted(Comparator.comparing(Resource::getFilename)).toList();
    if (resources.isEmpty()) {
      LOG.info("Deployment {}: no models found", name);
      return;
    }
    DeploymentBuilder builder = repositoryService.createDeployment().name(name).source(SOURCE)
        .enableDuplicateFiltering(changedOnly);
    for (Resource resource : resources) {
      try (var in = resource.getInputStream()) {
        builder.addInputStream(resource.getFilename(),
            new java.io.ByteArrayInputStream(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read model " + resource, e);
      }
    }
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    LOG.info("Deployment {}: {} models found; {} processes and {} decisions new in deployment {}",
        name, resources.size(), size(deployment.getDeployedProcessDefinitions()),
        size(deployment.getDeployedDecisionDefinitions()), deployment.getId());
  }

  private static int size(List<?> list) {
    return list == null ? 0 : list.size();
  }

  private java.util.stream.Stream<Resource> find(String pattern) {
    try {
      return Arrays.stream(resolver.getResources(location + pattern));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list models " + location + pattern, e);
    }
  }
}
