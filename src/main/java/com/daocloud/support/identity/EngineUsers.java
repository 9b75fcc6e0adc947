package com.daocloud.support.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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

  /**
   * The e-mail addresses on the users' records, in the order given; users without one (or unknown) are left out.
   * Read as the application: the caller (a task's assignee, a staff request) may hold no permission to read users.
   */
  public List<String> emails(List<String> userIds) {
    if (userIds.isEmpty()) {
      return List.of();
    }
    Map<String, String> byUser = asApplication(() -> identityService.createUserQuery()
        .userIdIn(userIds.toArray(String[]::new)).list().stream()
        .filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
        .collect(Collectors.toMap(User::getId, User::getEmail)));
    return userIds.stream().map(byUser::get).filter(Objects::nonNull).distinct().toList();
  }

  private void asApplication(Runnable write) {
    asApplication(() -> {
      write.run();
      return null;
    });
  }

  private <T> T asApplication(Supplier<T> work) {
    return asApplication(identityService, work);
  }

  /**
   * Runs {@code work} in the engine as the application, without an engine identity and so without
   * authorization checks, and restores the thread's identity afterwards. For reads the application decides on
   * itself, such as who holds an incident's tasks on its card.
   */
  public static <T> T asApplication(IdentityService identityService, Supplier<T> work) {
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (previous != null) {
        identityService.setAuthentication(previous);
      }
    }
  }
}
