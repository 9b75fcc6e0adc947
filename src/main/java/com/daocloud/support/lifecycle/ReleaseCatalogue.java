package com.daocloud.support.lifecycle;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The latest maintenance version of each product major.minor (table {@code dce_release}); the newest line's is
 * the latest version of the product (LC-3).
 */
@Repository
public class ReleaseCatalogue {

  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;

  public ReleaseCatalogue(JdbcTemplate jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  /**
   * Published, in the saving transaction, when a release line gets a newer maintenance release (or is new):
   * {@code previous} is the line's earlier latest release, null for a new line (S360 advises its customers, SVC-2).
   */
  public record Released(String product, Version released, Version previous) {
  }

  public Optional<Release> find(String product, int major, int minor) {
    List<Release> found = jdbc.query(
        "SELECT product, major, minor, latest_maintenance FROM dce_release "
            + "WHERE product = ? AND major = ? AND minor = ?",
        (rs, row) -> new Release(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)),
        product, major, minor);
    return found.stream().findFirst();
  }

  /**
   * The product's newest release line in the catalogue (highest major.minor): with its latest maintenance release,
   * the latest version of the product (LC-3). Empty when the catalogue knows no line of the product.
   */
  public Optional<Release> newest(String product) {
    List<Release> found = jdbc.query(
        "SELECT product, major, minor, latest_maintenance FROM dce_release WHERE product = ? "
            + "ORDER BY major DESC, minor DESC",
        (rs, row) -> new Release(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)), product);
    return found.stream().findFirst();
  }

  /** Creates the release line or moves its latest maintenance version. */
  @Transactional
  public Release save(Release release) {
    Optional<Release> before = find(release.product(), release.major(), release.minor());
    int updated = jdbc.update(
        "UPDATE dce_release SET latest_maintenance = ? WHERE product = ? AND major = ? AND minor = ?",
        release.latestMaintenance(), release.product(), release.major(), release.minor());
    if (updated == 0) {
      jdbc.update("INSERT INTO dce_release (product, major, minor, latest_maintenance) "
              + "VALUES (?, ?, ?, ?)",
          release.product(), release.major(), release.minor(), release.latestMaintenance());
    }
    if (before.isEmpty() || before.get().latestMaintenance() < release.latestMaintenance()) {
      events.publishEvent(new Released(release.product(), release.latestVersion(),
          before.map(Release::latestVersion).orElse(null)));
    }
    return release;
  }
}
