package com.daocloud.support.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an entitlement allows a solution to include. */
class EntitlementTest {

  @ParameterizedTest(name = "{0}, EAM {1}, Level {2}: {3}")
  @CsvSource({
      "ENTITLED,    false, 4, true",
      "LIMITED,     false, 3, true",
      "ENTITLED,    true,  1, true",
      "ENTITLED,    true,  2, true",
      "ENTITLED,    true,  3, false",
      "ENTITLED,    true,  5, false",
      "BEST_EFFORT, false, 1, false",
      "BEST_EFFORT, false, 3, false"})
  @DisplayName("EAM-2, LC-4: code-level fixes for Levels 1-2 only under extended maintenance, none for best effort")
  void codeFixes(EntitlementStatus status, boolean extendedMaintenance, int level, boolean allowed) {
    Entitlement entitlement = new Entitlement(status, "test", "Test entitlement", extendedMaintenance);

    assertThat(entitlement.codeFixesAllowedFor(level)).isEqualTo(allowed);
  }
}
