package com.daocloud.support.incident.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.daocloud.support.api.constraints.Violations;
import com.daocloud.support.incident.mail.Mailbox;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An optional e-mail address that the mailer will send to: exactly one mailbox ({@link Mailbox}), after
 * trimming; absent or blank is no address.
 */
@Documented
@Constraint(validatedBy = MailboxAddress.Validator.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface MailboxAddress {

  String MESSAGE = "is not one e-mail address (name@host.example; no group, list or display name)";

  String message() default MESSAGE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<MailboxAddress, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return Violations.isBlank(value) || Mailbox.isValid(value.trim()) || Violations.report(context, MESSAGE);
    }
  }
}
