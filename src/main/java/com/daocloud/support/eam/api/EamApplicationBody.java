package com.daocloud.support.eam.api;

import com.daocloud.support.api.constraints.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * {@code POST /api/eam-applications} (docs/processes.md). Boxed: a missing field is a named 400, not a
 * default. {@code years} up to {@link EamApplicationController#MAX_YEARS} is passed to the decision, which
 * answers {@code beyond-two-years} for more than two (EAM-1).
 */
public record EamApplicationBody(
    @Text(max = 64) String customerId,
    @Text(max = 64) String installation,
    @NotNull(message = "is required: whole years of extended maintenance, 1 or 2")
    @Min(value = 1, message = YEARS) @Max(value = EamApplicationController.MAX_YEARS, message = YEARS) Integer years,
    @NotNull(message = REQUIRED_BOOLEAN) Boolean stableEnvironment,
    @NotNull(message = REQUIRED_BOOLEAN) Boolean supportedConfiguration,
    @NotNull(message = REQUIRED_BOOLEAN) Boolean willingToUpgrade) {

  static final String REQUIRED_BOOLEAN = "is required (true or false)";
  static final String YEARS = "must be a whole number of years from 1 to " + EamApplicationController.MAX_YEARS
      + " (EAM is sold in 1-year steps, at most 2 years in total)";
}
