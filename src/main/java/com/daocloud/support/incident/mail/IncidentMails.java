package com.daocloud.support.incident.mail;

/** The words of an e-mail update (L12-7): plain text, the incident number first so mail clients thread it. */
public final class IncidentMails {

  private IncidentMails() {
  }

  public static String subject(String number, String headline) {
    return "[" + number + "] " + headline;
  }

  public static String body(String number, String headline, String text) {
    return "Incident " + number + ": " + headline + "\n\n"
        + text + "\n\n"
        + "You can look up the incident at any time: GET /api/incidents/" + number + "\n"
        + "You receive these updates because you asked for them; PUT /api/incidents/" + number
        + "/subscription with {\"enabled\": false} stops them.\n";
  }
}
