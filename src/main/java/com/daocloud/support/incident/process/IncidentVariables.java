package com.daocloud.support.incident.process;

import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentTimes;
import com.daocloud.support.incident.ResponsePlan;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The variables an incident's process starts with. Intake decides level, entitlement and deadline
 * (the API must answer them at once); the process reads them to route and to set its timers, and shows
 * them in the task forms.
 */
public final class IncidentVariables {

  /** L12-4: a Level 1 incident's status goes to the customer every hour, 24/7. */
  public static final Duration STATUS_UPDATE_INTERVAL = Duration.ofHours(1);

  private IncidentVariables() {
  }

  public static Map<String, Object> forStart(Incident incident, String customerName, ResponsePlan plan,
      Duration remoteAccessWait) {
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.INCIDENT_NUMBER, incident.number());
    v.put(Vars.CUSTOMER_ID, incident.customerId());
    v.put(Vars.CUSTOMER_NAME, customerName);
    v.put(Vars.CLUSTER, incident.cluster());
    v.put(Vars.TITLE, incident.title());
    v.put(Vars.DESCRIPTION, incident.description());
    v.put(Vars.REQUEST_TYPE, incident.requestType());
    v.put(Vars.PRODUCTION_IMPACT, incident.productionImpact());
    v.put(Vars.LEVEL, incident.level());
    v.put(Vars.LEVEL_REASON, incident.levelReason());
    v.put(Vars.SERVICE_TIER, incident.serviceTier());
    v.put(Vars.ENTITLEMENT_STATUS, incident.entitlementStatus());
    v.put(Vars.ENTITLEMENT_REASON, incident.entitlementReason());
    v.put(Vars.ENTITLEMENT_EXPLANATION, incident.entitlementExplanation());
    v.put(Vars.REPORTED_AT, IncidentTimes.format(incident.reportedAt(), incident.timeZone()));
    v.put(Vars.CONTACT_NAME, incident.contact().name());
    v.put(Vars.CONTACT_PHONE, incident.contact().phone());
    v.put(Vars.CONTACT_EMAIL, incident.contact().email());
    v.put(Vars.REMOTE_ACCESS_WAIT, remoteAccessWait.toString());
    v.put(Vars.NEXT_STATUS_UPDATE_AT, incident.reportedAt().plus(STATUS_UPDATE_INTERVAL).toString());
    v.put(Vars.DISPATCH_ON_SITE, false);
    v.put(Vars.RESPONSE_BREACHED, false);
    putPlan(v, plan, incident.extendedMaintenance());
    return v;
  }

  /** The variables that depend on the response plan; a reclassification sets them again. */
  public static void putPlan(Map<String, Object> v, ResponsePlan plan, boolean extendedMaintenance) {
    v.put(Vars.RESPONSE_TIME, plan.terms().responseTime());
    v.put(Vars.COVERAGE, plan.terms().coverage());
    v.put(Vars.CHANNELS, plan.terms().channels());
    v.put(Vars.DISCUSSION_CADENCE, plan.terms().discussionCadence());
    // RSP-4 / EAM-2: on-site only where the tier's channels include it and never under EAM.
    v.put(Vars.ON_SITE_OFFERED, plan.terms().offersOnSite() && !extendedMaintenance);
    v.put(Vars.RESPONSE_DUE, plan.responseDue());
    v.put(Vars.RESPONSE_DUE_AT, instant(plan.responseDueAt()));
    v.put(Vars.RESPONSE_WARNING_AT, instant(plan.warningAt()));
    v.put(Vars.SLA_EXPLANATION, plan.explanation());
  }

  private static String instant(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
