package com.daocloud.support.identity;

import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.process.IncidentTasks;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The shared Tasklist filters each desk works from (docs/tasklist.md, "Filters"): one list per question a
 * support engineer, duty supervisor, customer-service agent or manager asks all day, each granted to the
 * groups that ask it. Every list is ordered by due date, then priority (Level 1 highest, raised at risk and
 * at breach: {@link IncidentTasks}), and its cards show the incident's number, customer, level and title.
 *
 * <p>"My tasks" and "My group tasks" keep Tasklist's two identity forms, {@code ${currentUser()}} and
 * {@code ${currentUserGroups()}}: the only expressions the engine accepts in a stored filter, each in the field
 * it fits ({@code security.engine.QueryExpressions}). They call no method and name only the caller. The desk
 * lists name their group literally instead: each is granted only to that group.
 */
public final class TasklistFilters {

  public static final String MY_TASKS = "My tasks";
  public static final String GROUP_TASKS = "My group tasks";
  /** A dedicated S360 team's tasks are candidate-user tasks, which "My group tasks" does not list (SVC-2). */
  public static final String TEAM_TASKS = "My customers' tasks";
  public static final String LEVEL_1_AND_2 = "Level 1 and 2";
  public static final String MY_INCIDENTS = "My incidents";
  public static final String ALL_OPEN = "All open incidents";
  public static final String LEVEL_1_ANY_HOLDER = "Level 1 in progress (any holder)";
  public static final String AT_RISK = "Breached or at risk";
  public static final String WAITING_FOR_ACCESS = "Waiting for access";
  public static final String FIRST_CONTACT_DUE = "First contact due";
  public static final String CUSTOMER_ANSWERS = "Customer answers";

  /**
   * What a task card shows besides the task's name: the few facts an {@code incident-handling} instance
   * carries for it (other processes' tasks show none). The time left is the card's own due date.
   */
  public static final List<Map<String, String>> CARD_VARIABLES = List.of(
      Map.of("name", "incidentNumber", "label", "Incident"),
      Map.of("name", "customerName", "label", "Customer"),
      Map.of("name", "level", "label", "Level"),
      Map.of("name", "title", "label", "Title"));

  /** The tasks customer service talks to the customer about and waits for an answer on. */
  static final String[] CUSTOMER_ANSWER_TASKS = {Elements.TASK_ASK_FOR_ACCESS, Elements.TASK_AGREE_OUT_OF_SCOPE_FEES,
      Elements.TASK_AGREE_LATE_SCOPE_FEES, Elements.TASK_OFFER_EXTENDED_MAINTENANCE, Elements.TASK_INFORM_NOT_ENTITLED};

  /**
   * One shared filter: its name (also its description), its place in Tasklist's list (lower first), its query
   * and the groups that see it.
   */
  public record Definition(String name, int order, TaskQueryImpl query, List<String> groups) {
  }

  private TasklistFilters() {
  }

  /** Every shared filter, in the order Tasklist lists them. */
  public static List<Definition> all(TaskService tasks) {
    List<String> staff = List.of(Groups.SUPPORT_ENGINEERS, Groups.CUSTOMER_SERVICE, Groups.DUTY_SUPERVISORS,
        Groups.SUPPORT_MANAGERS, Groups.CUSTOMER_SUCCESS);
    return List.of(
        new Definition(MY_TASKS, -10, ordered(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
            staff),
        new Definition(GROUP_TASKS, -9, ordered(tasks.createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned()), staff),
        new Definition(TEAM_TASKS, -8, ordered(tasks.createTaskQuery()
            .taskCandidateUserExpression("${currentUser()}").taskUnassigned()), List.of(Groups.CUSTOMER_SUCCESS)),
        // Support engineers
        new Definition(LEVEL_1_AND_2, -7, ordered(incidentTasks(tasks).taskCandidateGroup(Groups.SUPPORT_ENGINEERS)
            .includeAssignedTasks().processVariableValueLessThanOrEquals("level", 2)),
            List.of(Groups.SUPPORT_ENGINEERS)),
        new Definition(MY_INCIDENTS, -6, ordered(incidentTasks(tasks).taskAssigneeExpression("${currentUser()}")),
            List.of(Groups.SUPPORT_ENGINEERS)),
        new Definition(ALL_OPEN, -5, ordered(incidentTasks(tasks).taskCandidateGroup(Groups.SUPPORT_ENGINEERS)
            .includeAssignedTasks()), List.of(Groups.SUPPORT_ENGINEERS)),
        // Duty supervisors (L12-6: they alone take a Level 1 task from the engineer who holds it)
        new Definition(LEVEL_1_ANY_HOLDER, -4, ordered(incidentTasks(tasks).processVariableValueEquals("level", 1)),
            List.of(Groups.DUTY_SUPERVISORS)),
        new Definition(AT_RISK, -3, ordered(incidentTasks(tasks).taskMinPriority(IncidentTasks.AT_RISK)),
            List.of(Groups.DUTY_SUPERVISORS, Groups.SUPPORT_MANAGERS)),
        new Definition(WAITING_FOR_ACCESS, -2, ordered(incidentTasks(tasks)
            .taskDefinitionKey(Elements.TASK_ASK_FOR_ACCESS)), List.of(Groups.DUTY_SUPERVISORS)),
        // Customer service
        new Definition(FIRST_CONTACT_DUE, -1, ordered(incidentTasks(tasks)
            .taskDefinitionKey(Elements.TASK_CONTACT_CUSTOMER).taskCandidateGroup(Groups.CUSTOMER_SERVICE)
            .includeAssignedTasks()), List.of(Groups.CUSTOMER_SERVICE)),
        new Definition(CUSTOMER_ANSWERS, 0, ordered(incidentTasks(tasks)
            .taskDefinitionKeyIn(CUSTOMER_ANSWER_TASKS)), List.of(Groups.CUSTOMER_SERVICE)));
  }

  private static TaskQuery incidentTasks(TaskService tasks) {
    return tasks.createTaskQuery().processDefinitionKey(IdentitySetup.INCIDENT_HANDLING);
  }

  /** Due soonest first, then the highest priority (Tasklist itself applies its own sorting, docs/tasklist.md). */
  private static TaskQueryImpl ordered(TaskQuery query) {
    return (TaskQueryImpl) query.orderByDueDate().asc().orderByTaskPriority().desc();
  }
}
