package com.daocloud.support.security;

import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;

/**
 * The engine's own lock of an account after a wrong password, made short and never permanent.
 *
 * <p>Camunda locks an account for 3 s after a wrong password, doubling up to 60 s, and for good after
 * 10 failures until an administrator unlocks it. Account ids are public or predictable, so that let
 * anyone shut out any user, a customer's integration or the administrator. Here the lock starts at 1 s
 * and doubles up to {@code maxDelay} (5 s unless configured), and no number of failures locks for good.
 *
 * <p>The trade-off: the account lock is what slows a guesser who spreads over many addresses (each
 * address is throttled by {@link LoginThrottle}); with a short cap such a guesser gets one real guess per
 * {@code maxDelay} per account instead of none after ten, so passwords must resist that rate. In exchange
 * a stranger's wrong password keeps the real user out for at most {@code maxDelay} after it, and one
 * address can do that at most {@code maxFailures} times per window before it is refused. Integrations
 * use API tokens, which no password lock touches.
 */
public class LoginLockSettings implements ProcessEnginePlugin {

  static final int DELAY_BASE_SECONDS = 1;
  static final int DELAY_FACTOR = 2;

  private final int maxDelaySeconds;

  public LoginLockSettings(Duration maxDelay) {
    if (maxDelay.toSeconds() < 1) {
      throw new IllegalArgumentException("The account lock's maximum delay must be at least a second");
    }
    this.maxDelaySeconds = (int) Math.min(maxDelay.toSeconds(), Integer.MAX_VALUE);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // The engine counts failures as an int and locks for good at this count: never reached.
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    configuration.setLoginDelayBase(DELAY_BASE_SECONDS);
    configuration.setLoginDelayFactor(DELAY_FACTOR);
    configuration.setLoginDelayMaxTime(maxDelaySeconds);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
  }
}
