package com.daocloud.support.incident.api;

import com.daocloud.support.api.constraints.Text;
import com.daocloud.support.api.constraints.Violations;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** {@code POST /api/incidents/{number}/closure-response} (CLS-1, CLS-2). */
public record ClosureResponseRequest(
    @Schema(description = "true: the solution works, close the incident; false: it does not", example = "true")
    @NotNull(message = IncidentRequest.REQUIRED_BOOLEAN) Boolean accepted,
    @Schema(description = "Why not, or thanks", example = "The cluster is back, thank you.")
    @Text(max = IncidentController.MAX_TEXT, required = false) String comment) {

  String commentOrNull() {
    return Violations.isBlank(comment) ? null : comment.trim();
  }
}
