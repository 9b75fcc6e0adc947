package com.daocloud.support.sla.api;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.daocloud.support.api.constraints.DateTimeWithOffset;
import com.daocloud.support.api.constraints.OneOf;
import com.daocloud.support.api.constraints.Text;
import com.daocloud.support.api.constraints.TimeZoneId;
import com.daocloud.support.api.constraints.Violations;
import com.daocloud.support.sla.ServiceTiers;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The body of {@code POST /api/sla/preview} (README, The SLA clock). Strings for the time values so that each
 * bad one is reported with its field.
 *
 * @param level        1..5, required
 * @param serviceTier  {@code standard} | {@code premium} | {@code professional}, required
 * @param reportedAt   ISO-8601 date-time with offset, e.g. {@code 2026-11-27T17:00:00+01:00}, required
 * @param timeZone     the IANA zone of the installation, e.g. {@code Europe/Berlin}; required unless
 *                     {@code customerId} and {@code installation} name one (then it overrides its zone)
 * @param calendar     a calendar id; absent = the installation's when one is named, else {@code weekdays}
 * @param customerId   with {@code installation}: the customer whose cluster's zone and calendar count (RSP-2)
 * @param installation with {@code customerId}: the cluster
 */
@SlaPreviewRequest.ZoneOrInstallation
public record SlaPreviewRequest(
    @Schema(description = "The incident level, 1 (production down) to 5 (a suggestion)", example = "3")
    @NotNull(message = "is required")
    @Min(value = SlaController.HIGHEST_LEVEL, message = LEVELS)
    @Max(value = SlaController.LOWEST_LEVEL, message = LEVELS) Integer level,
    @Schema(description = "The customer's service tier", example = "standard")
    @OneOf({ServiceTiers.STANDARD, ServiceTiers.PREMIUM, ServiceTiers.PROFESSIONAL}) String serviceTier,
    @Schema(description = "When the incident is (or would be) reported")
    @DateTimeWithOffset(example = "2026-11-27T17:00:00+01:00") String reportedAt,
    @Schema(description = "The IANA time zone of the installation; required unless customerId and installation "
        + "name one, whose zone it then overrides") @TimeZoneId(required = false) String timeZone,
    @Schema(description = "The working calendar 5x8 deadlines count in; absent: the named installation's, "
        + "else weekdays", example = "cn-2026")
    String calendar,
    @Schema(description = "With installation: the customer whose cluster's zone and calendar the clock counts in",
        example = "acme") @Text(max = 64, required = false) String customerId,
    @Schema(description = "With customerId: the cluster the incident would be about", example = "prod-1")
    @Text(max = 64, required = false) String installation) {

  /** The level the client sent is part of the message; Bean Validation puts it in, never evaluates it. */
  static final String LEVELS = "must be 1 to 5, was ${validatedValue}";

  boolean namesInstallation() {
    return !Violations.isBlank(customerId) && !Violations.isBlank(installation);
  }

  /**
   * RSP-2: the clock needs a zone, given or the named installation's; {@code customerId} and
   * {@code installation} name an installation together, so one without the other is named as missing.
   */
  @Documented
  @Constraint(validatedBy = ZoneOrInstallation.Validator.class)
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface ZoneOrInstallation {

    String message() default "is required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ZoneOrInstallation, SlaPreviewRequest> {

      @Override
      public boolean isValid(SlaPreviewRequest request, ConstraintValidatorContext context) {
        if (request == null || request.namesInstallation()) {
          return true;
        }
        if (!Violations.isBlank(request.customerId())) {
          return Violations.report(context, "installation", "is required with customerId: the customer's cluster");
        }
        if (!Violations.isBlank(request.installation())) {
          return Violations.report(context, "customerId", "is required with installation: whose cluster it is");
        }
        return request.timeZone() != null
            || Violations.report(context, "timeZone", "is required (or customerId and installation)");
      }
    }
  }
}
