package com.daocloud.support.incident.api;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.daocloud.support.api.constraints.OneOf;
import com.daocloud.support.api.constraints.Text;
import com.daocloud.support.api.constraints.Violations;
import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentIntake;
import io.swagger.v3.oas.annotations.media.Schema;
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
    @Schema(description = "Your customer id", example = "acme") @Text(max = 64) String customerId,
    @Schema(description = "The cluster the incident is about", example = "prod-1") @Text(max = 128)
    String installation,
    @Schema(description = "One line for people", example = "Production cluster down, API server not answering")
    @Text(max = 200) String title,
    @Schema(description = "What happens, since when, what was tried", example = "The API server does not answer.")
    @Text(max = 10_000) String description,
    @Schema(description = "A fault, a question about using the product, or a suggestion (level 5)",
        example = "fault") @OneOf({"fault", "suggestion", "usage-question"}) String requestType,
    @Schema(description = "How production suffers: outage (down), degraded, partial (some functions), none",
        example = "outage") @OneOf({"degraded", "none", "outage", "partial"}) String productionImpact,
    @Schema(description = "Whether data was lost", example = "false") @NotNull(message = REQUIRED_BOOLEAN)
    Boolean dataLoss,
    @Schema(description = "Whether a workaround keeps production going", example = "false")
    @NotNull(message = REQUIRED_BOOLEAN) Boolean workaroundAvailable,
    @NotNull(message = "is required: \\{name, phone, email\\}") @Valid ContactRequest contact) {

  static final String REQUIRED_BOOLEAN = "is required (true or false)";

  /**
   * What intake takes from a valid request, for the customer on record: the same report whichever way it came
   * in (the API, a phone report in Tasklist).
   */
  public IncidentIntake.Report report(CustomerProfile customer, String reportedBy, String idempotencyKey) {
    return new IncidentIntake.Report(customer, installation.trim(), title.trim(), description, requestType,
        productionImpact, dataLoss, workaroundAvailable,
        new Incident.Contact(contact.name().trim(), contact.phoneOrNull(), contact.emailOrNull()), reportedBy,
        idempotencyKey);
  }

  /** Whom support calls back: a name and a phone number or an e-mail address (or both). */
  @Reachable
  public record ContactRequest(
      @Schema(example = "Li Lei") @Text(max = 200) String name,
      @Schema(description = "A phone number, or blank when an e-mail address is given", example = "+86 10 1234 5678")
      @Pattern(regexp = PHONE, message = "is not a phone number") String phone,
      @Schema(description = "One e-mail address, or blank when a phone number is given", format = "email",
          example = "li.lei@example.com") @MailboxAddress String email) {

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
