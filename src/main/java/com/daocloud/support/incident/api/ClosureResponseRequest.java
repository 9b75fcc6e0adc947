package com.daocloud.support.incident.api;

import com.daocloud.support.api.constraints.Text;
import com.daocloud.support.api.constraints.Violations;
import jakarta.validation.constraints.NotNull;

/** {@code POST /api/incidents/{number}/closure-response} (CLS-1, CLS-2). */
public record ClosureResponseRequest(
    @NotNull(message = IncidentRequest.REQUIRED_BOOLEAN) Boolean accepted,
    @Text(max = IncidentController.MAX_TEXT, required = false) String comment) {

  String commentOrNull() {
    return Violations.isBlank(comment) ? null : comment.trim();
  }
}
