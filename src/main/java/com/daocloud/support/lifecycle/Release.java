package com.daocloud.support.lifecycle;

/** One release line of the catalogue: product major.minor and its latest maintenance version (LC-3). */
public record Release(String product, int major, int minor, int latestMaintenance) {

  public Version latestVersion() {
    return new Version(major, minor, latestMaintenance);
  }
}
