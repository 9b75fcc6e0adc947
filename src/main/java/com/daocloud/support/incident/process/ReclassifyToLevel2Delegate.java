package com.daocloud.support.incident.process;

import com.daocloud.support.entitlement.EntitlementStatus;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.IncidentTimes;
import com.daocloud.support.incident.ResponsePlan;
import com.daocloud.support.incident.ResponsePlanner;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import com.daocloud.support.sla.ResponseTerms;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * L12-2: a Level 1 incident without access (refused, or no answer within the wait after the representative's
 * call) becomes Level 2; the customer is told why (and the duty supervisor, by the next task).
 * The Level 2 terms are the ones the model's "Decide Level 2 response terms" task just took from
 * {@code response-sla}; the new deadline counts from the original report time with the calendar version first
 * used, and the contact task's warning and deadline timers move to the new instants.
 */
@Component("reclassifyToLevel2Delegate")
public class ReclassifyToLevel2Delegate implements JavaDelegate {

  static final int NEW_LEVEL = 2;

  private final IncidentStore incidents;
  private final CustomerUpdates updates;
  private final ResponsePlanner planner;
  private final IncidentSettings settings;

  public ReclassifyToLevel2Delegate(IncidentStore incidents, CustomerUpdates updates, ResponsePlanner planner,
      IncidentSettings settings) {
    this.incidents = incidents;
    this.updates = updates;
    this.planner = planner;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = EngineTime.now();
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    Incident incident = incidents.require(number);
    Message why = AccessAnswers.notArranged(execution, settings);

    boolean clockRuns = EntitlementStatus.ofCode(incident.entitlementStatus())
        .map(EntitlementStatus::slaClockRuns).orElse(false);
    @SuppressWarnings("unchecked")
    Map<String, Object> termsRow = (Map<String, Object>) execution.getVariable(Vars.RESPONSE_TERMS);
    if (termsRow == null || termsRow.isEmpty()) {
      throw new IllegalStateException("response-sla has no rule for level " + NEW_LEVEL + " and tier "
          + incident.serviceTier());
    }
    ResponsePlan plan = planner.plan(ResponseTerms.of(NEW_LEVEL, incident.serviceTier(), termsRow, null, null),
        clockRuns, incident.reportedAt(), incident.timeZone(), incident.calendarId(), incident.calendarVersion());
    String reason = "Level 2 (severe impact, LVL-2): reclassified from Level 1 (L12-2). " + why.render();
    incidents.reclassify(number, NEW_LEVEL, reason, plan.terms().responseTime(), plan.terms().coverage(),
        plan.terms().channels(), plan.responseDue(), plan.responseDueAt(), plan.warningAt(), plan.calendarId(),
        plan.calendarVersion(), plan.explanation());
    updates.tell(number, now, TimelineEvent.ACCESS_REFUSED, why);
    updates.tell(number, now, TimelineEvent.RECLASSIFIED, Message.of(TimelineEvent.RECLASSIFIED.key(),
        IncidentTimes.at(plan.responseDueAt(), incident.timeZone(), now),
        IncidentTimes.at(incident.reportedAt(), incident.timeZone(), now)));

    // The answer has been used; the process routes on the level (the Level 1 duties watch it and end) and times
    // the deadline from the new dates.
    AccessAnswers.consume(execution);
    execution.getProcessInstance().setVariables(IncidentVariables.routing(NEW_LEVEL, plan));

    rearmResponseTimers(execution);
  }

  /**
   * The response timers' dates are the model's {@code ${responseWarningAt}} and {@code ${responseDueAt}},
   * evaluated when the contact task started; the engine evaluates them again for the new deadline (no date is
   * computed here). Nothing to do once the contact happened or a timer fired.
   */
  private static void rearmResponseTimers(DelegateExecution execution) {
    ManagementService management = execution.getProcessEngineServices().getManagementService();
    for (String timer : List.of(Elements.TIMER_RESPONSE_WARNING, Elements.TIMER_RESPONSE_DUE)) {
      for (Job job : management.createJobQuery().processInstanceId(execution.getProcessInstanceId())
          .activityId(timer).list()) {
        management.recalculateJobDuedate(job.getId(), false);
      }
    }
  }
}
