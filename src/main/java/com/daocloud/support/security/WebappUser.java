package com.daocloud.support.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * The member of staff signed in to the webapps (Tasklist, Cockpit) with the request's session, for our own
 * endpoints below {@code /camunda/api/}: the same session that {@link WebappAccess} admits there, so that
 * such an endpoint can act as that user in the engine.
 */
public record WebappUser(String userId, List<String> groupIds, List<String> tenantIds) {

  /** The session's user for the given process engine; empty without a signed-in session. */
  public static Optional<WebappUser> of(HttpServletRequest request, String engineName) {
    return WebappAccess.users(request).stream()
        .filter(user -> engineName.equals(user.getProcessEngineName()))
        .findFirst()
        .map(WebappUser::of);
  }

  /**
   * Runs {@code call} in the engine as this user, with the engine's authorization checks, and restores the
   * thread's previous engine identity afterwards (the webapps' own filter may have set one).
   */
  public <T> T inEngine(IdentityService identityService, Supplier<T> call) {
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.setAuthentication(userId, groupIds, tenantIds);
    try {
      return call.get();
    } finally {
      if (previous == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(previous);
      }
    }
  }

  private static WebappUser of(UserAuthentication user) {
    return new WebappUser(user.getIdentityId(),
        user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds()),
        user.getTenantIds() == null ? List.of() : List.copyOf(user.getTenantIds()));
  }
}
