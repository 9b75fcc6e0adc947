package com.daocloud.support.security;

import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Whether the engine refuses an account's logins right now without checking the password (the short
 * lock after a wrong password, {@link LoginLockSettings}). Such a refusal checks no password, so it does
 * not count against the caller's address: a real user who retries while a stranger's failure holds the
 * lock is not throttled for it. The engine keeps the lock in its user row and reads its own clock.
 */
public class AccountLock {

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl configuration;

  public AccountLock(ProcessEngine engine) {
    this.identityService = engine.getIdentityService();
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  public boolean isLocked(String userId) {
    if (userId == null || userId.isBlank()) {
      return false;
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    // Users of another identity provider (LDAP) have no engine lock.
    if (!(user instanceof UserEntity entity)) {
      return false;
    }
    if (entity.getAttempts() >= configuration.getLoginMaxAttempts()) {
      return true;
    }
    Date until = entity.getLockExpirationTime();
    return until != null && until.after(ClockUtil.getCurrentTime());
  }
}
