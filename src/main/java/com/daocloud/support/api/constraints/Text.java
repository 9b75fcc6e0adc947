package com.daocloud.support.api.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text field of a request: "is required" when {@link #required()} and absent or blank, "must be at least
 * {@code min} characters" when shorter, "must be at most {@code max} characters" when longer. One message per
 * field, the first that applies, as clients of {@code /api} have always read them. The OpenAPI document shows
 * it as required with {@code maxLength}.
 */
@Documented
@Constraint(validatedBy = Text.Validator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface Text {

  int max();

  /** The fewest characters a given value has (a password); 0: any. */
  int min() default 0;

  boolean required() default true;

  String message() default "is required";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<Text, String> {

    private Text text;

    @Override
    public void initialize(Text text) {
      this.text = text;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (Violations.isBlank(value)) {
        return !text.required() || Violations.report(context, "is required");
      }
      if (value.length() < text.min()) {
        return Violations.report(context, "must be at least " + text.min() + " characters");
      }
      return value.length() <= text.max()
          || Violations.report(context, "must be at most " + text.max() + " characters");
    }
  }
}
