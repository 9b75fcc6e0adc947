package com.daocloud.support.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Product versions")
class VersionTest {

  @Test
  @DisplayName("LC-2: x.y.z reads as major (the DCE version), minor and maintenance version")
  void partsOfAVersion() {
    Version version = Version.parse("5.0.7").orElseThrow();

    assertThat(version.major()).isEqualTo(5);
    assertThat(version.minor()).isEqualTo(0);
    assertThat(version.maintenance()).isEqualTo(7);
    assertThat(version.majorMinor()).isEqualTo("5.0");
    assertThat(version).hasToString("5.0.7");
    assertThat(Version.parse("3.1.12")).contains(new Version(3, 1, 12));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @NullAndEmptySource
  @ValueSource(strings = {"5.x", "5", "5.0", "5.0.x", "5.0.7.1", "v5.0.7", "5.0.07", "-1.0.0",
      " 5.0.7", "5.0.7 ", "5..7", "5.0.7-rc1", "1234567.0.0"})
  @DisplayName("LC-2: anything but x.y.z of whole numbers is not a version")
  void malformedVersions(String text) {
    assertThat(Version.parse(text)).isEmpty();
  }

  @Test
  @DisplayName("LC-2, LC-3: a maintenance version (service pack) is latest when it is the line's latest or newer")
  void latestMaintenance() {
    assertThat(new Version(5, 0, 7).isAtLeastMaintenance(7)).isTrue();
    assertThat(new Version(5, 0, 8).isAtLeastMaintenance(7)).isTrue();
    assertThat(new Version(5, 0, 3).isAtLeastMaintenance(7)).isFalse();
  }

  @Test
  @DisplayName("LC-2: versions order by major, then minor, then maintenance")
  void ordering() {
    assertThat(new Version(5, 0, 10)).isGreaterThan(new Version(5, 0, 9));
    assertThat(new Version(5, 1, 0)).isGreaterThan(new Version(5, 0, 99));
    assertThat(new Version(4, 9, 9)).isLessThan(new Version(5, 0, 0));
  }
}
