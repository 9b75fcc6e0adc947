package com.daocloud.support.customer;

import com.daocloud.support.api.ApiProblems;
import com.daocloud.support.observability.OpenApiConfiguration;
import com.daocloud.support.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code PUT|GET /api/customers/{id}} (README, Entitlement). */
@RestController
@Tag(name = OpenApiConfiguration.CUSTOMERS)
public class CustomerController {

  private final CustomerService customers;

  public CustomerController(CustomerService customers) {
    this.customers = customers;
  }

  @GetMapping("/api/customers/{id}")
  @Operation(operationId = "readCustomer", summary = "Read a customer", description = """
      The customer's record: tier, time zone, calendar, maintenance order, installations and administrators. \
      Administrators read every customer, a customer's users their own.""")
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND})
  public CustomerDocument get(@PathVariable String id) {
    return customers.document(customers.read(CurrentUser.get(), id));
  }

  /** 201 when the customer is new, 200 when its record was replaced; the body is the stored record. */
  @PutMapping("/api/customers/{id}")
  @Operation(operationId = "putCustomer", summary = "Create or replace a customer", description = """
      Administrators. The whole record; a GET's answer can be sent back as it is (`id`, when given, must be \
      the path's).""")
  @ApiResponse(responseCode = "200", description = "The customer's record was replaced", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "201", description = "The customer is new", useReturnTypeSchema = true)
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN})
  public ResponseEntity<CustomerDocument> put(@PathVariable String id,
      @RequestBody CustomerDocument document) {
    CustomerService.Saved saved = customers.replace(CurrentUser.get(), id, document);
    return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(customers.document(saved.customer()));
  }
}
