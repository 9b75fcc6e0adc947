package com.daocloud.support.incident.api;

import com.daocloud.support.api.constraints.OneOf;
import com.daocloud.support.api.constraints.Text;
import com.daocloud.support.api.constraints.Violations;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * {@code POST /api/incidents/{number}/closure-response} (CLS-1, CLS-2). {@code channel} and the optional
 * {@code contactName} are for staff who took the customer's answer and record it on the customer's behalf
 * (without a channel the answer is recorded as staff's, channel not stated); refused from the customer's own users,
 * whose answer is recorded as given online.
 */
public record ClosureResponseRequest(
    @Schema(description = "true: the solution works, close the incident; false: it does not", example = "true")
    @NotNull(message = IncidentRequest.REQUIRED_BOOLEAN) Boolean accepted,
    @Schema(description = "Why not, or thanks", example = "The cluster is back, thank you.")
    @Text(max = IncidentController.MAX_TEXT, required = false) String comment,
    @Schema(description = "How staff got the customer's answer that they record on its behalf (CLS-1); without it "
        + "the answer is recorded as staff's, channel not stated. Refused from the customer's own users (their "
        + "answer is recorded as given online)",
        example = "phone")
    @OneOf(value = {"phone", "email", "in-person"}, required = false) String channel,
    @Schema(description = "Who at the customer gave the answer that staff record (optional)", example = "Li Lei")
    @Text(max = 200, required = false) String contactName) {

  String commentOrNull() {
    return Violations.isBlank(comment) ? null : comment.trim();
  }

  String contactNameOrNull() {
    return Violations.isBlank(contactName) ? null : contactName.trim();
  }
}
