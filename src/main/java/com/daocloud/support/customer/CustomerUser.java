package com.daocloud.support.customer;

import io.swagger.v3.oas.annotations.media.Schema;

/** A customer's support user as {@code POST /api/customers/{id}/users/{userId}} answers it: no password. */
@Schema(name = "CustomerUser", description = "A support user of the customer (group customers), without its password")
public record CustomerUser(String id, String customerId, String firstName, String lastName, String email) {
}
