package com.daocloud.support.eam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The term and arrears of an EAM purchase (EAM-1, EAM-4), pure. */
class EamTermsTest {

  private static final LocalDate EOSS = LocalDate.parse("2026-06-01");

  @Test
  @DisplayName("EAM-1, EAM-4: 1 year applied for after the end of standard support starts at it, and owes arrears up to the application")
  void oneYearAfterEndOfSupport() {
    EamTerms terms = EamTerms.of(EOSS, List.of(), 1, LocalDate.parse("2026-11-26"));

    assertThat(terms.coverageStart()).isEqualTo("2026-06-01");
    assertThat(terms.coverageEnd()).isEqualTo("2027-06-01");
    assertThat(terms.eamYears()).isEqualTo(1);
    assertThat(terms.arrearsFrom()).isEqualTo("2026-06-01");
    assertThat(terms.arrearsTo()).isEqualTo("2026-11-26");
  }

  @Test
  @DisplayName("EAM-1: 2 years run to two years after the end of standard support")
  void twoYears() {
    EamTerms terms = EamTerms.of(EOSS, List.of(), 2, LocalDate.parse("2026-11-26"));

    assertThat(terms.coverageEnd()).isEqualTo("2028-06-01");
    assertThat(terms.eamYears()).isEqualTo(2);
  }

  @Test
  @DisplayName("EAM-4: applying before the end of standard support owes nothing; applying on that day neither")
  void noArrearsInTime() {
    assertThat(EamTerms.of(EOSS, List.of(), 1, LocalDate.parse("2026-03-01")).arrearsFrom()).isNull();
    EamTerms onTheDay = EamTerms.of(EOSS, List.of(), 1, EOSS);
    assertThat(onTheDay.arrearsFrom()).isNull();
    assertThat(onTheDay.arrearsTo()).isNull();
  }

  @Test
  @DisplayName("EAM-1: a second year continues after the existing contract and counts both years")
  void continuesAfterExistingContract() {
    EamTerms terms = EamTerms.of(EOSS, List.of(new EamTerms.ContractPeriod(EOSS, EOSS.plusYears(1))), 1,
        LocalDate.parse("2027-05-01"));

    assertThat(terms.coverageStart()).isEqualTo("2027-06-01");
    assertThat(terms.coverageEnd()).isEqualTo("2028-06-01");
    assertThat(terms.eamYears()).isEqualTo(2);
    assertThat(terms.arrearsFrom()).isNull();
  }

  @Test
  @DisplayName("EAM-1: a third year after two held counts 3 years (the decision refuses it)")
  void thirdYear() {
    EamTerms terms = EamTerms.of(EOSS, List.of(new EamTerms.ContractPeriod(EOSS, EOSS.plusYears(2))), 1,
        LocalDate.parse("2027-11-26"));

    assertThat(terms.eamYears()).isEqualTo(3);
  }
}
