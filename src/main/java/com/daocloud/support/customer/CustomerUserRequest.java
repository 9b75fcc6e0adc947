package com.daocloud.support.customer;

import com.daocloud.support.api.constraints.Text;
import com.daocloud.support.incident.api.MailboxAddress;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/customers/{id}/users/{userId}}: the new support user of the customer (CUS-1).
 * The password is the user's sign-in; it is stored hashed by the engine and never shown again.
 */
@Schema(name = "CustomerUserRequest")
public record CustomerUserRequest(
    @Schema(example = "Li") @Text(max = 100) String firstName,
    @Schema(example = "Lei") @Text(max = 100) String lastName,
    @Schema(format = "email", example = "li.lei@example.com") @Text(max = 254) @MailboxAddress String email,
    @Schema(format = "password", description = "The user's password, at least " + CustomerUserRequest.MIN_PASSWORD
        + " characters", accessMode = Schema.AccessMode.WRITE_ONLY)
    @Text(min = CustomerUserRequest.MIN_PASSWORD, max = 128) String password) {

  /** Long enough that the login throttle's limits make guessing hopeless. */
  static final int MIN_PASSWORD = 10;

  /** Never the password, should the request ever be logged. */
  @Override
  public String toString() {
    return "CustomerUserRequest[firstName=" + firstName + ", lastName=" + lastName + ", email=" + email + "]";
  }
}
