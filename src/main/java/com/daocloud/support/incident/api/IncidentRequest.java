package com.daocloud.support.incident.api;

/** {@code POST /api/incidents}. Boxed types: a missing field is a named 400, not a default. */
public record IncidentRequest(String customerId, String installation, String title, String description,
    String requestType, String productionImpact, Boolean dataLoss, Boolean workaroundAvailable,
    ContactRequest contact) {

  public record ContactRequest(String name, String phone, String email) {
  }
}
