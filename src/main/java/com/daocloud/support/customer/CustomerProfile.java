package com.daocloud.support.customer;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * What incident handling needs to know of a customer: tier, time zone and calendar for the SLA
 * clock, and the two designated administrators (CUS-1).
 */
public record CustomerProfile(String id, String name, String serviceTier, ZoneId timeZone,
    String calendarId, List<String> administrators) implements Serializable {
}
