package com.daocloud.support.incident;

import com.daocloud.support.incident.IncidentMessages.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * CLS-1: who gave the customer's answer to a proposed solution. Either the customer's own user answered
 * online ({@code channel} {@code online}), or a staff member took the customer's answer by phone, e-mail or in
 * person and recorded it on the customer's behalf ({@code answeredBy} is then that staff member, and
 * {@code contactName}, when given, the customer's person who answered).
 */
public record ClosureAnswer(String answeredBy, String channel, String contactName) {

  /** The customer's own user answered through the API or the portal. */
  public static final String ONLINE = "online";
  /** How staff may have received the customer's answer. */
  public static final List<String> STAFF_CHANNELS = List.of("phone", "email", "in-person");
  /** Staff recorded the customer's answer without saying how they got it (the API's plain {accepted, comment}). */
  public static final String UNSTATED = "unstated";

  private static final String KEY_PREFIX = "answer.";
  private static final String CHANNEL_PREFIX = KEY_PREFIX + "channel.";

  /** Every template an answer's description uses (the bundles hold exactly the templates in use). */
  public static List<String> keys() {
    List<String> keys = new ArrayList<>(List.of(KEY_PREFIX + "customer", KEY_PREFIX + "staff",
        KEY_PREFIX + "staff-contact", KEY_PREFIX + "staff-unstated", KEY_PREFIX + "staff-unstated-contact"));
    STAFF_CHANNELS.forEach(channel -> keys.add(CHANNEL_PREFIX + channel));
    return keys;
  }

  public static ClosureAnswer online(String userId) {
    return new ClosureAnswer(userId, ONLINE, null);
  }

  /** @param channel one of {@link #STAFF_CHANNELS}, or null when staff did not say how they got the answer */
  public static ClosureAnswer onBehalf(String staffUserId, String channel, String contactName) {
    if (channel == null) {
      return new ClosureAnswer(staffUserId, UNSTATED, contactName);
    }
    if (!STAFF_CHANNELS.contains(channel)) {
      throw new IllegalArgumentException("Not a channel staff answer through: " + channel);
    }
    return new ClosureAnswer(staffUserId, channel, contactName);
  }

  /** Who answered and how, as the timeline names it (a clause inside the answer's sentence). */
  public Message describe() {
    if (ONLINE.equals(channel)) {
      return Message.of(KEY_PREFIX + "customer", answeredBy);
    }
    if (UNSTATED.equals(channel)) {
      return contactName == null ? Message.of(KEY_PREFIX + "staff-unstated", answeredBy)
          : Message.of(KEY_PREFIX + "staff-unstated-contact", answeredBy, contactName);
    }
    Message how = Message.of(CHANNEL_PREFIX + channel);
    return contactName == null ? Message.of(KEY_PREFIX + "staff", answeredBy, how)
        : Message.of(KEY_PREFIX + "staff-contact", answeredBy, how, contactName);
  }
}
