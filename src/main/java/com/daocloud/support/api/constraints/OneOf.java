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
import java.util.List;

/**
 * A code from a closed list ({@code requestType}, {@code serviceTier}, ...): "is required" when
 * {@link #required()} and absent, otherwise "must be one of" the values in the order given here. The
 * OpenAPI document lists the same values as the field's {@code enum}, so a client generated from it
 * offers exactly what is accepted.
 */
@Documented
@Constraint(validatedBy = OneOf.Validator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface OneOf {

  String[] value();

  boolean required() default true;

  String message() default "must be one of the listed values";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<OneOf, String> {

    private List<String> allowed;
    private boolean required;

    @Override
    public void initialize(OneOf oneOf) {
      this.allowed = List.of(oneOf.value());
      this.required = oneOf.required();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return !required || Violations.report(context, "is required");
      }
      return allowed.contains(value)
          || Violations.report(context, "must be one of " + String.join(", ", allowed));
    }
  }
}
