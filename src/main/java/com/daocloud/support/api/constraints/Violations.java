package com.daocloud.support.api.constraints;

import jakarta.validation.ConstraintValidatorContext;

/**
 * Reports a violation with a message worked out by the validator. Bean Validation reads a message as a
 * template, so braces, dollar signs and backslashes in it (a value the client sent, {@code {name, phone}})
 * are escaped: the client reads the message as written, and nothing it sent is ever interpolated.
 */
public final class Violations {

  private Violations() {
  }

  public static boolean report(ConstraintValidatorContext context, String message) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(escape(message)).addConstraintViolation();
    return false;
  }

  /** On a property of the validated object: for class-level rules that name one field. */
  public static boolean report(ConstraintValidatorContext context, String property, String message) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(escape(message)).addPropertyNode(property)
        .addConstraintViolation();
    return false;
  }

  static String escape(String message) {
    return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }

  public static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
