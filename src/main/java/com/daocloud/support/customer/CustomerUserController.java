package com.daocloud.support.customer;

import com.daocloud.support.api.ApiProblems;
import com.daocloud.support.observability.OpenApiConfiguration;
import com.daocloud.support.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST|DELETE /api/customers/{id}/users/{userId}}: a customer's support users (CUS-1, {@link CustomerUsers}). */
@RestController
@Tag(name = OpenApiConfiguration.CUSTOMERS)
public class CustomerUserController {

  private final CustomerUsers users;

  public CustomerUserController(CustomerUsers users) {
    this.users = users;
  }

  @PostMapping("/api/customers/{id}/users/{userId}")
  @Operation(operationId = "addCustomerUser", summary = "Add a support user of the customer", description = """
      One of the customer's two administrators (or an administrator) approves a new support user: a user of \
      group `customers` acting for this customer, who signs in with the password given here. The answer never \
      shows the password.""")
  @ApiResponse(responseCode = "201", description = "The user was created", useReturnTypeSchema = true)
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT})
  public ResponseEntity<CustomerUser> add(@PathVariable String id, @PathVariable String userId,
      @Valid @RequestBody CustomerUserRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED).body(users.add(CurrentUser.get(), id, userId, request));
  }

  @DeleteMapping("/api/customers/{id}/users/{userId}")
  @Operation(operationId = "removeCustomerUser", summary = "Remove a support user of the customer", description = """
      One of the customer's two administrators (or an administrator) removes a support user of the customer. \
      The administrators themselves cannot be removed (409) while the customer's record names them.""")
  @ApiResponse(responseCode = "204", description = "The user was removed")
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT})
  public ResponseEntity<Void> remove(@PathVariable String id, @PathVariable String userId) {
    users.remove(CurrentUser.get(), id, userId);
    return ResponseEntity.noContent().build();
  }
}
