package com.daocloud.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.daocloud.support.identity.Groups;
import com.daocloud.support.identity.IdentitySetup;
import com.daocloud.support.identity.TasklistFilters;
import com.daocloud.support.security.engine.ExpressionRefusedException;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.ProbeProcesses;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finding 2 inside the engine, without the HTTP layer: the engine itself refuses expressions in
 * queries and filters (whatever the entry point, here the Java API), and its expression language
 * refuses reflection and beans that are not glue in every expression, in models an administrator
 * deployed too (BPMN, and decision tables in JUEL).
 */
@IntegrationTest
class EngineExpressionGuardIT {

  private static final String PROBE_FILTER = "expression-guard-probe";

  @RegisterExtension
  final ProbeProcesses probes = new ProbeProcesses();

  @Autowired
  TaskService taskService;

  @Autowired
  FilterService filterService;

  @Autowired
  IdentityService identityService;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  DecisionService decisionService;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ApplicationContext applicationContext;

  @TempDir
  Path dir;

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    filterService.createFilterQuery().filterName(PROBE_FILTER).list()
        .forEach(filter -> filterService.deleteFilter(filter.getId()));
  }

  private String canary(Path file) {
    return "${''.getClass().forName('java.io.File').getConstructor(''.getClass()).newInstance('"
        + file + "').createNewFile()}";
  }

  private static void assertRefused(ThrowingCallable call) {
    assertThatThrownBy(call).satisfies(thrown -> assertThat(causes(thrown))
        .anyMatch(ExpressionRefusedException.class::isInstance));
  }

  private static List<Throwable> causes(Throwable thrown) {
    List<Throwable> causes = new java.util.ArrayList<>();
    for (Throwable cause = thrown; cause != null && !causes.contains(cause); cause = cause.getCause()) {
      causes.add(cause);
    }
    return causes;
  }

  private void asAdministrator() {
    identityService.setAuthentication("demo", List.of(Groups.ADMIN));
  }

  @Test
  @DisplayName("Finding 2: a Java API task query with an expression in an or() branch is refused by the engine, "
      + "for an administrator too, and the canary never appears")
  void orBranchExpressionIsRefused() {
    Path file = dir.resolve("or-branch");
    asAdministrator();

    assertRefused(() -> taskService.createTaskQuery().or().taskAssigneeExpression(canary(file)).endOr().list());
    assertRefused(() -> taskService.createTaskQuery().or().dueDateExpression(canary(file)).endOr().count());
    assertRefused(() -> taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
        .list());

    assertThat(file).doesNotExist();
  }

  @Test
  @DisplayName("Finding 2: a filter saves with the identity forms where they fit, and with no other expression")
  void filtersKeepOnlyTheIdentityForms() {
    Path file = dir.resolve("saved-filter");

    assertRefused(() -> filterService.saveFilter(filterService.newTaskFilter(PROBE_FILTER)
        .setQuery(taskService.createTaskQuery().taskAssigneeExpression(canary(file)))));
    assertRefused(() -> filterService.saveFilter(filterService.newTaskFilter(PROBE_FILTER)
        .setQuery(taskService.createTaskQuery().or().taskOwnerExpression(canary(file)).endOr())));
    assertRefused(() -> filterService.saveFilter(filterService.newTaskFilter(PROBE_FILTER)
        .setQuery(taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUser()}"))));
    Filter identity = filterService.saveFilter(filterService.newTaskFilter(PROBE_FILTER).setQuery(
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")));

    asAdministrator();
    assertThat(filterService.count(identity.getId())).isNotNull();
    assertThat(file).doesNotExist();
  }

  @Test
  @DisplayName("Finding 2: a filter's execution refuses an expression in the query that extends it")
  void extendingQueryIsRefused() {
    Path file = dir.resolve("extending");
    Filter filter = filterService.saveFilter(filterService.newTaskFilter(PROBE_FILTER)
        .setQuery(taskService.createTaskQuery().taskCandidateGroup(Groups.SUPPORT_ENGINEERS)));
    TaskQuery extending = taskService.createTaskQuery().or().taskAssigneeExpression(canary(file)).endOr();
    asAdministrator();

    assertRefused(() -> filterService.list(filter.getId(), extending));
    assertRefused(() -> filterService.count(filter.getId(), extending));
    assertThat(file).doesNotExist();
  }

  @Test
  @DisplayName("Finding 2: a filter stored before the guard with another expression is refused when it runs")
  void tamperedStoredFilterIsRefused() {
    Path file = dir.resolve("stored");
    Filter filter = filterService.saveFilter(filterService.newTaskFilter(PROBE_FILTER).setQuery(
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
    // What an earlier version would have stored: the query's JSON holds the expression as written.
    int changed = jdbc.update("update ACT_RU_FILTER set QUERY_ = replace(QUERY_, ?, ?) where ID_ = ?",
        "${currentUser()}", canary(file), filter.getId());
    assertThat(changed).isEqualTo(1);
    asAdministrator();

    assertRefused(() -> filterService.list(filter.getId()));
    assertThat(file).doesNotExist();
  }

  @Test
  @DisplayName("Tasklist's shared filters, the identity forms included, still run for their groups")
  void tasklistFiltersStillWork() {
    identityService.setAuthentication("engineer", List.of(Groups.SUPPORT_ENGINEERS));
    for (String name : List.of(TasklistFilters.MY_TASKS, TasklistFilters.GROUP_TASKS, TasklistFilters.MY_INCIDENTS,
        TasklistFilters.LEVEL_1_AND_2, TasklistFilters.ALL_OPEN)) {
      Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
      assertThat(filterService.count(filter.getId())).as(name).isNotNull();
    }
  }

  @Test
  @DisplayName("Finding 2: an administrator's process whose expression reflects is refused when it runs; "
      + "the canary never appears")
  void reflectionInAnAdministratorsProcessIsRefused() {
    Path file = dir.resolve("bpmn");
    probes.deploy(repositoryService, "expression-probe", Bpmn.createExecutableProcess("expression-probe")
        .camundaHistoryTimeToLive(1).startEvent().serviceTask("Task_Probe").camundaExpression(canary(file))
        .endEvent().done());

    assertRefused(() -> runtimeService.startProcessInstanceByKey("expression-probe"));
    assertThat(file).doesNotExist();
  }

  @Test
  @DisplayName("Finding 2: expressions reach the processes' delegates, not the data source, the environment "
      + "or the engine's services")
  void onlyDelegateBeansAreReachable() {
    assertThat(List.of("dataSource", "environment", "runtimeService", "identitySetup", "closeIncidentDelegate"))
        .as("the beans exist: refused by policy, not unknown").allMatch(applicationContext::containsBean);
    for (String expression : List.of("${dataSource.getConnection()}",
        "${environment.getProperty('spring.datasource.password')}", "${runtimeService.getName()}",
        "${identitySetup}", "${closeIncidentDelegate.getClass()}")) {
      String key = "bean-probe-" + Math.abs(expression.hashCode());
      probes.deploy(repositoryService, key, Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
          .startEvent().serviceTask("Task_Probe").camundaExpression(expression).endEvent().done());

      assertRefused(() -> runtimeService.startProcessInstanceByKey(key));
    }
  }

  @Test
  @DisplayName("Finding 2: a decision table in JUEL deployed by an administrator is evaluated in the sandbox; "
      + "the canary never appears")
  void reflectionInJuelDecisionIsRefused() {
    Path file = dir.resolve("dmn");
    String dmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
            xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="juel-probe-definitions" name="probe" namespace="x">
          <decision id="juel-probe" name="probe" camunda:historyTimeToLive="P1D">
            <variable id="Var_Probe" name="probe" typeRef="boolean"/>
            <literalExpression id="Le_Probe" expressionLanguage="juel"><text>%s</text></literalExpression>
          </decision>
        </definitions>""".formatted(canary(file).replace("'", "&apos;"));
    String deployment = repositoryService.createDeployment().name("juel-probe")
        .addString("juel-probe.dmn", dmn).deploy().getId();
    try {
      assertRefused(() -> decisionService.evaluateDecisionByKey("juel-probe")
          .variables(Variables.createVariables()).evaluate());
      assertThat(file).doesNotExist();
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
  }
}
