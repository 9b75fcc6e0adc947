package com.daocloud.support.incident.api;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.daocloud.support.api.constraints.Violations;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * {@code PUT /api/incidents/{number}/subscription} (L12-7): e-mail updates of
 * one incident to {@code email}; {@code enabled} false stops them.
 */
@SubscriptionRequest.EmailWhenEnabled
public record SubscriptionRequest(
    @Schema(description = "Where updates go; required when enabled", format = "email", example = "ops@example.com")
    @MailboxAddress String email,
    @Schema(description = "true: send updates; false: stop them", example = "true")
    @NotNull(message = IncidentRequest.REQUIRED_BOOLEAN) Boolean enabled) {

  String emailOrNull() {
    return Violations.isBlank(email) ? null : email.trim();
  }

  /** Updates need somewhere to go: {@code enabled: true} without an address is named on {@code email}. */
  @Documented
  @Constraint(validatedBy = EmailWhenEnabled.Validator.class)
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface EmailWhenEnabled {

    String message() default "is required to receive e-mail updates";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EmailWhenEnabled, SubscriptionRequest> {

      @Override
      public boolean isValid(SubscriptionRequest request, ConstraintValidatorContext context) {
        return !Boolean.TRUE.equals(request.enabled()) || request.emailOrNull() != null
            || Violations.report(context, "email", "is required to receive e-mail updates");
      }
    }
  }
}
