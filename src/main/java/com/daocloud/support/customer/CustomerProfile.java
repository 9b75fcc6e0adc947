package com.daocloud.support.customer;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What incident handling needs to know of a customer: tier, time zone and calendar for the SLA
 * clock, the two designated administrators (CUS-1) and the designated customer-service
 * representative who hears of a Level 1 incident at once (L12-3; null when none is named, then the
 * whole {@code customer-service} group does). {@code clusterSites}: the clusters that run elsewhere than
 * the customer, with their own zone or calendar (RSP-2); read them through {@link #site(String)}.
 */
public record CustomerProfile(String id, String name, String serviceTier, ZoneId timeZone,
    String calendarId, List<String> administrators, String representative, Map<String, Site> clusterSites)
    implements Serializable {

  /**
   * Where a system runs, for the SLA clock (RSP-2: coverage time is the local time where the customer's
   * system is located): its IANA time zone and working calendar. In {@code clusterSites} either may be null,
   * meaning the customer's.
   */
  public record Site(ZoneId timeZone, String calendarId) implements Serializable {
  }

  public CustomerProfile {
    clusterSites = clusterSites == null ? Map.of() : Map.copyOf(clusterSites);
  }

  /** A profile whose clusters all run in the customer's own zone and calendar. */
  public CustomerProfile(String id, String name, String serviceTier, ZoneId timeZone, String calendarId,
      List<String> administrators, String representative) {
    this(id, name, serviceTier, timeZone, calendarId, administrators, representative, Map.of());
  }

  /** A profile without a designated representative. */
  public CustomerProfile(String id, String name, String serviceTier, ZoneId timeZone, String calendarId,
      List<String> administrators) {
    this(id, name, serviceTier, timeZone, calendarId, administrators, null);
  }

  /**
   * RSP-2: the zone and calendar the SLA clock counts in for an incident about {@code cluster}: the
   * cluster's own where it has one, else the customer's (also for a cluster the customer does not have).
   */
  public Site site(String cluster) {
    Site own = cluster == null ? null : clusterSites.get(cluster);
    if (own == null) {
      return new Site(timeZone, calendarId);
    }
    return new Site(own.timeZone() == null ? timeZone : own.timeZone(),
        own.calendarId() == null ? calendarId : own.calendarId());
  }
}
