package com.daocloud.support.customer;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Which customer's records an {@code /api} caller reaches (L12-7, CONTRACT §6): a customer user its own
 * customer's only; staff every customer's. Incidents, change requests and EAM applications ask the same
 * questions here, so that the answers (403 for another customer, 404 for an unknown one, 400 for a
 * malformed id) are the same everywhere.
 */
@Component
public class CustomerScope {

  private final CustomerDirectory directory;

  public CustomerScope(CustomerDirectory directory) {
    this.directory = directory;
  }

  /** The customer a customer user acts for; 403 when the user is linked to none. */
  public String ownCustomer(CurrentUser user) {
    if (user.tokenCustomerId() != null) {
      return user.tokenCustomerId();
    }
    return directory.customerOfUser(user.userId())
        .orElseThrow(() -> new ApiException.Forbidden("Your user is not linked to a customer"));
  }

  /**
   * The customer a list of {@code records} is filtered by: a customer user's own (asking for another is a
   * 403); for staff the one asked for (a malformed id is a 400 naming {@code customerId}, an unknown one a
   * 404, not an empty list that hides a typo), or null for every customer.
   */
  public String listFilter(CurrentUser user, String customerId, String records) {
    String customer = customerId == null || customerId.isBlank() ? null : customerId;
    if (customer != null && !CustomerIds.isValid(customer)) {
      throw new ApiException.BadRequest("customerId", CustomerIds.FORMAT_MESSAGE);
    }
    if (user.isCustomer()) {
      String own = ownCustomer(user);
      if (customer != null && !customer.equals(own)) {
        throw new ApiException.Forbidden("You may only see your own customer's " + records);
      }
      return own;
    }
    if (customer != null && directory.find(customer).isEmpty()) {
      throw new ApiException.NotFound("No customer " + customer);
    }
    return customer;
  }

  /** Refuses a customer user a record of another customer (403); staff read every record. */
  public void requireReadable(CurrentUser user, String recordCustomerId, String records) {
    if (user.isCustomer() && !recordCustomerId.equals(ownCustomer(user))) {
      throw new ApiException.Forbidden("You may only see your own customer's " + records);
    }
  }

  /**
   * Refuses a customer user acting for another customer (403, with {@code refusal}); whether staff may act
   * is for the caller to decide.
   */
  public void requireOwnIfCustomer(CurrentUser user, String customerId, String refusal) {
    if (user.isCustomer() && !customerId.equals(ownCustomer(user))) {
      throw new ApiException.Forbidden(refusal);
    }
  }
}
