package com.daocloud.support.customer;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.security.CurrentUser;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Which customer's records an {@code /api} caller reaches (L12-7, docs/security.md): a customer user its own
 * customer's only; staff (members of a staff group) every customer's; anyone else none. Incidents, change
 * requests and EAM applications ask the same questions here, so that the answers are the same everywhere:
 *
 * <ul>
 *   <li>A record of another customer is "not found", word for word the answer for a record that does not
 *       exist: a customer cannot tell whether another customer's record number is taken.</li>
 *   <li>Asking explicitly for another customer's list, or to act for another customer, is a 403 whether
 *       that customer exists or not, decided before anything is looked up.</li>
 *   <li>A user who is neither staff nor customer is refused (403) before any record is looked up.</li>
 * </ul>
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
    requireStaffOrCustomer(user);
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

  /**
   * The {@code record} if the user may read it, else 404 with {@code notFound}, the same answer as for a
   * record that does not exist. Staff read every record, a customer user its own customer's.
   */
  public <T> T readable(CurrentUser user, Optional<T> record, Function<T, String> customerOf, String notFound) {
    requireStaffOrCustomer(user);
    String own = user.isCustomer() ? ownCustomer(user) : null;
    return record.filter(found -> own == null || own.equals(customerOf.apply(found)))
        .orElseThrow(() -> new ApiException.NotFound(notFound));
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

  private static void requireStaffOrCustomer(CurrentUser user) {
    if (!user.isCustomer() && !user.isStaff()) {
      throw new ApiException.Forbidden("Only staff and customer users see support records");
    }
  }
}
