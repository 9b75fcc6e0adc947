package com.daocloud.support.portal;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.api.FieldProblem;
import com.daocloud.support.customer.Customer;
import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.customer.CustomerScope;
import com.daocloud.support.customer.CustomerService;
import com.daocloud.support.customer.Installation;
import com.daocloud.support.security.CurrentUser;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * What the site's pages ask of the signed-in customer user, and how they validate the API's requests: the
 * customer they act for (as the API's customer scope says), its profile and clusters, and the API's own
 * constraints on a request before it is sent, with their messages per form field.
 */
@Component
class PortalCustomers {

  private final CustomerScope scope;
  private final CustomerService customers;
  private final Validator validator;
  private final PortalFormat format;

  PortalCustomers(CustomerScope scope, CustomerService customers, Validator validator, PortalFormat format) {
    this.scope = scope;
    this.customers = customers;
    this.validator = validator;
    this.format = format;
  }

  /** The customer the signed-in user acts for; 403 for a user linked to none. */
  String own() {
    return scope.ownCustomer(CurrentUser.get());
  }

  /**
   * Whether the signed-in user is one of the customer's two administrators (CUS-1), who see its users' page; the
   * customer-user endpoints check it again on every change.
   */
  boolean isAdministrator(String customerId) {
    CurrentUser user = CurrentUser.get();
    return user.isCustomer() && user.tokenCustomerId() == null
        && profile(customerId).administrators().contains(user.userId());
  }

  CustomerProfile profile(String customerId) {
    return customers.find(customerId).orElseThrow(() -> new ApiException.NotFound("No customer " + customerId));
  }

  List<String> clusters(String customerId) {
    return customers.customer(customerId).map(Customer::installations).orElse(List.of()).stream()
        .map(Installation::cluster).toList();
  }

  /** The request if the API's constraints accept it; else the 400 the API would answer. */
  <T> T valid(T request) {
    Set<ConstraintViolation<T>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      List<FieldProblem> errors = new ArrayList<>();
      violations.forEach(v -> errors.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage())));
      throw new ApiException.BadRequest(errors);
    }
    return request;
  }

  /** Form field (named by {@code field} from the request's property path) -> message, of the refused fields. */
  <T> Map<String, String> problems(T request, UnaryOperator<String> field) {
    Map<String, String> errors = new LinkedHashMap<>();
    validator.validate(request).stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .forEach(v -> errors.putIfAbsent(field.apply(v.getPropertyPath().toString()), v.getMessage()));
    return errors;
  }

  /** The same for a refusal of the API; "form" holds what names no field. */
  Map<String, String> problems(ApiException refused, UnaryOperator<String> field, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (refused instanceof ApiException.TooManyRequests) {
      errors.put("form", format.text("problem.too-many", locale));
    } else if (refused.errors().isEmpty()) {
      errors.put("form", refused.getMessage());
    } else {
      refused.errors().forEach(e -> errors.putIfAbsent(field.apply(e.field()), e.message()));
    }
    return errors;
  }
}
