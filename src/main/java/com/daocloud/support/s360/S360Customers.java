package com.daocloud.support.s360;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.customer.Customer;
import com.daocloud.support.customer.CustomerRepository;
import com.daocloud.support.customer.OrderService;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which customers bought S360 (SVC-2): those whose maintenance order names it. Every S360 feature asks
 * here, so that a customer without S360 gets the same 409 everywhere; the entitlement of customers with
 * SNS only is not touched by anything in this package.
 */
@Component
public class S360Customers {

  private final CustomerRepository customers;
  private final JdbcTemplate jdbc;

  public S360Customers(CustomerRepository customers, JdbcTemplate jdbc) {
    this.customers = customers;
    this.jdbc = jdbc;
  }

  public static boolean hasS360(Customer customer) {
    return customer.order().filter(order -> order.services().contains(OrderService.S360)).isPresent();
  }

  /** The customer, when it exists. */
  public Optional<Customer> find(String customerId) {
    return customers.find(customerId);
  }

  /** The customer if its order includes S360; 409 with the reason otherwise. */
  public Customer requireS360(Customer customer) {
    if (!hasS360(customer)) {
      throw new ApiException.Conflict("Customer " + customer.id() + " has no S360 on its maintenance order:"
          + " dedicated teams, health inspections, upgrade advisories and critical-event support are S360"
          + " services (SVC-2). Its other support is unchanged.");
    }
    return customer;
  }

  /** Every customer whose order includes S360, by id. */
  public List<Customer> all() {
    return jdbc.queryForList("SELECT id FROM dce_customer ORDER BY id", String.class).stream()
        .map(customers::find).flatMap(Optional::stream).filter(S360Customers::hasS360).toList();
  }
}
