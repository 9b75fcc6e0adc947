package com.daocloud.support.incident.api;

import com.daocloud.support.api.constraints.Text;

/** {@code POST /api/incidents/{number}/information} (CUS-2). */
public record InformationRequest(@Text(max = IncidentController.MAX_TEXT) String text) {
}
