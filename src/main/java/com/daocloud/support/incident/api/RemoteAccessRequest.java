package com.daocloud.support.incident.api;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.incident.AccessAnswer;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /api/incidents/{number}/remote-access}: {@code {granted: true|false}}, or {@code {onSite: true}} when
 * the customer arranges on-site access instead of remote access (L12-1). Exactly one of the two.
 */
public record RemoteAccessRequest(
    @Schema(description = "Whether support may connect to the installation remotely; false refuses access. "
        + "Give either granted or onSite.", example = "true")
    Boolean granted,
    @Schema(description = "true: the customer arranges on-site access for support's representative instead of "
        + "remote access (counts as access, L12-2). Give either granted or onSite.", example = "true",
        allowableValues = "true")
    Boolean onSite) {

  /** The answer this request gives; 400 naming the field unless it gives exactly one of them. */
  AccessAnswer answer() {
    if (onSite != null && granted != null) {
      throw new ApiException.BadRequest("onSite", "give either granted or onSite, not both");
    }
    if (onSite != null) {
      if (!onSite) {
        throw new ApiException.BadRequest("onSite", "must be true (to refuse access, send {\"granted\": false})");
      }
      return AccessAnswer.ON_SITE;
    }
    if (granted == null) {
      throw new ApiException.BadRequest("granted", IncidentRequest.REQUIRED_BOOLEAN + ", or send {\"onSite\": true}");
    }
    return granted ? AccessAnswer.GRANTED : AccessAnswer.REFUSED;
  }
}
