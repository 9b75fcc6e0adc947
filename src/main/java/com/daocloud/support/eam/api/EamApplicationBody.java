package com.daocloud.support.eam.api;

import com.daocloud.support.api.constraints.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * {@code POST /api/eam-applications} (docs/processes.md). Boxed: a missing field is a named 400, not a
 * default. {@code years} up to {@link EamApplicationController#MAX_YEARS} is passed to the decision, which
 * answers {@code beyond-two-years} for more than two (EAM-1).
 */
public record EamApplicationBody(
    @Schema(description = "Your customer id", example = "acme") @Text(max = 64) String customerId,
    @Schema(description = "The cluster to keep under maintenance", example = "prod-1") @Text(max = 64)
    String installation,
    @Schema(description = "Years of extended maintenance to buy: 1 or 2 in total after the end of standard support",
        example = "1")
    @NotNull(message = "is required: whole years of extended maintenance, 1 or 2")
    @Min(value = 1, message = YEARS) @Max(value = EamApplicationController.MAX_YEARS, message = YEARS) Integer years,
    @Schema(description = "The installation runs stably (EAM-3)", example = "true")
    @NotNull(message = REQUIRED_BOOLEAN) Boolean stableEnvironment,
    @Schema(description = "Its configuration is a supported one (EAM-3)", example = "true")
    @NotNull(message = REQUIRED_BOOLEAN) Boolean supportedConfiguration,
    @Schema(description = "The customer will upgrade to a supported version (EAM-3)", example = "true")
    @NotNull(message = REQUIRED_BOOLEAN) Boolean willingToUpgrade) {

  static final String REQUIRED_BOOLEAN = "is required (true or false)";
  static final String YEARS = "must be a whole number of years from 1 to " + EamApplicationController.MAX_YEARS
      + " (EAM is sold in 1-year steps, at most 2 years in total)";
}
