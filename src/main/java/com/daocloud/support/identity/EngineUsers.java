package com.daocloud.support.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Engine users that the application's own endpoints create and delete after deciding themselves who may: a
 * customer's administrators approve its support users (CUS-1), and a customer user holds no engine
 * permission at all (docs/security.md). The writes therefore run as the application, without an engine
 * identity; the thread's identity, should one be set, is restored afterwards. Callers check who asks.
 */
@Component
public class EngineUsers {

  private final IdentityService identityService;

  public EngineUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  public boolean exists(String userId) {
    return identityService.createUserQuery().userId(userId).count() > 0;
  }

  /** A new user in {@code group}; the password is stored hashed by the engine. */
  public void create(String userId, String firstName, String lastName, String email, String password,
      String group) {
    asApplication(() -> {
      User user = identityService.newUser(userId);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      user.setPassword(password);
      identityService.saveUser(user);
      identityService.createMembership(userId, group);
    });
  }

  /** Deletes the user with its memberships. */
  public void delete(String userId) {
    asApplication(() -> identityService.deleteUser(userId));
  }

  private void asApplication(Runnable write) {
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      write.run();
    } finally {
      if (previous != null) {
        identityService.setAuthentication(previous);
      }
    }
  }
}
