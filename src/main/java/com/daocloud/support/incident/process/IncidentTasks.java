package com.daocloud.support.incident.process;

import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.ResponsePlanner;
import com.daocloud.support.incident.SlaBoard;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import com.daocloud.support.security.engine.ModelExpressionBean;
import org.springframework.stereotype.Component;

/**
 * How an incident's tasks line up in Tasklist (docs/tasklist.md, "Filters, task cards and their order"): the
 * priority each task is created with and the due dates the model cannot write as a plain variable, read by the
 * model's expressions (so nothing here changes anything; {@link IncidentTaskUpdates} raises and moves them).
 *
 * <p>Priorities: {@code 100 - 10 x level} (Level 1 90, Level 5 50, the engine's default 50 for every other
 * process), plus {@value #AT_RISK} while the first response is at risk and {@value #BREACHED} once it is
 * breached, so that "Breached or at risk" is simply "priority {@value #AT_RISK} or more".
 */
@Component("incidentTasks")
public class IncidentTasks implements ModelExpressionBean {

  /** Added while a first response is due soon (after the 75 % warning, before the first contact). */
  public static final int AT_RISK = 100;
  /** Added once the response deadline has passed without a first contact. */
  public static final int BREACHED = 200;

  /** L12-4: a Level 1 incident's status goes to the customer every hour while it is resolved. */
  static final Duration STATUS_CADENCE = Duration.ofHours(1);

  /** Where the response stands for the tasks' priority. */
  public enum Stage { ON_TRACK, AT_RISK, BREACHED }

  private final IncidentStore incidents;
  private final ResponsePlanner planner;

  public IncidentTasks(IncidentStore incidents, ResponsePlanner planner) {
    this.incidents = incidents;
    this.planner = planner;
  }

  /** The priority of a task of {@code level} at {@code stage}: Level 1 highest, raised at risk and breach. */
  public static int priority(int level, Stage stage) {
    int base = 100 - 10 * Math.max(1, Math.min(5, level));
    return switch (stage) {
      case ON_TRACK -> base;
      case AT_RISK -> base + AT_RISK;
      case BREACHED -> base + BREACHED;
    };
  }

  /** A new task's priority: its incident's level and where the first response stands now. */
  public int priority(DelegateExecution execution) {
    Incident incident = incident(execution);
    return priority(incident.level(), stage(incident, execution.getVariable(Vars.RESPONSE_WARNING_AT)));
  }

  /** The first response's standing as the SLA board reads it, before the first contact; on track after it. */
  private static Stage stage(Incident incident, Object warningAt) {
    Instant warning = warningAt instanceof String at ? Instant.parse(at) : null;
    SlaBoard.Response response = SlaBoard.response(new SlaBoard.Facts(incident.status(), incident.responseDueAt(),
        warning, incident.responseBreached(), incident.firstContactAt(), 0), EngineTime.now());
    return switch (response) {
      case BREACHED -> Stage.BREACHED;
      case AT_RISK -> Stage.AT_RISK;
      default -> Stage.ON_TRACK;
    };
  }

  /**
   * The "Resolve incident" task's due date: for Level 1 the next hourly status update (L12-4, counted from
   * the report like the model's cycle); the policy sets no resolution time for the other levels, so none.
   */
  public Date resolveDue(DelegateExecution execution) {
    Incident incident = incident(execution);
    return incident.level() == 1 ? Date.from(nextStatusUpdate(incident.reportedAt(), EngineTime.now())) : null;
  }

  /** The first hour after {@code now} counted from the report: when the next Level 1 status update is due. */
  static Instant nextStatusUpdate(Instant reportedAt, Instant now) {
    long hours = Duration.between(reportedAt, now).toSeconds() / STATUS_CADENCE.toSeconds() + 1;
    return reportedAt.plus(STATUS_CADENCE.multipliedBy(Math.max(1, hours)));
  }

  /**
   * RSP-4: "Confirm on-site arrival" is due when the on-site response time, counted within the incident's
   * coverage from the dispatch, runs out. None when the incident has no response clock.
   */
  public Date onSiteDue(DelegateExecution execution) {
    Incident incident = incident(execution);
    Instant dispatched = incident.onSiteDispatchedAt();
    Instant due = dispatched == null ? null : planner.deadlineFrom(incident, dispatched);
    return due == null ? null : Date.from(due);
  }

  /**
   * L12-6: the engineer who last worked "Resolve incident" gets it back when the customer objects to the
   * proposed solution, so that the incident does not go back to the pool (and a Level 1 stays with its
   * engineer). Null the first time, and when nobody had claimed it.
   */
  public String previousResolver(DelegateExecution execution) {
    return execution.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(Elements.TASK_RESOLVE_INCIDENT).finished()
        .orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1).stream()
        .findFirst().map(HistoricTaskInstance::getAssignee).orElse(null);
  }

  Incident incident(DelegateExecution execution) {
    return incidents.require((String) execution.getVariable(Vars.INCIDENT_NUMBER));
  }
}
