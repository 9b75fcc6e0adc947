package com.daocloud.support.incident;

/**
 * RSP-4, L12-5, EAM-2: whether support may send on-site staff to an incident: where the tier's channels (the
 * incident's {@code response-sla} row) include on-site, and for any Level 1 "if deemed necessary"; never under
 * extended maintenance (remote only).
 */
public final class OnSite {

  private OnSite() {
  }

  public static boolean offered(Incident incident) {
    if (incident.extendedMaintenance()) {
      return false;
    }
    return incident.level() == 1 || (incident.channels() != null && incident.channels().contains("on-site"));
  }
}
