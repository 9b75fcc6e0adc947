package com.daocloud.support.incident;

import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.entitlement.Entitlement;
import com.daocloud.support.entitlement.EntitlementCheck;
import com.daocloud.support.entitlement.EntitlementStatus;
import com.daocloud.support.lifecycle.LifecycleDecision;
import com.daocloud.support.sla.ResponseTerms;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Records a reported incident once its process has decided level (LVL-1..5, {@code incident-level}),
 * response terms (RSP-1, {@code response-sla}) and the version's support phase (LC-1,
 * {@code support-lifecycle}): the entitlement (ENT-*, facts about orders and dates),
 * the deadline on the SLA clock where the reported cluster runs (RSP-2, RSP-3), the row and the first
 * timeline entries.
 * Called by the process's "Record intake" step, in the transaction of the report.
 */
@Service
public class IncidentRecorder {

  private final IncidentStore store;
  private final EntitlementCheck entitlementCheck;
  private final ResponsePlanner planner;
  private final CriticalWindows criticalWindows;

  public IncidentRecorder(IncidentStore store, EntitlementCheck entitlementCheck, ResponsePlanner planner,
      CriticalWindows criticalWindows) {
    this.store = store;
    this.entitlementCheck = entitlementCheck;
    this.planner = planner;
    this.criticalWindows = criticalWindows;
  }

  /** EAM-4: an incident without an extended-maintenance contract waits for the customer to sign one. */
  private static boolean waitsForCustomer(Entitlement entitlement) {
    return entitlement.status() == EntitlementStatus.EAM_REQUIRED;
  }

  /** The recorded incident and its plan. */
  public record Recorded(Incident incident, ResponsePlan plan) {
  }

  /**
   * @param lifecycle the process's {@code support-lifecycle} outcome for the reported cluster (empty: no rule)
   */
  public Recorded record(String number, String processInstanceId, IncidentIntake.Received received, int level,
      ResponseTerms terms, Optional<LifecycleDecision.Outcome> lifecycle) {
    IncidentIntake.Report report = received.report();
    CustomerProfile customer = report.customer();
    // RSP-2: the clock counts where the reported cluster runs (its zone and calendar, else the customer's).
    CustomerProfile.Site site = customer.site(report.cluster());
    var now = received.reportedAt();
    Entitlement checked = entitlementCheck.check(customer.id(), report.cluster(),
        LocalDate.ofInstant(now, site.timeZone()), lifecycle);
    Entitlement entitlement = report.changeDowntime() ? checked.forChangeDowntime() : checked;
    ResponsePlan plan = planner.plan(terms, entitlement.status().slaClockRuns(), now, site.timeZone(),
        site.calendarId(), null);
    Incident incident = new Incident(0, number, customer.id(), report.cluster(), report.title(),
        report.description(), report.requestType(), report.productionImpact(), report.dataLoss(),
        report.workaroundAvailable(), report.contact(), report.reportedBy(), now, site.timeZone(), level,
        IncidentLevels.reason(level, report.requestType(), report.productionImpact(), report.dataLoss(),
            report.workaroundAvailable()),
        customer.serviceTier(), waitsForCustomer(entitlement) ? IncidentStatus.AWAITING_CUSTOMER : IncidentStatus.OPEN,
        null, entitlement.status().code(), entitlement.reason(),
        entitlement.explanation(), entitlement.extendedMaintenance(), plan.terms().responseTime(),
        plan.terms().coverage(), plan.terms().channels(), plan.responseDue(), plan.responseDueAt(),
        plan.calendarId(), plan.calendarVersion(), plan.explanation(), null, false, null, null, null,
        report.idempotencyKey(), report.changeDowntime());
    long id = store.insert(incident, plan.warningAt());
    store.setProcessInstanceId(id, processInstanceId);

    // No one can have asked for e-mail updates yet: these entries are written, never mailed.
    store.addTimeline(id, TimelineEntry.of(now, TimelineEvent.REPORTED,
        IncidentMessages.render(TimelineEvent.REPORTED.key(), report.reportedBy(), report.title())));
    store.addTimeline(id, TimelineEntry.of(now, TimelineEvent.CLASSIFIED,
        IncidentMessages.render(TimelineEvent.CLASSIFIED.key(), incident.levelReason())));
    store.addTimeline(id, TimelineEntry.of(now, TimelineEvent.ENTITLEMENT, IncidentMessages.render(
        plan.clockRuns() || level == 5 ? TimelineEvent.ENTITLEMENT.key() : TimelineEvent.ENTITLEMENT.key("no-deadline"),
        entitlement.status().code(), entitlement.reason(), entitlement.explanation())));
    if (plan.clockRuns()) {
      store.addTimeline(id, TimelineEntry.of(now, TimelineEvent.RESPONSE_DUE, IncidentMessages.render(
          TimelineEvent.RESPONSE_DUE.key(), IncidentTimes.at(plan.responseDueAt(), site.timeZone(), now),
          IncidentTimes.deadline(plan.deadline().explanation()))));
    }
    // SVC-2: reported inside a critical phase of this installation, the incident is a critical-event one.
    criticalWindows.at(customer.id(), report.cluster(), now).ifPresent(window ->
        store.addTimeline(id, TimelineEntry.of(now, TimelineEvent.CRITICAL_EVENT, IncidentMessages.render(
            TimelineEvent.CRITICAL_EVENT.variants().contains(window.kind())
                ? TimelineEvent.CRITICAL_EVENT.key(window.kind()) : TimelineEvent.CRITICAL_EVENT.key(),
            window.description(), IncidentTimes.at(window.from(), site.timeZone(), now),
            IncidentTimes.at(window.to(), site.timeZone(), now)))));
    return new Recorded(incident, plan);
  }
}
