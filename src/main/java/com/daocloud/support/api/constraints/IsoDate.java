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
import java.util.ArrayList;
import java.util.List;

/** An optional ISO-8601 date ({@code YYYY-MM-DD}) in {@link ApiDates}' range; absent or blank is no date. */
@Documented
@Constraint(validatedBy = IsoDate.Validator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface IsoDate {

  String message() default "must be a real date YYYY-MM-DD";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<IsoDate, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      List<FieldProblem> problems = new ArrayList<>();
      ApiDates.date(problems, "", value);
      return problems.isEmpty() || Violations.report(context, problems.get(0).message());
    }
  }
}
