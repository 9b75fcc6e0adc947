package com.daocloud.support.api.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.daocloud.support.api.ApiDates;
import com.daocloud.support.api.FieldProblem;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An ISO-8601 date-time with offset, in {@link ApiDates}' range ("is required" when absent or blank). With
 * {@link #future()} it must also lie after now, as the application's {@link Clock} tells it (Spring creates
 * the validator and passes the clock).
 */
@Documented
@Constraint(validatedBy = DateTimeWithOffset.Validator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface DateTimeWithOffset {

  /** Shown in the message of a malformed value, e.g. {@code 2026-11-27T17:00:00+01:00}. */
  String example();

  boolean future() default false;

  String message() default "must be an ISO-8601 date-time with offset";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<DateTimeWithOffset, String> {

    private final Clock clock;
    private DateTimeWithOffset annotation;

    public Validator(Clock clock) {
      this.clock = clock;
    }

    @Override
    public void initialize(DateTimeWithOffset annotation) {
      this.annotation = annotation;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (Violations.isBlank(value)) {
        return Violations.report(context, "is required");
      }
      List<FieldProblem> problems = new ArrayList<>();
      Instant instant = ApiDates.dateTime(problems, "", value, annotation.example());
      if (!problems.isEmpty()) {
        return Violations.report(context, problems.get(0).message());
      }
      return !annotation.future() || instant.isAfter(clock.instant())
          || Violations.report(context, "must be in the future");
    }
  }
}
