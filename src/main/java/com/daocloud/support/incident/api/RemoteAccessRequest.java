package com.daocloud.support.incident.api;

/** {@code POST /api/incidents/{number}/remote-access}. */
public record RemoteAccessRequest(Boolean granted) {
}
