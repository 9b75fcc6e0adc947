package com.daocloud.support.security;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.identity.Groups;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The authenticated caller of an {@code /api} request: user id and engine groups. An API token
 * (security.token) is a caller too: group {@code customers} and the one customer it acts for in
 * {@code tokenCustomerId}, which is null for users (the customer directory knows theirs).
 */
public record CurrentUser(String userId, List<String> groups, String tokenCustomerId) {

  public CurrentUser(String userId, List<String> groups) {
    this(userId, groups, null);
  }

  /**
   * The caller; never Spring's anonymous user. Should a request without credentials ever reach a
   * controller, it is refused here (403) instead of passing for a user of no customer.
   */
  public static CurrentUser get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      throw new ApiException.Forbidden("You are not signed in.");
    }
    if (auth.getPrincipal() instanceof CurrentUser token) {
      return token;
    }
    return new CurrentUser(auth.getName(),
        auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
  }

  public boolean isMemberOf(String group) {
    return groups.contains(group);
  }

  public boolean isAdmin() {
    return isMemberOf(Groups.ADMIN);
  }

  public boolean isCustomer() {
    return isMemberOf(Groups.CUSTOMERS);
  }

  /**
   * A member of staff: a member of one of the staff groups. Not being a customer does not make a user
   * staff: a user of no group (or any other caller) is neither.
   */
  public boolean isStaff() {
    return Groups.ALL.stream().filter(group -> !Groups.CUSTOMERS.equals(group)).anyMatch(this::isMemberOf);
  }
}
