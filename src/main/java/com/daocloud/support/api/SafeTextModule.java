package com.daocloud.support.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Refuses text that no person typed and that the database cannot store faithfully: NUL and the other
 * C0 control characters (tab, line feed and carriage return excepted) and unpaired UTF-16 surrogates,
 * in every string of every {@code /api} request body. PostgreSQL rejects NUL outright (a 500 before
 * this), and a lone surrogate would be stored as '?'; the client gets a 400 naming the field instead.
 * Spring Boot registers every {@link com.fasterxml.jackson.databind.Module} bean with its ObjectMapper
 * (the engine's REST API has its own and is not affected).
 */
@Component
public class SafeTextModule extends SimpleModule {

  static final String MESSAGE = "must not contain control characters (such as NUL) or invalid Unicode";

  public SafeTextModule() {
    super("dce-safe-text");
    addDeserializer(String.class, new SafeStringDeserializer());
  }

  /** Whether the text holds only characters a person can type (and tab, line feed, carriage return). */
  static boolean isSafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** A string field held text that {@link #isSafe} refuses; its path names the field. */
  public static class UnsafeTextException extends JsonMappingException {

    UnsafeTextException(JsonParser parser) {
      super(parser, MESSAGE);
    }
  }

  private static final class SafeStringDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String value = super.deserialize(parser, context);
      if (value != null && !isSafe(value)) {
        throw new UnsafeTextException(parser);
      }
      return value;
    }
  }
}
