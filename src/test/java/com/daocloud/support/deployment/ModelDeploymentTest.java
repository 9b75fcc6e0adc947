package com.daocloud.support.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A release that changes a process model without its forms, or a form without its model, still
 * gives every user task of the new version its form: the application deploys {@code bpmn/} as one
 * whole whenever anything in it changed, and every task resolves its form in its own deployment.
 * Runs the application's deployment against a copy of the models on an in-memory engine.
 */
class ModelDeploymentTest {

  /** What the timers, due dates and input parameters on the way into a user task read; the tasks need no more. */
  private static final Map<String, Object> TASK_VARIABLES = Map.ofEntries(
      Map.entry("plannedAt", inADay()), Map.entry("responseDueAt", inADay()),
      Map.entry("responseWarningAt", inADay()), Map.entry("nextStatusUpdateAt", inADay()),
      Map.entry("confirmationWait", "P1D"), Map.entry("informationWait", "P1D"),
      Map.entry("remoteAccessWait", "PT30M"), Map.entry("incidentNumber", "INC-2026-000001"),
      Map.entry("customerId", "acme"), Map.entry("cluster", "prod-1"), Map.entry("windowFrom", inADay()),
      Map.entry("windowTo", inADay()), Map.entry("dueAt", inADay()));

  /** What the incident model's candidate expressions ask (L12-3): no representative named, so the group. */
  public static final class NoticeCandidates {
    public List<String> level1NoticeUsers(String incidentNumber) {
      return List.of();
    }

    public List<String> level1NoticeGroups(String incidentNumber) {
      return List.of("customer-service");
    }
  }

  /** What the incident tasks' priority, due date and assignee expressions ask: the defaults. */
  public static final class TaskOrder {
    public int priority(Object execution) {
      return 50;
    }

    public java.util.Date resolveDue(Object execution) {
      return null;
    }

    public java.util.Date onSiteDue(Object execution) {
      return null;
    }

    public String previousResolver(Object execution) {
      return null;
    }
  }

  /** What the forms' times in words ask (CustomerTimes): any text will do. */
  public static final class Times {
    public String at(String customerId, Object instant) {
      return String.valueOf(instant);
    }

    public String atCluster(String customerId, String cluster, Object instant) {
      return String.valueOf(instant);
    }
  }

  /** What the S360 models' candidate expressions ask (SVC-2): no dedicated team, so the group. */
  public static final class DedicatedTeam {
    public List<String> users(String customerId) {
      return List.of();
    }

    public List<String> groups(String customerId) {
      return List.of("customer-success");
    }
  }

  @TempDir
  Path models;

  ProcessEngine engine;
  RepositoryService repository;
  ModelDeployment deployment;

  @BeforeEach
  void copyModelsAndStartEngine() throws IOException {
    copy("bpmn");
    copy("dmn");
    ProcessEngineConfigurationImpl config = new StandaloneInMemProcessEngineConfiguration();
    config.setJdbcUrl("jdbc:h2:mem:model-deployment-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    config.setDatabaseSchemaUpdate("create-drop");
    config.setJobExecutorActivate(false);
    config.setEnforceHistoryTimeToLive(true);
    config.setProcessEngineName("model-deployment-" + UUID.randomUUID());
    config.getProcessEnginePlugins().add(new DeploymentGuardPlugin());
    // The beans that model expressions name on the way into a task (start listeners, candidate expressions).
    config.setBeans(Map.of("incidentFacts", new NoticeCandidates(),
        "awaitArrearsListener", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> { },
        "dedicatedTeam", new DedicatedTeam(), "incidentTasks", new TaskOrder(), "customerTimes", new Times()));
    engine = config.buildProcessEngine();
    repository = engine.getRepositoryService();
    deployment = new ModelDeployment(repository, models.toUri().toString());
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  @DisplayName("A restart with no model changed deploys nothing")
  void restartWithNothingChangedDeploysNothing() {
    // Given the application deployed the models once
    deployment.deployAll();
    long deployments = repository.createDeploymentQuery().count();

    // When it starts again with the same models
    deployment.deployAll();

    // Then nothing new is deployed
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repository.createProcessDefinitionQuery().list())
        .allSatisfy(definition -> assertThat(definition.getVersion()).isEqualTo(1));
  }

  @Test
  @DisplayName("A release that changes one process model only gives every user task of the new version its form")
  void changedModelKeepsItsForms() throws IOException {
    // Given the application deployed the models once
    deployment.deployAll();
    long decisionDeployments = deploymentsNamed(ModelDeployment.DECISIONS);

    // When a release changes incident-handling.bpmn only (its name) and the application starts again
    change("bpmn/incident-handling.bpmn", "name=\"Incident handling\"", "name=\"Incident handling (renamed)\"");
    deployment.deployAll();

    // Then its new version opens the form of each of its user tasks, as do the other processes
    ProcessDefinition changed = latest("incident-handling");
    assertThat(changed.getVersion()).isEqualTo(2);
    assertThat(changed.getName()).isEqualTo("Incident handling (renamed)");
    assertEveryUserTaskOpensItsForm();
    // and the decision tables were not deployed again
    assertThat(deploymentsNamed(ModelDeployment.DECISIONS)).isEqualTo(decisionDeployments);
  }

  @Test
  @DisplayName("A release that changes one form only gives the tasks of a new process version the changed form")
  void changedFormComesWithANewProcessVersion() throws IOException {
    // Given the application deployed the models once
    deployment.deployAll();

    // When a release changes the EAM approval form only and the application starts again
    change("bpmn/form-approve-eam.form", "\"label\": \"Approve extended maintenance\"",
        "\"label\": \"Approve extended maintenance (EAM)\"");
    deployment.deployAll();

    // Then a new eam-application starts with the changed form, and every task still opens its form
    ProcessDefinition eam = latest("eam-application");
    assertThat(eam.getVersion()).isEqualTo(2);
    assertThat(openForm(eam, "Task_ApproveEam")).contains("Approve extended maintenance (EAM)");
    assertEveryUserTaskOpensItsForm();
  }

  /** Starts each latest process at each user task and opens the task's form as Tasklist does. */
  private void assertEveryUserTaskOpensItsForm() throws IOException {
    List<String> opened = new ArrayList<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      for (UserTask task : repository.getBpmnModelInstance(definition.getId())
          .getModelElementsByType(UserTask.class)) {
        String form = openForm(definition, task.getId());
        assertThat(new ObjectMapper().readTree(form).path("id").asText())
            .as("form of %s in %s version %d", task.getId(), definition.getKey(), definition.getVersion())
            .isEqualTo(task.getCamundaFormRef());
        opened.add(task.getId());
      }
    }
    assertThat(opened).as("user tasks whose form was opened").hasSizeGreaterThan(10);
  }

  private String openForm(ProcessDefinition definition, String taskId) throws IOException {
    String instance = engine.getRuntimeService().createProcessInstanceById(definition.getId())
        .setVariables(TASK_VARIABLES).startBeforeActivity(taskId).execute().getId();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(taskId).singleResult();
    try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private ProcessDefinition latest(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult();
  }

  private long deploymentsNamed(String name) {
    return repository.createDeploymentQuery().deploymentName(name).count();
  }

  private void change(String file, String from, String to) throws IOException {
    Path path = models.resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    assertThat(text).as(file).contains(from);
    Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
  }

  private void copy(String folder) throws IOException {
    Files.createDirectories(models.resolve(folder));
    try (Stream<Path> files = Files.list(Path.of(folder))) {
      for (Path file : files.toList()) {
        Files.copy(file, models.resolve(folder).resolve(file.getFileName()));
      }
    }
  }

  private static Date inADay() {
    return Date.from(Instant.now().plus(1, ChronoUnit.DAYS));
  }
}
