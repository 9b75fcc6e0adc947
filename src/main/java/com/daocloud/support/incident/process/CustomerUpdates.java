package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.TimelineEntry;
import com.daocloud.support.incident.mail.IncidentNotifier;
import org.springframework.stereotype.Component;

/**
 * What the customer is told: an entry in its timeline (always) and, when it asked for them, an e-mail
 * update (L12-7). Both happen in the caller's transaction; the mail itself is sent later by its own job.
 */
@Component
public class CustomerUpdates {

  private final IncidentStore incidents;
  private final IncidentNotifier notifier;

  public CustomerUpdates(IncidentStore incidents, IncidentNotifier notifier) {
    this.incidents = incidents;
    this.notifier = notifier;
  }

  public void tell(String number, String event, String headline, String detail) {
    incidents.addTimeline(number, new TimelineEntry(EngineTime.now(), event, detail, false));
    notifier.notify(number, headline, detail);
  }
}
