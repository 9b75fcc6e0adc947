package com.daocloud.support.change.api;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.daocloud.support.api.constraints.DateTimeWithOffset;
import com.daocloud.support.api.constraints.IsoDate;
import com.daocloud.support.api.constraints.OneOf;
import com.daocloud.support.api.constraints.Text;
import com.daocloud.support.api.constraints.Violations;
import com.daocloud.support.change.ChangeTypes;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * {@code POST /api/change-requests} (docs/processes.md). Dates are strings so that a malformed one is a 400
 * naming the field. Optional: {@code installation} (the cluster the change touches,
 * used for a downtime incident; for a product addition, the cluster that comes back) and {@code returningAfterLapse}
 * (CHG-5, product additions only), which is accepted but no longer decides: the order history does.
 */
@ChangeRequestBody.TypeRules
public record ChangeRequestBody(
    @Schema(description = "Your customer id", example = "acme") @Text(max = 64) String customerId,
    @Schema(description = "What changes (CHG-1): a production change, or moving, adding or removing a product, "
        + "or changing the service time", example = "production-change")
    @OneOf({ChangeTypes.PRODUCTION_CHANGE, ChangeTypes.PRODUCT_MOVE, ChangeTypes.PRODUCT_ADDITION,
        ChangeTypes.PRODUCT_REMOVAL, ChangeTypes.SERVICE_TIME_CHANGE}) String changeType,
    @Schema(description = "When the change is carried out; in the future")
    @DateTimeWithOffset(example = "2026-12-24T22:00:00+08:00", future = true) String plannedAt,
    @Schema(description = "What is changed and how", example = "Upgrade DCE 5.0.3 to 5.0.7 on prod-1")
    @Text(max = 10_000) String description,
    @Schema(description = "Where the product moves to; required for product-move", example = "Shanghai DC 2")
    @Text(max = 200, required = false) String newDataCenter,
    @Schema(description = "From when the movement or service-time change applies; required for all but "
        + "production-change (CHG-4)", example = "2027-01-15") @IsoDate String effectiveDate,
    @Schema(description = "The cluster the change touches (a downtime incident is about it)", example = "prod-1")
    String installation,
    @Schema(description = "Accepted for product additions, but not needed: whether the installation comes back after "
        + "a lapse is decided from the customer's maintenance order history (CHG-5)", example = "false",
        deprecated = true) Boolean returningAfterLapse) {

  String newDataCenterOrNull() {
    return Violations.isBlank(newDataCenter) ? null : newDataCenter.trim();
  }

  /** What a change type asks for (CHG-4, CHG-5), each named on its own field. */
  @Documented
  @Constraint(validatedBy = TypeRules.Validator.class)
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface TypeRules {

    String message() default "does not fit the change type";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<TypeRules, ChangeRequestBody> {

      @Override
      public boolean isValid(ChangeRequestBody body, ConstraintValidatorContext context) {
        String type = body.changeType();
        boolean valid = true;
        if (ChangeTypes.needsNewDataCenter(type) && Violations.isBlank(body.newDataCenter())) {
          valid = Violations.report(context, "newDataCenter", "is required");
        }
        if (ChangeTypes.needsEffectiveDate(type) && Violations.isBlank(body.effectiveDate())) {
          valid = Violations.report(context, "effectiveDate", "is required for moving, adding or removing products"
              + " and for service-time changes (CHG-4)");
        }
        if (Boolean.TRUE.equals(body.returningAfterLapse()) && ChangeTypes.isKnown(type)
            && !ChangeTypes.mayReturnAfterLapse(type)) {
          valid = Violations.report(context, "returningAfterLapse",
              "only a product-addition can bring a product back to maintenance after a lapse");
        }
        return valid;
      }
    }
  }
}
