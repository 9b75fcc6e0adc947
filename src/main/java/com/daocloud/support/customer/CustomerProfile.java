package com.daocloud.support.customer;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * What incident handling needs to know of a customer: tier, time zone and calendar for the SLA
 * clock, the two designated administrators (CUS-1) and the designated customer-service
 * representative who hears of a Level 1 incident at once (L12-3; null when none is named, then the
 * whole {@code customer-service} group does).
 */
public record CustomerProfile(String id, String name, String serviceTier, ZoneId timeZone,
    String calendarId, List<String> administrators, String representative) implements Serializable {

  /** A profile without a designated representative. */
  public CustomerProfile(String id, String name, String serviceTier, ZoneId timeZone, String calendarId,
      List<String> administrators) {
    this(id, name, serviceTier, timeZone, calendarId, administrators, null);
  }
}
