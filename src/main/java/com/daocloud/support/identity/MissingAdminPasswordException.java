package com.daocloud.support.identity;

/** Profile {@code prod} refuses to start without {@code ADMIN_PASSWORD} (README, Configuration). */
public class MissingAdminPasswordException extends IllegalStateException {

  public MissingAdminPasswordException() {
    super("ADMIN_PASSWORD is not set: profile 'prod' refuses to start without an administrator "
        + "password. Set the environment variable ADMIN_PASSWORD and start again.");
  }
}
