package com.daocloud.support.customer;

import com.daocloud.support.security.engine.ModelExpressionBean;
import com.daocloud.support.time.EngineClock;
import com.daocloud.support.time.HumanTimes;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A time that a process keeps for its timers (an ISO-8601 instant) as people read it in a task's form, "Mon 30
 * Nov 09:42 Shanghai time" in the customer's zone (docs/communication.md, Times and durations), handed to the
 * form as a task-local input parameter:
 * {@code <camunda:inputParameter name="plannedAtText">${customerTimes.at(customerId, plannedAt)}}.
 * Read-only, and only strings come back. Without the relative part ("in 44 min"): the parameter is computed
 * when the task is created and would be stale when the task is opened.
 */
@Component("customerTimes")
public class CustomerTimes implements ModelExpressionBean {

  private final CustomerDirectory customers;

  public CustomerTimes(CustomerDirectory customers) {
    this.customers = customers;
  }

  /**
   * {@code instant} (an ISO-8601 date-time with offset, or a {@link Date}) in the customer's zone; UTC for an
   * unknown customer. Null stays null, and a value that is no instant is shown as it is: a form that shows
   * the raw value is better than a task that cannot be created.
   */
  public String at(String customerId, Object instant) {
    return in(profile(customerId).map(CustomerProfile::timeZone), instant);
  }

  /**
   * The same in the zone where the customer's {@code cluster} runs (RSP-2), the customer's own where the
   * cluster has none.
   */
  public String atCluster(String customerId, String cluster, Object instant) {
    return in(profile(customerId).map(profile -> profile.site(cluster).timeZone()), instant);
  }

  private static String in(Optional<ZoneId> zone, Object instant) {
    Instant at = instant(instant);
    if (at == null) {
      return instant == null ? null : String.valueOf(instant);
    }
    return HumanTimes.in(zone.orElse(ZoneOffset.UTC)).at(at, EngineClock.now());
  }

  private Optional<CustomerProfile> profile(String customerId) {
    return customerId == null || customerId.isBlank() ? Optional.empty() : customers.find(customerId);
  }

  private static Instant instant(Object value) {
    if (value instanceof Date date) {
      return date.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof String text) {
      try {
        return Instant.from(DateTimeFormatter.ISO_DATE_TIME.parse(text.trim()));
      } catch (DateTimeException notAnInstant) {
        return null;
      }
    }
    return null;
  }
}
