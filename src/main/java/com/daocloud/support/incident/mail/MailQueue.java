package com.daocloud.support.incident.mail;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Queues one plain-text e-mail to one mailbox as an {@code incident-update-mail} instance, the application's one
 * way of sending mail: sent later in that process's own job (retried, then a Cockpit incident), and not at all
 * when the caller's transaction rolls back. For mail that is not an incident's update (SVC-2 advisories); an
 * incident's update goes through {@link IncidentNotifier}, which also checks the customer's subscription.
 */
@Component
public class MailQueue {

  private final RuntimeService runtime;

  public MailQueue(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /**
   * @param businessKey what the mail is about (Cockpit shows it)
   * @return whether a mail was queued: false when {@code to} is not exactly one mailbox the mailer accepts
   */
  public boolean queue(String businessKey, String to, String subject, String text) {
    if (!Mailbox.isValid(to)) {
      return false;
    }
    runtime.startProcessInstanceByKey(IncidentMailProcess.KEY, businessKey, Map.of(
        IncidentMailProcess.Vars.TO, to, IncidentMailProcess.Vars.SUBJECT, subject,
        IncidentMailProcess.Vars.TEXT, text));
    return true;
  }
}
