package com.daocloud.support.incident.process;

import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.ResponsePlan;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;

/**
 * What an incident's process carries once intake has decided: only what it routes on and what its timers
 * need (the incident row holds everything else; Tasklist's Incident tab shows it). Besides these, an
 * instance holds the three card facts of its start ({@code incidentNumber}, {@code customerName},
 * {@code title}) and, while they matter, a task's outcome and the closure code.
 */
public final class IncidentVariables {

  private IncidentVariables() {
  }

  /**
   * After intake: the level and deadline dates (routing, timers), the entitlement for the gateway right
   * after (transient: the row keeps it) and the discussion cadence a Level 5 review shows.
   */
  public static Map<String, Object> afterIntake(Incident incident, ResponsePlan plan) {
    Map<String, Object> v = routing(incident.level(), plan);
    v.put(Vars.ENTITLEMENT_STATUS, Variables.stringValue(incident.entitlementStatus(), true));
    if (incident.level() == 5) {
      v.put(Vars.DISCUSSION_CADENCE, plan.terms().discussionCadence());
    }
    return v;
  }

  /** The level and the dates of the response timers; a reclassification sets them again. */
  public static Map<String, Object> routing(int level, ResponsePlan plan) {
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.LEVEL, level);
    v.put(Vars.RESPONSE_DUE_AT, instant(plan.responseDueAt()));
    v.put(Vars.RESPONSE_WARNING_AT, instant(plan.warningAt()));
    return v;
  }

  private static String instant(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
