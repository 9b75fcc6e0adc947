package com.daocloud.support.incident.api;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.daocloud.support.api.constraints.OneOf;
import com.daocloud.support.api.constraints.Text;
import com.daocloud.support.api.constraints.Violations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * {@code POST /api/incidents}. Boxed types: a missing field is a named 400, not a default. The codes are
 * listed in alphabetical order, as the field errors have always named them.
 */
public record IncidentRequest(
    @Text(max = 64) String customerId,
    @Text(max = 128) String installation,
    @Text(max = 200) String title,
    @Text(max = 10_000) String description,
    @OneOf({"fault", "suggestion", "usage-question"}) String requestType,
    @OneOf({"degraded", "none", "outage", "partial"}) String productionImpact,
    @NotNull(message = REQUIRED_BOOLEAN) Boolean dataLoss,
    @NotNull(message = REQUIRED_BOOLEAN) Boolean workaroundAvailable,
    @NotNull(message = "is required: \\{name, phone, email\\}") @Valid ContactRequest contact) {

  static final String REQUIRED_BOOLEAN = "is required (true or false)";

  /** Whom support calls back: a name and a phone number or an e-mail address (or both). */
  @Reachable
  public record ContactRequest(
      @Text(max = 200) String name,
      @Pattern(regexp = PHONE, message = "is not a phone number") String phone,
      @MailboxAddress String email) {

    /** Digits and the usual separators; blank is no phone number. */
    static final String PHONE = "\\s*|\\s*[+0-9 ()./-]{3,64}\\s*";

    String phoneOrNull() {
      return Violations.isBlank(phone) ? null : phone.trim();
    }

    String emailOrNull() {
      return Violations.isBlank(email) ? null : email.trim();
    }
  }

  /** A contact without a phone number and an e-mail address cannot be reached: named on {@code phone}. */
  @Documented
  @Constraint(validatedBy = Reachable.Validator.class)
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface Reachable {

    String message() default "give a phone number or an e-mail address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Reachable, ContactRequest> {

      @Override
      public boolean isValid(ContactRequest contact, ConstraintValidatorContext context) {
        return contact == null || contact.phoneOrNull() != null || contact.emailOrNull() != null
            || Violations.report(context, "phone", "give a phone number or an e-mail address");
      }
    }
  }
}
