package com.daocloud.support.incident;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The customer's answer to the access request of a Level 1 or 2 incident (L12-1): the process routes on its
 * {@link #code()} ({@code accessAnswer}). Remote access granted and on-site access arranged both count as
 * access (L12-2); "no answer yet" is only what the representative's call can record.
 */
public enum AccessAnswer {
  GRANTED("granted"),
  ON_SITE("on-site"),
  REFUSED("refused"),
  NO_ANSWER("no-answer");

  /** Templates of who answered and how ({@code access.by.<channel>[-unnamed]}), part of the access entries' text. */
  public static final String BY_API = "access.by.api";
  public static final String BY_API_UNNAMED = "access.by.api-unnamed";
  public static final String BY_PHONE = "access.by.phone";
  public static final String BY_PHONE_UNNAMED = "access.by.phone-unnamed";
  public static final List<String> BY_KEYS = List.of(BY_API, BY_API_UNNAMED, BY_PHONE, BY_PHONE_UNNAMED);

  private final String code;

  AccessAnswer(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public boolean arranged() {
    return this == GRANTED || this == ON_SITE;
  }

  public static Optional<AccessAnswer> ofCode(String code) {
    return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
  }
}
