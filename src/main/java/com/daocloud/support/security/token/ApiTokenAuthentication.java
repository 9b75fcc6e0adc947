package com.daocloud.support.security.token;

import com.daocloud.support.security.CurrentUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by an API token: its caller is a customer user of the token's customer. */
class ApiTokenAuthentication extends AbstractAuthenticationToken {

  private final CurrentUser caller;

  ApiTokenAuthentication(CurrentUser caller) {
    super(caller.groups().stream().map(SimpleGrantedAuthority::new).toList());
    this.caller = caller;
    setAuthenticated(true);
  }

  @Override
  public Object getPrincipal() {
    return caller;
  }

  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public String getName() {
    return caller.userId();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiTokenAuthentication token && token.caller.equals(caller);
  }

  @Override
  public int hashCode() {
    return caller.hashCode();
  }
}
