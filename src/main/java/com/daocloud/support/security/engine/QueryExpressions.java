package com.daocloud.support.security.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;

/**
 * Which expressions a query may carry. A query sent for immediate execution (ad hoc) carries none,
 * inside {@code or()} branches too. A stored filter may carry exactly Tasklist's two identity forms,
 * each in the fields it fits: {@code ${currentUser()}} for a user, {@code ${currentUserGroups()}} for
 * candidate groups; they call no method of any object and name only the caller.
 */
final class QueryExpressions {

  static final String CURRENT_USER = "${currentUser()}";
  static final String CURRENT_USER_GROUPS = "${currentUserGroups()}";

  /** The engine's names of a task query's expression fields, and the one form each may hold. */
  private static final Map<String, String> IDENTITY_FIELDS = Map.of(
      "taskAssignee", CURRENT_USER,
      "taskOwner", CURRENT_USER,
      "taskCandidateUser", CURRENT_USER,
      "taskInvolvedUser", CURRENT_USER,
      "taskCandidateGroupIn", CURRENT_USER_GROUPS);

  private QueryExpressions() {
  }

  static boolean isIdentityForm(String expression) {
    return CURRENT_USER.equals(expression) || CURRENT_USER_GROUPS.equals(expression);
  }

  /** An ad-hoc query: no expression anywhere in it. */
  static void refuseAny(Object query) {
    for (AbstractQuery<?, ?> part : parts(query)) {
      if (!part.getExpressions().isEmpty()) {
        throw refusal();
      }
    }
  }

  /** A stored filter's query: the identity forms where they fit, nothing else. */
  static void refuseAllButIdentity(Object query) {
    for (AbstractQuery<?, ?> part : parts(query)) {
      for (Map.Entry<String, String> expression : part.getExpressions().entrySet()) {
        if (!expression.getValue().equals(IDENTITY_FIELDS.get(expression.getKey()))) {
          throw refusal();
        }
      }
    }
  }

  static ExpressionRefusedException refusal() {
    return new ExpressionRefusedException("Queries and filters may not carry expressions; a stored "
        + "filter may use only " + CURRENT_USER + " for a user and " + CURRENT_USER_GROUPS
        + " for candidate groups.");
  }

  /** The query and its {@code or()} branches (a task query lists itself first). */
  private static List<AbstractQuery<?, ?>> parts(Object query) {
    List<AbstractQuery<?, ?>> parts = new ArrayList<>();
    if (query instanceof TaskQueryImpl task) {
      parts.addAll(task.getQueries());
      if (!parts.contains(task)) {
        parts.add(task);
      }
    } else if (query instanceof AbstractQuery<?, ?> other) {
      parts.add(other);
    }
    return parts;
  }
}
