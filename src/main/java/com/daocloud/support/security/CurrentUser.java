package com.daocloud.support.security;

import com.daocloud.support.identity.Groups;
import java.util.List;
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

  public static CurrentUser get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      throw new IllegalStateException("No authenticated user");
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
}
