package com.daocloud.support.s360.critical;

import com.daocloud.support.incident.CriticalWindows;
import com.daocloud.support.s360.team.DedicatedTeams;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Incident handling's view of the registered critical events (SVC-2) and the dedicated teams. */
@Component
public class CriticalEventWindows implements CriticalWindows {

  private final CriticalEventStore events;
  private final DedicatedTeams teams;

  public CriticalEventWindows(CriticalEventStore events, DedicatedTeams teams) {
    this.events = events;
    this.teams = teams;
  }

  @Override
  public Optional<Window> at(String customerId, String cluster, Instant at) {
    return events.runningAt(customerId, at).stream()
        .filter(event -> event.installations().contains(cluster))
        .findFirst()
        .map(event -> new Window(event.id(), event.kind(), event.from(), event.to(), event.description(),
            teams.members(customerId)));
  }
}
