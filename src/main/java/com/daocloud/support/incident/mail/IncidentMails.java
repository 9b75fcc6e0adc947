package com.daocloud.support.incident.mail;

import com.daocloud.support.incident.IncidentMessages;

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

  public static String body(String number, String headline, String text) {
    return IncidentMessages.render("mail.body", number, headline, text);
  }
}
