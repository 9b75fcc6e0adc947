package com.daocloud.support.incident.api;

import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.ResponsePlanner;
import com.daocloud.support.incident.SlaBoard;
import com.daocloud.support.time.HumanTimes;
import com.daocloud.support.incident.SlaBoard.State;
import com.daocloud.support.incident.process.IncidentProcess;
import com.daocloud.support.security.WebappUser;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The managers' SLA board in Cockpit (README, The managers' SLA board in Cockpit): every open incident through its
 * whole life, its first response, its resolution, who holds it and how old it is, with the state it is counted
 * under ({@link SlaBoard}). Read-only; from the incident rows and the engine's open tasks, never from process
 * variables.
 *
 * <p>Served below {@code /camunda/api/} for the Cockpit session, like the incident card (docs/tasklist.md), to the
 * users {@link IncidentOverviewAccess} admits. The holders come from a task query run as that user, with the
 * engine's authorization checks.
 */
@RestController
@RequestMapping(value = SlaBoardController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
public class SlaBoardController {

  static final String PATH = "/camunda/api/dce/sla-board";
  /** The board's own limit on rows (the oldest reports first), and so on the open tasks it reads for them. */
  static final int ROWS = 2000;
  private static final int TASKS_PER_INCIDENT = 5;

  private final IncidentOverviewAccess access;
  private final IncidentStore store;
  private final CustomerService customers;
  private final ResponsePlanner planner;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final Clock clock;

  public SlaBoardController(IncidentOverviewAccess access, IncidentStore store, CustomerService customers,
      ResponsePlanner planner, ProcessEngine engine, Clock clock) {
    this.access = access;
    this.store = store;
    this.customers = customers;
    this.planner = planner;
    this.taskService = engine.getTaskService();
    this.identityService = engine.getIdentityService();
    this.clock = clock;
  }

  /**
   * One open incident on the board; instants in UTC, {@code responseDue} in the customer's offset,
   * {@code responseDueText} in words where the installation is ("Mon 30 Nov 22:10 Shanghai time").
   */
  public record Row(String number, String title, String processInstanceId, String customerId, String customerName,
      int level, String serviceTier, String status, String responseDue, String responseDueText, Instant responseDueAt,
      Instant responseWarningAt, Instant firstContactAt, Instant reportedAt, int objections, String response,
      String resolution, String state, List<Holder> holders, List<String> openTasks) {
  }

  /** Who holds one of the incident's open tasks: the assignee, by name where the user has one. */
  public record Holder(String userId, String name, String task) {
  }

  /** The board at {@code at}: its rows most urgent first, and how many rows each state has. */
  public record Board(Instant at, Map<String, Integer> counts, List<Row> rows) {
  }

  @GetMapping
  public ResponseEntity<Board> board(HttpServletRequest request) {
    WebappUser user = access.require(request);
    Instant now = clock.instant();
    List<IncidentStore.Open> open = store.open(ROWS);
    Map<String, IncidentStore.BoardNotes> notes = store.openBoardNotes(ROWS);
    Map<String, List<Task>> tasks = openTasks(user, open);
    Map<String, String> names = names(user, tasks);
    Map<String, Optional<String>> customerNames = new HashMap<>();

    List<Row> rows = open.stream().map(incident -> {
      IncidentStore.BoardNotes note = notes.getOrDefault(incident.number(), new IncidentStore.BoardNotes(null, 0));
      // Rows written before the warning column existed: the same instant, from the row's own terms.
      Instant warningAt = incident.responseWarningAt() != null ? incident.responseWarningAt()
          : planner.warningAt(incident);
      SlaBoard.Assessment standing = SlaBoard.assess(new SlaBoard.Facts(incident.status(), incident.responseDueAt(),
          warningAt, incident.responseBreached(), incident.firstContactAt(), note.objections()), now);
      List<Task> held = tasks.getOrDefault(incident.processInstanceId(), List.of());
      return new Row(incident.number(), note.title(), incident.processInstanceId(), incident.customerId(),
          customerNames.computeIfAbsent(incident.customerId(), id -> customers.find(id).map(CustomerProfile::name))
              .orElse(null),
          incident.level(), incident.serviceTier(), incident.status(), incident.responseDue(),
          HumanTimes.in(incident.timeZone()).at(incident.responseDueAt(), now), incident.responseDueAt(), warningAt, incident.firstContactAt(), incident.reportedAt(), note.objections(),
          standing.response().code(), standing.resolution().code(), standing.state().code(),
          held.stream().filter(t -> t.getAssignee() != null)
              .map(t -> new Holder(t.getAssignee(), names.get(t.getAssignee()), t.getName())).toList(),
          held.stream().map(Task::getName).distinct().toList());
    }).sorted(URGENCY).toList();

    Map<String, Integer> counts = new LinkedHashMap<>();
    for (State state : State.values()) {
      counts.put(state.code(), (int) rows.stream().filter(r -> r.state().equals(state.code())).count());
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Board(now, counts, rows));
  }

  /**
   * Most urgent first: by state; within a state whose response is outstanding the deadline first, otherwise the
   * oldest report.
   */
  private static final Comparator<Row> URGENCY = Comparator
      .comparingInt((Row r) -> rank(r.state()))
      .thenComparing(r -> r.firstContactAt() == null ? r.responseDueAt() : null,
          Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Row::reportedAt, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Row::number);

  private static int rank(String state) {
    for (State s : State.values()) {
      if (s.code().equals(state)) {
        return s.ordinal();
      }
    }
    return State.values().length;
  }

  /** The open tasks of the incidents' instances that the user may see, by process instance. */
  private Map<String, List<Task>> openTasks(WebappUser user, List<IncidentStore.Open> open) {
    String[] instances = open.stream().map(IncidentStore.Open::processInstanceId).filter(Objects::nonNull)
        .distinct().toArray(String[]::new);
    if (instances.length == 0) {
      return Map.of();
    }
    // Bounded like every query of ours: an incident has a task or two open at a time, a Level 1 a few more.
    List<Task> tasks = user.inEngine(identityService, () -> taskService.createTaskQuery()
        .processDefinitionKey(IncidentProcess.KEY).processInstanceIdIn(instances)
        .orderByTaskCreateTime().asc().listPage(0, instances.length * TASKS_PER_INCIDENT));
    return tasks.stream().collect(Collectors.groupingBy(Task::getProcessInstanceId));
  }

  /**
   * Display names of the assignees ("Erin Engineer") that the user may read (READ on the user); the board shows the
   * user id for the others.
   */
  private Map<String, String> names(WebappUser user, Map<String, List<Task>> tasks) {
    String[] assignees = tasks.values().stream().flatMap(List::stream).map(Task::getAssignee)
        .filter(Objects::nonNull).distinct().toArray(String[]::new);
    if (assignees.length == 0) {
      return Map.of();
    }
    return user.inEngine(identityService, () -> identityService.createUserQuery().userIdIn(assignees)
            .listPage(0, assignees.length)).stream()
        .filter(u -> u.getFirstName() != null || u.getLastName() != null)
        .collect(Collectors.toMap(User::getId, SlaBoardController::fullName, (a, b) -> a));
  }

  private static String fullName(User user) {
    return (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), "")).strip();
  }
}
