package com.daocloud.support.api.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
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
import java.util.ArrayList;
import java.util.List;

/**
 * An ISO-8601 date ({@code YYYY-MM-DD}) in {@link ApiDates}' range. Absent or blank is no date, unless
 * {@link #required()}: an entry of a list of dates must be one.
 */
@Documented
@Constraint(validatedBy = IsoDate.Validator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface IsoDate {

  boolean required() default false;

  String message() default "must be a real date YYYY-MM-DD";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<IsoDate, String> {

    private boolean required;

    @Override
    public void initialize(IsoDate annotation) {
      this.required = annotation.required();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (required && Violations.isBlank(value)) {
        return Violations.report(context, "must be a real date YYYY-MM-DD, was " + value);
      }
      List<FieldProblem> problems = new ArrayList<>();
      ApiDates.date(problems, "", value);
      return problems.isEmpty() || Violations.report(context, problems.get(0).message());
    }
  }
}
