package com.daocloud.support.s360.advisory;

import com.daocloud.support.lifecycle.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of affected versions as advisories write it: comparators separated by spaces, all of which must
 * hold, e.g. {@code >=5.0.0 <5.0.8}; a bare version ({@code 5.0.3}) means exactly that version. Operators:
 * {@code >=}, {@code >}, {@code <=}, {@code <}, {@code =}. Pure: no engine, no database.
 */
public record VersionRange(List<Comparator> comparators) {

  public static final String FORMAT_MESSAGE = "must be a version range of comparators like \">=5.0.0 <5.0.8\""
      + " (operators >=, >, <=, <, =; a bare x.y.z means that version)";

  private static final Pattern COMPARATOR = Pattern.compile("(>=|<=|>|<|=)?(.+)");

  /** One condition on the version. */
  public record Comparator(Operator operator, Version version) {

    boolean test(Version candidate) {
      int c = candidate.compareTo(version);
      return switch (operator) {
        case AT_LEAST -> c >= 0;
        case ABOVE -> c > 0;
        case AT_MOST -> c <= 0;
        case BELOW -> c < 0;
        case EXACTLY -> c == 0;
      };
    }

    @Override
    public String toString() {
      return operator.symbol + version;
    }
  }

  /** The comparison operators, with their spelling. */
  public enum Operator {
    AT_LEAST(">="), ABOVE(">"), AT_MOST("<="), BELOW("<"), EXACTLY("=");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    static Operator of(String symbol) {
      for (Operator operator : values()) {
        if (operator.symbol.equals(symbol)) {
          return operator;
        }
      }
      throw new IllegalArgumentException(symbol);
    }
  }

  public VersionRange {
    comparators = List.copyOf(comparators);
  }

  /** The range written in {@code text}, or empty when it is not one. */
  public static Optional<VersionRange> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    List<Comparator> comparators = new ArrayList<>();
    for (String part : text.trim().split("\\s+")) {
      Matcher matcher = COMPARATOR.matcher(part);
      if (!matcher.matches()) {
        return Optional.empty();
      }
      Optional<Version> version = Version.parse(matcher.group(2));
      if (version.isEmpty()) {
        return Optional.empty();
      }
      String symbol = matcher.group(1) == null ? "=" : matcher.group(1);
      comparators.add(new Comparator(Operator.of(symbol), version.get()));
    }
    return Optional.of(new VersionRange(comparators));
  }

  public boolean contains(Version version) {
    return comparators.stream().allMatch(comparator -> comparator.test(version));
  }

  /** Whether any of the ranges contains the version: an advisory's affected list. */
  public static boolean anyContains(List<VersionRange> ranges, Version version) {
    return ranges.stream().anyMatch(range -> range.contains(version));
  }

  @Override
  public String toString() {
    return String.join(" ", comparators.stream().map(Comparator::toString).toList());
  }
}
