package com.daocloud.support.lifecycle;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Where a version stands on a date (LC-1..3): the deployed {@code support-lifecycle} decision gives
 * the phase and dates of the major version, the release catalogue the latest maintenance version of
 * the major.minor and the latest version of the product.
 */
@Service
public class LifecycleService {

  private final LifecycleDecision decision;
  private final ReleaseCatalogue catalogue;

  public LifecycleService(LifecycleDecision decision, ReleaseCatalogue catalogue) {
    this.decision = decision;
    this.catalogue = catalogue;
  }

  /** Empty when the product or its major version has no lifecycle. */
  public Optional<SupportLifecycle> lifecycle(String product, Version version, LocalDate onDate) {
    return standing(product, version, decision.evaluate(product, version.major(), onDate));
  }

  /**
   * Where the version stands, given the {@code support-lifecycle} decision's outcome for its major version
   * (evaluated by the caller, e.g. the incident process at intake); empty when the decision matched no rule.
   */
  public Optional<SupportLifecycle> standing(String product, Version version,
      Optional<LifecycleDecision.Outcome> decided) {
    return decided.map(outcome -> {
      Optional<Release> release = catalogue.find(product, version.major(), version.minor());
      Optional<Version> latest = catalogue.newest(product).map(Release::latestVersion);
      return new SupportLifecycle(version, outcome.phase(), outcome.gaDate(), outcome.eossDate(),
          outcome.eoslDate(), release.map(Release::latestVersion).orElse(null),
          release.map(r -> version.isAtLeastMaintenance(r.latestMaintenance())).orElse(null),
          latest.orElse(null), latest.map(newest -> version.compareTo(newest) >= 0).orElse(null));
    });
  }
}
