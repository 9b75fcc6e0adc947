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
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** A required time of day, {@code HH:mm} or {@code HH:mm:ss} (whole seconds). */
@Documented
@Constraint(validatedBy = TimeOfDay.Validator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface TimeOfDay {

  String message() default "must be a time HH:mm or HH:mm:ss";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<TimeOfDay, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (Violations.isBlank(value)) {
        return Violations.report(context, "is required");
      }
      try {
        return LocalTime.parse(value).getNano() == 0
            || Violations.report(context, "must be whole seconds, HH:mm or HH:mm:ss");
      } catch (DateTimeParseException e) {
        return Violations.report(context, "must be a time HH:mm or HH:mm:ss, was " + value);
      }
    }
  }
}
