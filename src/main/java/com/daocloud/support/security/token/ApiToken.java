package com.daocloud.support.security.token;

import java.time.OffsetDateTime;

/** An API token as its customer's administrators see it: never its secret. */
public record ApiToken(String id, String name, OffsetDateTime createdAt, String createdBy) {
}
