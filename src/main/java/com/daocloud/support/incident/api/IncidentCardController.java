package com.daocloud.support.incident.api;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.customer.Customer;
import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.identity.EngineUsers;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.ResponsePlanner;
import com.daocloud.support.incident.TimelineEntry;
import com.daocloud.support.incident.process.IncidentProcess;
import com.daocloud.support.security.WebappUser;
import com.daocloud.support.time.EngineClock;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The incident card for staff in the webapps (docs/tasklist.md): Tasklist's Incident tab and Cockpit's SLA
 * board. Read-only, from the incident row, never from process variables.
 *
 * <p>Served below {@code /camunda/api/}, inside the webapps' security chain: a signed-in webapp session is
 * required and customers are refused before this class runs ({@code SecurityConfig}). {@code /api} is not the
 * place: it is stateless (Basic, tokens) and accepting the webapp session there would open its writes to the
 * session's CSRF story.
 *
 * <p>The card is addressed by task id, not by incident number: the task is looked up as the session's user
 * with the engine's authorization checks, so the card answers only for tasks that user may see, and a task
 * the user may not see answers exactly as one that does not exist.
 */
@RestController
@RequestMapping(value = IncidentCardController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
public class IncidentCardController {

  static final String PATH = "/camunda/api/dce/incident-card";
  /** As many rows as the SLA board showed when it read the engine (its own limit). */
  static final int BOARD_ROWS = 2000;

  private final ProcessEngine engine;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final IncidentOverviewAccess overviewAccess;
  private final IncidentStore store;
  private final CustomerService customers;
  private final ResponsePlanner planner;

  public IncidentCardController(ProcessEngine engine, IncidentOverviewAccess overviewAccess, IncidentStore store,
      CustomerService customers, ResponsePlanner planner) {
    this.engine = engine;
    this.taskService = engine.getTaskService();
    this.runtimeService = engine.getRuntimeService();
    this.identityService = engine.getIdentityService();
    this.overviewAccess = overviewAccess;
    this.store = store;
    this.customers = customers;
    this.planner = planner;
  }

  /**
   * The card of the incident whose process the task belongs to; 404 for tasks of other processes.
   *
   * @param zone the viewer's IANA zone (the browser's), for "02:42 your time" beside the installation's times;
   *             ignored when absent or unknown
   */
  @GetMapping("/task/{taskId}")
  public ResponseEntity<IncidentViews.Card> task(@PathVariable String taskId,
      @RequestParam(required = false) String zone, HttpServletRequest request) {
    WebappUser user = signedIn(request);
    String processInstanceId = user.inEngine(identityService, () -> {
      if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
        throw new ApiException.NotFound("No task " + taskId);
      }
      return Optional.ofNullable(taskService.createTaskQuery().taskId(taskId)
              .processDefinitionKey(IncidentProcess.KEY).singleResult())
          .orElseThrow(IncidentCardController::notAnIncidentTask).getProcessInstanceId();
    });
    // The user may see the task: its process instance's business key is the incident number.
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult();
    Incident incident = Optional.ofNullable(instance).map(ProcessInstance::getBusinessKey)
        .flatMap(store::findByNumber).orElseThrow(IncidentCardController::notAnIncidentTask);
    Optional<Customer> customer = customers.customer(incident.customerId());
    IncidentViews.InstallationView installation = customer.flatMap(c -> c.installation(incident.cluster()))
        .map(i -> new IncidentViews.InstallationView(i.cluster(), i.product(),
            i.version() == null ? null : i.version().toString()))
        .orElse(null);
    List<TimelineEntry> timeline = store.timeline(incident.id(), true);
    Instant now = EngineClock.now();
    IncidentSituation.Situation situation = IncidentSituation.situation(incident, timeline,
        EngineUsers.asApplication(identityService, () -> openTasks(incident.number())), now, viewerZone(zone).orElse(incident.timeZone()));
    return noStore(IncidentViews.card(incident, customer.map(Customer::name).orElse(null), installation,
        timeline, store.resolution(incident.id()), store.subscription(incident.number()),
        planner.explanation(incident), situation, now));
  }

  /**
   * The incident's open tasks and who holds them, whoever may see them: the holder is what the viewer needs to
   * know (a supervisor reassigning, an engineer seeing a colleague on it), names and task names only.
   */
  private List<IncidentSituation.OpenTask> openTasks(String number) {
    Map<String, String> names = new HashMap<>();
    return taskService.createTaskQuery().processInstanceBusinessKey(number).active().orderByTaskCreateTime().asc()
        .list().stream().map(t -> new IncidentSituation.OpenTask(t.getName(), t.getAssignee(),
            t.getAssignee() == null ? null : names.computeIfAbsent(t.getAssignee(), this::fullName)))
        .toList();
  }

  private String fullName(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return null;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? null : name;
  }

  private static Optional<ZoneId> viewerZone(String zone) {
    if (zone == null || zone.isBlank() || zone.length() > 64) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(zone));
    } catch (DateTimeException unknown) {
      return Optional.empty();
    }
  }

  /**
   * The open incidents for Cockpit's SLA board. It lists every open incident, so it needs what reading
   * every incident in Cockpit needs: access to Cockpit and READ_INSTANCE on the process definition
   * {@code incident-handling} (or READ on every process instance).
   */
  @GetMapping("/open")
  public ResponseEntity<List<IncidentViews.BoardRow>> open(HttpServletRequest request) {
    overviewAccess.require(request);
    Map<String, Optional<String>> names = new HashMap<>();
    return noStore(store.open(BOARD_ROWS).stream().map(open -> {
      String name = names.computeIfAbsent(open.customerId(), id -> customers.find(id).map(CustomerProfile::name))
          .orElse(null);
      // Rows written before the warning column existed: the same instant, from the row's own terms.
      return IncidentViews.boardRow(open, name,
          open.responseWarningAt() != null ? open.responseWarningAt() : planner.warningAt(open));
    }).toList());
  }

  private WebappUser signedIn(HttpServletRequest request) {
    return IncidentOverviewAccess.signedIn(request, engine.getName());
  }

  private static ApiException notAnIncidentTask() {
    return new ApiException.NotFound("Not an incident task: the task belongs to no incident-handling process");
  }

  private static <T> ResponseEntity<T> noStore(T body) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }
}
