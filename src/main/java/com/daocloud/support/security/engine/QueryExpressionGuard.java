package com.daocloud.support.security.engine;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Refuses, before the engine runs them, the commands that would evaluate an expression a caller sent
 * ({@link QueryExpressions}), whichever API the caller used ({@code /engine-rest}, the webapps' engine
 * API, Java):
 * <ul>
 *   <li>a query run as a command (task lists and counts): no expression, in its {@code or()} branches
 *       neither. The engine's {@code enableExpressionsInAdhocQueries=false} checks only the top of a
 *       query: the branches are built without its validator, and run their expressions unchecked;</li>
 *   <li>a filter's list, count or single result: the query that extends the stored one is ad hoc;</li>
 *   <li>saving a filter: only the identity forms in its stored query.</li>
 * </ul>
 * The stored query of a filter is evaluated inside the filter's command, where
 * {@link SandboxedExpressionManager} admits only the identity forms.
 */
public class QueryExpressionGuard extends CommandInterceptor {

  private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");
  private static final Field SAVED_FILTER = field(SaveFilterCmd.class, "filter");

  @Override
  public <T> T execute(Command<T> command) {
    check(command);
    return next.execute(command);
  }

  static void check(Command<?> command) {
    if (command instanceof AbstractQuery<?, ?> query) {
      QueryExpressions.refuseAny(query);
    } else if (command instanceof AbstractExecuteFilterCmd) {
      Object extending = read(EXTENDING_QUERY, command);
      if (extending != null) {
        QueryExpressions.refuseAny(extending);
      }
    } else if (command instanceof SaveFilterCmd) {
      Filter filter = (Filter) read(SAVED_FILTER, command);
      if (filter != null && filter.getQuery() != null) {
        QueryExpressions.refuseAllButIdentity(filter.getQuery());
      }
    }
  }

  /** The engine keeps these fields protected; found at start-up, so that an engine upgrade fails fast. */
  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("The engine changed: " + type.getSimpleName() + "." + name, e);
    }
  }

  private static Object read(Field field, Object command) {
    try {
      return field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
