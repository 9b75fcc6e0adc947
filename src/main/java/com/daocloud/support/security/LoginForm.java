package com.daocloud.support.security;

import java.net.URLDecoder;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The webapps' login form, read one way by every filter that looks at it (the login throttle, the refusal of
 * customers): the user id they see must be the one the webapps' own login sees.
 */
final class LoginForm {

  private LoginForm() {
  }

  /** {@code application/x-www-form-urlencoded} in any letter case, with no charset or UTF-8. */
  static boolean isUtf8Form(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(type)
          && (type.getCharset() == null || StandardCharsets.UTF_8.equals(type.getCharset()));
    } catch (InvalidMediaTypeException | UnsupportedCharsetException | IllegalCharsetNameException malformed) {
      return false;
    }
  }

  /** The form's fields, UTF-8; the first of repeated names wins; a field that is not form encoding is skipped. */
  static Map<String, String> fields(byte[] body) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
      int equals = pair.indexOf('=');
      try {
        if (equals > 0) {
          fields.putIfAbsent(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
      } catch (IllegalArgumentException malformed) {
        // Names nobody; the webapps' login refuses such a request itself.
      }
    }
    return fields;
  }
}
