package com.daocloud.support.incident.mail;

import com.daocloud.support.incident.IncidentMessages;
import com.daocloud.support.incident.PolicyNotes;

/**
 * The words of an e-mail update (L12-7), from the templates {@code mail.subject} and {@code mail.body}:
 * plain text, the incident number first so mail clients thread it.
 */
public final class IncidentMails {

  private IncidentMails() {
  }

  public static String subject(String number, String headline) {
    return IncidentMessages.render("mail.subject", number, headline);
  }

  /** The text without rule ids; they follow it as a small note (PolicyNotes). */
  public static String body(String number, String headline, String text) {
    PolicyNotes.Noted noted = PolicyNotes.split(text);
    String shown = noted.policy().isEmpty() ? noted.text()
        : noted.text() + "\n" + IncidentMessages.render("mail.policy", String.join(", ", noted.policy()));
    return IncidentMessages.render("mail.body", number, PolicyNotes.sentence(headline), shown);
  }
}
