package com.daocloud.support.incident.api;

import com.daocloud.support.incident.AccessAnswer;
import com.daocloud.support.api.ApiException;

/**
 * {@code POST /api/incidents/{number}/remote-access}: {@code {granted: true|false}}, or {@code {onSite: true}} when
 * the customer arranges on-site access instead of remote access (L12-1).
 */
public record RemoteAccessRequest(Boolean granted, Boolean onSite) {

  /** The answer this request gives; 400 unless it gives exactly one of them. */
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
      throw new ApiException.BadRequest("granted", "is required (true or false), or send {\"onSite\": true}");
    }
    return granted ? AccessAnswer.GRANTED : AccessAnswer.REFUSED;
  }
}
