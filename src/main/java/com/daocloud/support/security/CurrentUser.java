package com.daocloud.support.security;

import com.daocloud.support.identity.Groups;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated caller of an {@code /api} request: user id and engine groups. */
public record CurrentUser(String userId, List<String> groups) {

  public static CurrentUser get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      throw new IllegalStateException("No authenticated user");
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
