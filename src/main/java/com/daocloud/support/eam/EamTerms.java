package com.daocloud.support.eam;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The term of an extended-maintenance purchase (EAM-1, EAM-4), pure: coverage starts at the end of
 * standard support, or right after the cluster's last EAM contract, and runs whole years; applying
 * after that start owes the arrears up to the application date, because EAM has no gaps.
 *
 * @param coverageStart first day covered
 * @param coverageEnd first day no longer covered ({@code coverageStart + years})
 * @param eamYears years of EAM, counted from the end of standard support, held after this purchase
 *     (the {@code eamYears} input of {@code eam-eligibility}; a started year counts)
 * @param arrearsFrom null when nothing is owed
 * @param arrearsTo the application date, or null
 */
public record EamTerms(LocalDate coverageStart, LocalDate coverageEnd, int eamYears, LocalDate arrearsFrom,
    LocalDate arrearsTo) {

  /** One existing contract's period {@code [start, end)}. */
  public record ContractPeriod(LocalDate start, LocalDate end) {
  }

  public static EamTerms of(LocalDate endOfStandardSupport, List<ContractPeriod> existing, int years, LocalDate appliedOn) {
    LocalDate start = endOfStandardSupport;
    for (ContractPeriod contract : existing) {
      if (contract.end().isAfter(start)) {
        start = contract.end();
      }
    }
    LocalDate end = start.plusYears(years);
    Period held = Period.between(endOfStandardSupport, end);
    int eamYears = held.getYears() + (held.getMonths() > 0 || held.getDays() > 0 ? 1 : 0);
    boolean owesArrears = appliedOn.isAfter(start);
    return new EamTerms(start, end, eamYears, owesArrears ? start : null, owesArrears ? appliedOn : null);
  }
}
