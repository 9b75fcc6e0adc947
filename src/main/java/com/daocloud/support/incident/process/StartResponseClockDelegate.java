package com.daocloud.support.incident.process;

import com.daocloud.support.customer.CustomerDirectory;
import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.entitlement.Entitlement;
import com.daocloud.support.entitlement.EntitlementRules;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.IncidentTimes;
import com.daocloud.support.incident.ResponsePlan;
import com.daocloud.support.incident.ResponsePlanner;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import com.daocloud.support.sla.ResponseTerms;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * "Start response clock" (EAM-4): an extended-maintenance contract now covers the waiting incident's cluster. The
 * incident is entitled under extended maintenance (EAM-2) and its response deadline counts from this moment, not
 * from the report, in the zone the report was recorded in (the cluster's, RSP-2) and with the cluster's calendar; the
 * customer is told.
 */
@Component("startResponseClockDelegate")
public class StartResponseClockDelegate implements JavaDelegate {

  private final IncidentStore incidents;
  private final CustomerDirectory customers;
  private final ResponsePlanner planner;
  private final CustomerUpdates updates;

  public StartResponseClockDelegate(IncidentStore incidents, CustomerDirectory customers, ResponsePlanner planner,
      CustomerUpdates updates) {
    this.incidents = incidents;
    this.customers = customers;
    this.planner = planner;
    this.updates = updates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = EngineTime.now();
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    Incident incident = incidents.require(number);
    CustomerProfile customer = customers.find(incident.customerId()).orElseThrow(() -> new IllegalStateException(
        "Customer " + incident.customerId() + " of incident " + number + " no longer exists"));
    Entitlement entitlement = EntitlementRules.underExtendedMaintenance(incident.cluster());
    ResponseTerms terms = new ResponseTerms(incident.level(), incident.serviceTier(), incident.responseTime(),
        incident.coverage(), incident.channels(), null, null, null);
    ResponsePlan plan = planner.plan(terms, true, now, incident.timeZone(),
        customer.site(incident.cluster()).calendarId(), null);
    incidents.startResponseClock(number, entitlement.status().code(), entitlement.reason(),
        entitlement.explanation(), entitlement.extendedMaintenance(), plan.responseDue(), plan.responseDueAt(),
        plan.warningAt(), plan.calendarId(), plan.calendarVersion(), plan.explanation());
    TimelineEvent event = TimelineEvent.EXTENDED_MAINTENANCE;
    updates.tell(number, now, event, plan.clockRuns()
        ? Message.of(event.key(), incident.cluster(), IncidentTimes.at(plan.responseDueAt(), incident.timeZone(), now))
        : Message.of(event.key("no-deadline"), incident.cluster()));

    // The process routes on the level and times the contact from these dates; the transient status starts the
    // access request of a Level 1 or 2 incident (its conditional start watches the variable's creation).
    Map<String, Object> routing = IncidentVariables.routing(incident.level(), plan);
    routing.put(Vars.ENTITLEMENT_STATUS, Variables.stringValue(entitlement.status().code(), true));
    execution.getProcessInstance().setVariables(routing);
  }
}
