package com.daocloud.support.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic against the engine's users (docs/security.md). The user's engine groups become its authorities,
 * unprefixed, so that {@code hasAuthority("camunda-admin")} reads like the groups of docs/security.md.
 */
@Component
public class EngineUserAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final AccountLock locks;

  public EngineUserAuthenticationProvider(IdentityService identityService, AccountLock locks) {
    this.identityService = identityService;
    this.locks = locks;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null) {
      throw new BadCredentialsException("Invalid user or password");
    }
    try {
      // Inside the short lock after a wrong password the engine checks no password: the same 401, but
      // not a failure of the caller's address (LoginThrottleFilter), so retrying users are not throttled.
      if (locks.isLocked(userId)) {
        throw new BadCredentialsException("Invalid user or password");
      }
      if (!identityService.checkPassword(userId, credentials.toString())) {
        LoginThrottleFilter.passwordRefused();
        throw new BadCredentialsException("Invalid user or password");
      }
      List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery()
          .groupMember(userId).list().stream()
          .map(Group::getId)
          .map(SimpleGrantedAuthority::new)
          .toList();
      return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    } catch (BadCredentialsException e) {
      throw e;
    } catch (RuntimeException e) {
      // The user store (the database) did not answer: not the caller's fault, so no 401. "Internal":
      // Spring's ProviderManager then answers at once instead of asking its parent manager (this same
      // provider) again, which would make the caller wait for a database connection twice.
      throw new InternalAuthenticationServiceException("The user store is unavailable", e);
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
