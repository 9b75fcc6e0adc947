package com.daocloud.support.incident.api;

import com.daocloud.support.entitlement.EntitlementStatus;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.PolicyNotes;
import com.daocloud.support.incident.TimelineEntry;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.time.HumanTimes;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What whoever works an incident task needs first (docs/tasklist.md, The Incident tab): the entitlement and
 * what it means for the work, and the situation: who holds the incident, whether the customer has been
 * contacted, where the access request stands and how long until the response deadline. Read from the incident
 * row, its timeline and the engine's open tasks, never from process variables. Pure; staff read English.
 */
final class IncidentSituation {

  private IncidentSituation() {
  }

  /** The entitlement in one line and its rule ids, e.g. "Limited support: ... may cost extra" (LC-3). */
  record EntitlementLine(String text, List<String> policy) {
  }

  /** An open task of the incident and who holds it (null: nobody has claimed it). */
  record OpenTask(String name, String assignee, String assigneeName) {
  }

  /**
   * @param holder       "Erin Engineer (engineer), Contact customer", several joined by "; ", or "nobody"
   * @param firstContact when the customer was first contacted, or "not yet"
   * @param access       requested, granted, on-site, refused, not-answered, not-requested or not-needed
   * @param dueText      the response deadline in the installation's zone with the viewer's clock beside it
   * @param onSite       RSP-4: "not dispatched", "dispatched ..., not arrived yet" or "dispatched ..., arrived ...
   *                     (on-site response time 1 hour 30 minutes)"
   */
  record Situation(String holder, List<OpenTask> openTasks, String firstContact, String access, String accessText,
      String dueText, String onSite) {
  }

  static EntitlementLine entitlement(Incident i) {
    var status = EntitlementStatus.ofCode(i.entitlementStatus());
    String text;
    String rule;
    if (status.isEmpty()) {
      text = "Entitlement: " + i.entitlementStatus();
      rule = null;
    } else {
      switch (status.get()) {
        case ENTITLED -> {
          text = i.extendedMaintenance()
              ? "Entitled under extended maintenance: remote service only, no on-site; code fixes for Levels 1-2 only"
              + (i.level() > 2 ? " (none for this Level " + i.level() + " incident)" : "")
              : "Entitled: full support, the response deadline runs";
          rule = i.extendedMaintenance() ? "EAM-2" : "ENT-1";
        }
        case LIMITED -> {
          text = "Limited support: not on the latest version, may cost extra; the response deadline runs";
          rule = "LC-3";
        }
        case EAM_REQUIRED -> {
          text = "Waiting for an extended maintenance contract: no response deadline until one is signed";
          rule = "EAM-4";
        }
        case BEST_EFFORT -> {
          text = "Best effort: deprecated version, no response deadline, no code fixes";
          rule = "LC-4";
        }
        default -> {
          text = "Not entitled: no support is owed and no response deadline runs";
          rule = null;
        }
      }
    }
    Set<String> policy = new LinkedHashSet<>();
    if (rule != null) {
      policy.add(rule);
    }
    policy.addAll(PolicyNotes.split(i.entitlementExplanation()).policy());
    return new EntitlementLine(text, List.copyOf(policy));
  }

  static Situation situation(Incident i, List<TimelineEntry> timeline, List<OpenTask> openTasks, Instant now,
      ZoneId viewer) {
    HumanTimes times = HumanTimes.in(i.timeZone());
    String firstContact = i.firstContactAt() == null ? "not yet" : times.atFromNow(i.firstContactAt(), now, viewer);
    TimelineEntry lastAccess = null;
    for (TimelineEntry entry : timeline) {
      if (TimelineEvent.ACCESS_REQUESTED.code().equals(entry.event())
          || TimelineEvent.ACCESS_GRANTED.code().equals(entry.event())
          || TimelineEvent.ACCESS_REFUSED.code().equals(entry.event())) {
        lastAccess = entry;
      }
    }
    String access;
    String accessText;
    if (lastAccess == null) {
      // L12-1: only Levels 1 and 2 need access; the request follows the first contact.
      access = i.level() <= 2 ? "not-requested" : "not-needed";
      accessText = i.level() <= 2 ? "not requested yet" : "not needed for Level " + i.level();
    } else {
      String when = times.atFromNow(lastAccess.at(), now, viewer);
      String detail = lastAccess.detail() == null ? "" : lastAccess.detail();
      if (TimelineEvent.ACCESS_REQUESTED.code().equals(lastAccess.event())) {
        access = "requested";
        accessText = "requested " + when + ", no answer yet";
      } else if (TimelineEvent.ACCESS_GRANTED.code().equals(lastAccess.event())) {
        access = detail.startsWith("On-site") ? "on-site" : "granted";
        accessText = (access.equals("on-site") ? "on-site access arranged " : "remote access granted ") + when;
      } else {
        access = detail.startsWith("Access was refused") ? "refused" : "not-answered";
        accessText = (access.equals("refused") ? "refused " : "not granted in time ") + when;
      }
    }
    String dueText = i.responseDueAt() == null ? "no response deadline"
        : times.atFromNow(i.responseDueAt(), now, viewer);
    return new Situation(holder(openTasks), openTasks, firstContact, access, accessText, dueText,
        onSite(i, times, now, viewer));
  }

  private static String onSite(Incident i, HumanTimes times, Instant now, ZoneId viewer) {
    if (i.onSiteDispatchedAt() == null) {
      return "not dispatched";
    }
    String dispatched = "dispatched " + times.atFromNow(i.onSiteDispatchedAt(), now, viewer);
    return i.onSiteArrivedAt() == null ? dispatched + ", not arrived yet"
        : dispatched + ", arrived " + times.atFromNow(i.onSiteArrivedAt(), now, viewer) + " (after "
            + times.duration(Duration.between(i.onSiteDispatchedAt(), i.onSiteArrivedAt())) + ")";
  }

  private static String holder(List<OpenTask> openTasks) {
    List<String> held = new ArrayList<>();
    for (OpenTask task : openTasks) {
      if (task.assignee() != null) {
        String who = task.assigneeName() == null || task.assigneeName().isBlank() ? task.assignee()
            : task.assigneeName() + " (" + task.assignee() + ")";
        held.add(who + ", " + task.name());
      }
    }
    return held.isEmpty() ? "nobody" : String.join("; ", held);
  }
}
