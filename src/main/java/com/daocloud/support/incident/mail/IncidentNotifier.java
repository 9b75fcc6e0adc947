package com.daocloud.support.incident.mail;

import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.IncidentStore.Subscription;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * L12-7: when the customer asked for e-mail updates, queues one for an event of its incident by starting
 * an {@code incident-update-mail} instance. Called inside the incident's transaction: a rolled-back step
 * (e.g. the loser of an answer-versus-timer race) sends nothing; the sending itself happens later, in the
 * mail process's own job.
 */
@Component
public class IncidentNotifier {

  private final IncidentStore incidents;
  private final RuntimeService runtime;

  public IncidentNotifier(IncidentStore incidents, RuntimeService runtime) {
    this.incidents = incidents;
    this.runtime = runtime;
  }

  /** @return whether a mail was queued (the customer subscribed) */
  public boolean notify(String number, String headline, String text) {
    Subscription subscription = incidents.subscription(number);
    // An address stored before it was checked as one mailbox is not sent to: it would only fail later.
    if (!subscription.sends() || !Mailbox.isValid(subscription.email())) {
      return false;
    }
    runtime.startProcessInstanceByKey(IncidentMailProcess.KEY, number, Map.of(
        IncidentMailProcess.Vars.INCIDENT_NUMBER, number,
        IncidentMailProcess.Vars.TO, subscription.email(),
        IncidentMailProcess.Vars.SUBJECT, IncidentMails.subject(number, headline),
        IncidentMailProcess.Vars.TEXT, IncidentMails.body(number, headline, text)));
    return true;
  }
}
