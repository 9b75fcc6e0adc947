package com.daocloud.support.s360.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.lifecycle.Version;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Version ranges of advisories (SVC-2): which installations an advisory reaches, as pure code. */
@Label("Version ranges of advisories")
class VersionRangeProperties {

  @Provide
  Arbitrary<Version> versions() {
    return Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 12),
        Arbitraries.integers().between(0, 30)).as(Version::new);
  }

  @Property
  @Label("SVC-2: >=low <high contains exactly the versions from low up to, not including, high")
  void halfOpenRange(@ForAll("versions") Version low, @ForAll("versions") Version high,
      @ForAll("versions") Version candidate) {
    VersionRange range = VersionRange.parse(">=" + low + " <" + high).orElseThrow();

    assertThat(range.contains(candidate))
        .isEqualTo(candidate.compareTo(low) >= 0 && candidate.compareTo(high) < 0);
  }

  @Property
  @Label("SVC-2: a bare version and =version contain that version and no other")
  void exactVersion(@ForAll("versions") Version version, @ForAll("versions") Version candidate) {
    assertThat(VersionRange.parse(version.toString()).orElseThrow().contains(candidate))
        .isEqualTo(candidate.equals(version));
    assertThat(VersionRange.parse("=" + version).orElseThrow().contains(candidate))
        .isEqualTo(candidate.equals(version));
  }

  @Property
  @Label("SVC-2: >v and <=v split every version in two: each version is in exactly one of them")
  void complementaryComparators(@ForAll("versions") Version bound, @ForAll("versions") Version candidate) {
    boolean above = VersionRange.parse(">" + bound).orElseThrow().contains(candidate);
    boolean atMost = VersionRange.parse("<=" + bound).orElseThrow().contains(candidate);

    assertThat(above).isNotEqualTo(atMost);
  }

  @Property
  @Label("SVC-2: a range reads back as it is written, and the written form means the same")
  void roundTrip(@ForAll("versions") Version low, @ForAll("versions") Version high,
      @ForAll("versions") Version candidate) {
    VersionRange range = VersionRange.parse(">=" + low + "   <=" + high).orElseThrow();
    VersionRange again = VersionRange.parse(range.toString()).orElseThrow();

    assertThat(again).isEqualTo(range);
    assertThat(again.contains(candidate)).isEqualTo(range.contains(candidate));
  }

  @Property
  @Label("SVC-2: an advisory's list of ranges affects a version when any one range contains it")
  void anyRangeOfTheList(@ForAll("versions") Version a, @ForAll("versions") Version b,
      @ForAll("versions") Version candidate) {
    List<VersionRange> ranges = List.of(VersionRange.parse(a.toString()).orElseThrow(),
        VersionRange.parse(b.toString()).orElseThrow());

    assertThat(VersionRange.anyContains(ranges, candidate)).isEqualTo(candidate.equals(a) || candidate.equals(b));
  }

  @Example
  @Label("SVC-2: >=5.0.0 <5.0.8 affects 5.0.7 but neither 5.0.8 nor 4.0.9")
  void theContractsExample() {
    VersionRange range = VersionRange.parse(">=5.0.0 <5.0.8").orElseThrow();

    assertThat(range.contains(new Version(5, 0, 7))).isTrue();
    assertThat(range.contains(new Version(5, 0, 8))).isFalse();
    assertThat(range.contains(new Version(4, 0, 9))).isFalse();
  }

  @Example
  @Label("SVC-2: text that is not a range is refused instead of matching nothing or everything")
  void malformedRanges() {
    for (String text : new String[] {"", " ", ">=", ">=5.0", "~5.0.1", "5.0.x", ">>5.0.0", "=>5.0.0", "5.0.01",
        ">=5.0.0,<5.0.8", null}) {
      assertThat(VersionRange.parse(text)).as("'%s'", text).isEmpty();
    }
  }
}
