package com.daocloud.support.incident.api;

/**
 * {@code POST /api/incidents/{number}/closure-response} (CLS-1, CLS-2); a missing {@code accepted} is a 400.
 * {@code channel} ({@code phone}, {@code email}, {@code in-person}) and the optional {@code contactName} are for
 * staff who took the customer's answer and record it on the customer's behalf: required from staff, refused
 * from the customer's own users, whose answer is recorded as given online.
 */
public record ClosureResponseRequest(Boolean accepted, String comment, String channel, String contactName) {
}
