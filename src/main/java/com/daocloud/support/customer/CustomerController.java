package com.daocloud.support.customer;

import com.daocloud.support.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code PUT|GET /api/customers/{id}} (README, Entitlement). */
@RestController
public class CustomerController {

  private final CustomerService customers;

  public CustomerController(CustomerService customers) {
    this.customers = customers;
  }

  @GetMapping("/api/customers/{id}")
  public CustomerDocument get(@PathVariable String id) {
    return CustomerDocument.of(customers.read(CurrentUser.get(), id));
  }

  /** 201 when the customer is new, 200 when its record was replaced; the body is the stored record. */
  @PutMapping("/api/customers/{id}")
  public ResponseEntity<CustomerDocument> put(@PathVariable String id,
      @RequestBody CustomerDocument document) {
    CustomerService.Saved saved = customers.replace(CurrentUser.get(), id, document);
    return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(CustomerDocument.of(saved.customer()));
  }
}
