package com.daocloud.support.incident.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One e-mail mailbox that the mailer will send to, and nothing else. The address is parsed the way the
 * mailer parses it (Jakarta Mail, strict) and then narrowed: a group ({@code g:a@x,b;}) or a list would
 * let a customer add recipients, a display name or route address hides the real one, and what the SMTP
 * server would refuse later (non-ASCII without SMTPUTF8, a domain that is not a host name, a local part
 * over 64 characters) would only surface as failing send jobs.
 */
public final class Mailbox {

  /** RFC 5321: 254 characters for a path's mailbox, 64 for its local part. */
  private static final int MAX_LENGTH = 254;
  private static final int MAX_LOCAL_PART = 64;
  private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x21-\\x7e]+");
  private static final Pattern HOST_NAME =
      Pattern.compile("(?i)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

  private Mailbox() {
  }

  /** The address as the single mailbox it names, or empty when it is anything else. */
  public static Optional<InternetAddress> parse(String text) {
    if (text == null || text.length() > MAX_LENGTH || !PRINTABLE_ASCII.matcher(text).matches()) {
      return Optional.empty();
    }
    InternetAddress address;
    try {
      address = new InternetAddress(text, true);
    } catch (AddressException e) {
      return Optional.empty();
    }
    // Exactly the bare addr-spec that was given: no group, no display name, no <route>, no comment.
    if (address.isGroup() || address.getPersonal() != null || !text.equals(address.getAddress())) {
      return Optional.empty();
    }
    int at = text.lastIndexOf('@');
    if (at < 1 || at > MAX_LOCAL_PART || !HOST_NAME.matcher(text.substring(at + 1)).matches()) {
      return Optional.empty();
    }
    return Optional.of(address);
  }

  public static boolean isValid(String text) {
    return parse(text).isPresent();
  }
}
