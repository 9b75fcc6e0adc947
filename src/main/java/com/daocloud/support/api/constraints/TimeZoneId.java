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
import java.time.ZoneId;

/**
 * An IANA time zone id ({@code Europe/Berlin}, {@code UTC}), required unless {@link #required()} is false. A
 * bare offset ({@code +01:00}) is refused: it would hide the zone's daylight-saving rules from the SLA clock.
 */
@Documented
@Constraint(validatedBy = TimeZoneId.Validator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface TimeZoneId {

  boolean required() default true;

  String message() default "must be an IANA time zone";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<TimeZoneId, String> {

    private boolean required;

    @Override
    public void initialize(TimeZoneId annotation) {
      this.required = annotation.required();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return !required || Violations.report(context, "is required");
      }
      return ZoneId.getAvailableZoneIds().contains(value)
          || Violations.report(context, "must be an IANA time zone such as Europe/Berlin, was " + value);
    }
  }
}
