package com.daocloud.support.incident;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words the customer reads: timeline texts and e-mail updates, rendered from the templates in
 * {@code messages/incident.properties} (English, the default) and its translations
 * ({@code incident_zh_CN.properties}). Code passes the template's key and arguments, never sentences.
 */
public final class IncidentMessages {

  public static final String BUNDLE = "messages.incident";
  /** What the timeline stores and the API returns: the base bundle, English. */
  public static final Locale DEFAULT = Locale.ROOT;

  // Without this, a JVM running in zh_CN would fall back to the Chinese bundle for "English".
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private IncidentMessages() {
  }

  /** An argument written in the reader's language when rendered: a time, a duration, a nested message. */
  @FunctionalInterface
  public interface Localized {
    String render(Locale locale);
  }

  /** A template and its arguments; an argument may itself be {@link Localized}, rendered in the same locale. */
  public record Message(String key, List<Object> args) implements Localized {

    public static Message of(String key, Object... args) {
      return new Message(key, Arrays.asList(args));
    }

    public String render() {
      return render(DEFAULT);
    }

    public String render(Locale locale) {
      return IncidentMessages.render(locale, key, args.toArray());
    }
  }

  public static String render(String key, Object... args) {
    return render(DEFAULT, key, args);
  }

  public static String render(Locale locale, String key, Object... args) {
    Object[] texts = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      // Strings only: MessageFormat would otherwise format numbers and dates by locale (1,234).
      texts[i] = args[i] instanceof Localized l ? l.render(locale) : String.valueOf(args[i]);
    }
    return new MessageFormat(bundle(locale).getString(key), locale).format(texts);
  }

  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, IncidentMessages.class.getClassLoader(), NO_FALLBACK);
  }
}
