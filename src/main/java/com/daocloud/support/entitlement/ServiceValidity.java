package com.daocloud.support.entitlement;

import java.time.LocalDate;
import java.time.Period;

/**
 * The period in which a cluster's service is valid (ENT-4, ENT-5): it starts on the cluster's first
 * licence activation (software) or delivery (integrated) and lasts the purchased duration.
 *
 * <p>The purchased duration is the length of the maintenance order's term (start to end, both
 * inclusive: 2026-01-01 to 2026-12-31 is one year). A cluster activated during the term is a new
 * deployment: its year runs from its own activation, even past the order's end (ENT-4, ENT-5). A
 * cluster that already ran when the order started is a renewal: its period is the order's term.
 *
 * @param from first day of service
 * @param until first day no longer covered
 */
public record ServiceValidity(LocalDate from, LocalDate until, Period purchased) {

  public static ServiceValidity of(LocalDate activatedOn, LocalDate orderStart,
      LocalDate orderEnd) {
    Period purchased = Period.between(orderStart, orderEnd.plusDays(1));
    LocalDate from = activatedOn.isAfter(orderStart) ? activatedOn : orderStart;
    return new ServiceValidity(from, from.plus(purchased), purchased);
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && date.isBefore(until);
  }

  public LocalDate lastDay() {
    return until.minusDays(1);
  }
}
