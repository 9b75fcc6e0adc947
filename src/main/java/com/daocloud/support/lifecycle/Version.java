package com.daocloud.support.lifecycle;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A product version x.y.z (LC-2): x the major version (the DCE version), y the minor version, z the
 * maintenance version; a "service pack" is a maintenance version. Each part is a non-negative integer
 * without leading zeros, so that "5.0.7" has exactly one spelling.
 */
public record Version(int major, int minor, int maintenance) implements Comparable<Version> {

  private static final Pattern SHAPE =
      Pattern.compile("(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})");

  public static final String FORMAT_MESSAGE =
      "must be a version x.y.z of whole numbers (major.minor.maintenance), e.g. 5.0.7";

  public Version {
    if (major < 0 || minor < 0 || maintenance < 0) {
      throw new IllegalArgumentException("version parts must not be negative");
    }
  }

  /** The version written as x.y.z, or empty when the text is not one. */
  public static Optional<Version> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = SHAPE.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Version(Integer.parseInt(matcher.group(1)),
        Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
  }

  /** Whether this is the given release line's latest maintenance version or newer (LC-3). */
  public boolean isAtLeastMaintenance(int latestMaintenance) {
    return maintenance >= latestMaintenance;
  }

  public String majorMinor() {
    return major + "." + minor;
  }

  @Override
  public int compareTo(Version other) {
    int byMajor = Integer.compare(major, other.major);
    if (byMajor != 0) {
      return byMajor;
    }
    int byMinor = Integer.compare(minor, other.minor);
    return byMinor != 0 ? byMinor : Integer.compare(maintenance, other.maintenance);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + maintenance;
  }
}
