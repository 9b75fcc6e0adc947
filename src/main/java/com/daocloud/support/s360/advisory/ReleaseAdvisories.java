package com.daocloud.support.s360.advisory;

import com.daocloud.support.lifecycle.Products;
import com.daocloud.support.lifecycle.ReleaseCatalogue;
import com.daocloud.support.lifecycle.Version;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * SVC-2: a new maintenance release in the catalogue is a product update that S360 customers hear of: it becomes a
 * {@code product-update} advisory for every earlier release of its line, so each affected S360 installation's
 * dedicated team assesses the upgrade for that customer.
 */
@Component
public class ReleaseAdvisories {

  private static final Logger LOG = LoggerFactory.getLogger(ReleaseAdvisories.class);
  /** Who published the advisory: the catalogue, on an administrator's update. */
  static final String PUBLISHER = "release-catalogue";

  private final AdvisoryService advisories;

  public ReleaseAdvisories(AdvisoryService advisories) {
    this.advisories = advisories;
  }

  @EventListener
  public void released(ReleaseCatalogue.Released release) {
    Version version = release.released();
    if (version.maintenance() == 0) {
      // The first release of a new line: no earlier release of the line to update from.
      return;
    }
    VersionRange earlier = VersionRange.parse(">=" + version.major() + "." + version.minor() + ".0 <" + version)
        .orElseThrow();
    AdvisoryService.Published published = advisories.publish(new AdvisoryService.Publication("product-update",
        release.product(), Products.displayName(release.product()) + " " + version + " released", List.of(),
        List.of(earlier), version, "low", PUBLISHER));
    LOG.info("Release {} {}: product-update advisory {} reached {} S360 installations", release.product(), version,
        published.advisory().id(), published.affectedInstallations());
  }
}
