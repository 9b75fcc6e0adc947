package com.daocloud.support.customer;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.identity.EngineUsers;
import com.daocloud.support.identity.Groups;
import com.daocloud.support.security.CurrentUser;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CUS-1: a customer's two administrators approve its support users: they add (and remove) users of group
 * {@code customers} who act for that customer. An administrator of the application may do it too; nobody
 * else: not support staff, not another customer's users or administrators, not an API token. The engine
 * users are written by {@link EngineUsers}, as the application, once the caller has been checked here.
 */
@Service
public class CustomerUsers {

  /** The engine's own rule for ids (application.yaml), within the width of the customer-user table. */
  private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9-]{0,63}");

  private final CustomerRepository repository;
  private final EngineUsers engineUsers;

  public CustomerUsers(CustomerRepository repository, EngineUsers engineUsers) {
    this.repository = repository;
    this.engineUsers = engineUsers;
  }

  /** Creates the user in group {@code customers}, acting for the customer; 409 when the id is taken. */
  @Transactional
  public CustomerUser add(CurrentUser caller, String customerId, String userId, CustomerUserRequest request) {
    approver(caller, customerId);
    requireUserId(userId);
    if (engineUsers.exists(userId)) {
      throw new ApiException.Conflict("There is already a user '" + userId + "'; choose another id.");
    }
    String email = request.email().trim();
    engineUsers.create(userId, request.firstName().trim(), request.lastName().trim(), email,
        request.password(), Groups.CUSTOMERS);
    repository.assignUser(userId, customerId);
    return new CustomerUser(userId, customerId, request.firstName().trim(), request.lastName().trim(), email);
  }

  /**
   * Deletes a support user of the customer; 404 for a user who does not act for it, 409 for either of its
   * administrators (the record names them: name others first).
   */
  @Transactional
  public void remove(CurrentUser caller, String customerId, String userId) {
    Customer customer = approver(caller, customerId);
    requireUserId(userId);
    if (!repository.customerOfUser(userId).map(customerId::equals).orElse(false)) {
      throw new ApiException.NotFound("Customer " + customerId + " has no user '" + userId + "'.");
    }
    if (customer.administrators().contains(userId)) {
      String who = userId.equals(caller.userId()) ? "You are" : "'" + userId + "' is";
      throw new ApiException.Conflict(who + " one of the customer's two administrators (CUS-1) and cannot be "
          + "removed; name another administrator in the customer's record first.");
    }
    engineUsers.delete(userId);
    repository.unassignUser(userId);
  }

  /**
   * The customer, if the caller may approve its users: an administrator of the application (404 for an
   * unknown customer), or one of the customer's two administrators signed in as itself. Everyone else is
   * refused before anything about the customer is looked up or told (a malformed id is a 400 first).
   */
  private Customer approver(CurrentUser caller, String customerId) {
    if (!CustomerIds.isValid(customerId)) {
      throw new ApiException.BadRequest("id", CustomerIds.FORMAT_MESSAGE);
    }
    if (caller.tokenCustomerId() != null) {
      throw new ApiException.Forbidden("An API token cannot add or remove users; an administrator of the customer "
          + "signs in with a password for that.");
    }
    if (caller.isAdmin()) {
      return repository.find(customerId)
          .orElseThrow(() -> new ApiException.NotFound("No customer with id '" + customerId + "'."));
    }
    String refusal = "Only the customer's two administrators (or an administrator) add or remove its users.";
    if (!caller.isCustomer()
        || !repository.customerOfUser(caller.userId()).map(customerId::equals).orElse(false)) {
      throw new ApiException.Forbidden(refusal);
    }
    Customer customer = repository.find(customerId).orElseThrow(() -> new ApiException.Forbidden(refusal));
    if (!customer.administrators().contains(caller.userId())) {
      throw new ApiException.Forbidden(refusal);
    }
    return customer;
  }

  private static void requireUserId(String userId) {
    if (userId == null || !USER_ID.matcher(userId).matches()) {
      throw new ApiException.BadRequest("userId",
          "must be letters, digits and hyphens, starting with a letter or digit (at most 64), e.g. li-lei");
    }
  }
}
