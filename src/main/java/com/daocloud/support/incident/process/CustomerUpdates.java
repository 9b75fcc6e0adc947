package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.TimelineEntry;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.mail.IncidentNotifier;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * What the incident's timeline records and what the customer is told, by the policy of {@link TimelineEvent}:
 * an entry in the timeline (staff-only unless the customer sees the event) and, for e-mailed events when the
 * customer asked for them, an e-mail update (L12-7). Both happen in the caller's transaction; the mail
 * itself is sent later by its own job. The texts come from the message templates, never from the caller.
 */
@Component
public class CustomerUpdates {

  private final IncidentStore incidents;
  private final IncidentNotifier notifier;

  public CustomerUpdates(IncidentStore incidents, IncidentNotifier notifier) {
    this.incidents = incidents;
    this.notifier = notifier;
  }

  /** The event with its detail from the event's own template. */
  public void tell(String number, TimelineEvent event, Object... args) {
    tell(number, EngineTime.now(), event, Message.of(event.key(), args));
  }

  /** The event with its detail from one of the event's templates (a variant or a composed message). */
  public void tell(String number, Instant at, TimelineEvent event, Message detail) {
    incidents.addTimeline(number, TimelineEntry.of(at, event, detail.render()));
    if (event.emailed()) {
      // The headline template takes the detail's arguments (e.g. the closure code).
      notifier.notify(number, Message.of(event.key(TimelineEvent.HEADLINE), detail.args().toArray()).render(),
          detail.render());
    }
  }
}
