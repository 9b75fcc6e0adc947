package com.daocloud.support.api;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means that the database cannot be reached (stopped, restarting, saturated): then
 * {@code /api} and {@code /engine-rest} answer 503 with {@code Retry-After}, never a 500.
 * The engine and Spring wrap the JDBC failure in their own exceptions, so the whole cause chain counts.
 */
final class DatabaseUnavailable {

  /** Seconds after which a client may retry. */
  static final String RETRY_AFTER_SECONDS = "5";

  static final String DETAIL = "The service is temporarily unavailable; retry shortly.";

  /** PostgreSQL's SQLSTATE class 08: connection exception; 57P: operator intervention (shutdown). */
  private static final String[] UNAVAILABLE_SQL_STATES = {"08", "57P"};

  private DatabaseUnavailable() {
  }

  /** Whether the exception or one of its causes says that the database cannot be reached. */
  static boolean isCause(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (saidBy(cause)) {
        return true;
      }
    }
    return false;
  }

  /** Whether this one exception (not its causes) says that the database cannot be reached. */
  static boolean saidBy(Throwable cause) {
    if (cause instanceof SQLTransientConnectionException) {
      return true;
    }
    // A rollback or commit that failed in JDBC itself and that Spring could not translate: the
    // connection died under the transaction (Hikari: "Connection is closed", without an SQLSTATE).
    if (cause instanceof TransactionSystemException && cause.getCause() instanceof SQLException) {
      return true;
    }
    if (cause instanceof SQLException sql && sql.getSQLState() != null) {
      for (String state : UNAVAILABLE_SQL_STATES) {
        if (sql.getSQLState().startsWith(state)) {
          return true;
        }
      }
    }
    return false;
  }
}
