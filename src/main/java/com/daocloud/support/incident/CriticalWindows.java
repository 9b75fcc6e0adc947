package com.daocloud.support.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * SVC-2: the critical phases (peak periods, key launches, upgrades) an S360 customer registered for its
 * installations, as incident handling needs them: an incident reported inside one is a critical-event incident,
 * and its Level 1 duties also reach the customer's dedicated team. Incident handling asks; the S360 services
 * answer, so this package does not depend on them.
 */
public interface CriticalWindows {

  /** No critical phases at all (a deployment or a test without S360). */
  CriticalWindows NONE = (customerId, cluster, at) -> Optional.empty();

  /** The critical phase whose window [from, to) contains {@code at} on that installation, if any. */
  Optional<Window> at(String customerId, String cluster, Instant at);

  /**
   * A running critical phase: its kind ({@code peak}, {@code launch}, {@code upgrade}), its window, and the
   * customer's dedicated team (user ids; empty when the customer names none, then the whole
   * {@code customer-success} group stands in).
   */
  record Window(long id, String kind, Instant from, Instant to, String description, List<String> team) {

    public Window {
      team = List.copyOf(team);
    }
  }
}
