package com.daocloud.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.identity.Groups;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class CurrentUserTest {

  @AfterEach
  void clear() {
    SecurityContextHolder.clearContext();
  }

  @Test
  @DisplayName("Finding 1: Spring's anonymous user is never the current user of a controller")
  void anonymousIsRefused() {
    SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

    assertThatThrownBy(CurrentUser::get).isInstanceOf(ApiException.Forbidden.class);
  }

  @Test
  @DisplayName("An authenticated user is the current user, with its groups")
  void authenticatedUser() {
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
        "engineer", null, AuthorityUtils.createAuthorityList(Groups.SUPPORT_ENGINEERS)));

    assertThat(CurrentUser.get()).isEqualTo(new CurrentUser("engineer", List.of(Groups.SUPPORT_ENGINEERS)));
  }

  @Test
  @DisplayName("Finding 1: staff means a member of a staff group, not 'anyone who is not a customer'")
  void staffIsAGroupMembership() {
    assertThat(new CurrentUser("nobody", List.of()).isStaff()).isFalse();
    assertThat(new CurrentUser("anonymousUser", List.of("ROLE_ANONYMOUS")).isStaff()).isFalse();
    assertThat(new CurrentUser("acme-user", List.of(Groups.CUSTOMERS)).isStaff()).isFalse();
    for (String staff : List.of(Groups.ADMIN, Groups.SUPPORT_ENGINEERS, Groups.CUSTOMER_SERVICE,
        Groups.DUTY_SUPERVISORS, Groups.SUPPORT_MANAGERS, Groups.POLICY_ANALYSTS)) {
      assertThat(new CurrentUser("someone", List.of(staff)).isStaff()).as(staff).isTrue();
    }
  }
}
