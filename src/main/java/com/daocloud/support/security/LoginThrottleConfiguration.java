package com.daocloud.support.security;

import java.time.Clock;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Throttling of failed passwords (docs/security.md): per source address ({@link LoginThrottle}) and a
 * short, never permanent lock of the account by the engine ({@link LoginLockSettings}). Settings:
 * {@code dce.security.login-throttle.*}.
 */
@Configuration
public class LoginThrottleConfiguration {

  @Bean
  LoginLockSettings loginLockSettings(
      @Value("${dce.security.login-throttle.account-max-delay}") Duration accountMaxDelay) {
    return new LoginLockSettings(accountMaxDelay);
  }

  @Bean
  LoginThrottle loginThrottle(@Value("${dce.security.login-throttle.max-failures}") int maxFailures,
      @Value("${dce.security.login-throttle.window}") Duration window,
      @Value("${dce.security.login-throttle.max-addresses}") int maxAddresses) {
    return new LoginThrottle(Clock.systemUTC(), maxFailures, window, maxAddresses);
  }

  @Bean
  AccountLock accountLock(ProcessEngine engine) {
    return new AccountLock(engine);
  }

  /** Before Spring Security, so that a refused address gets its 429 before any password is checked. */
  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle,
      AccountLock locks) {
    FilterRegistrationBean<LoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, locks));
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
    registration.addUrlPatterns("/*");
    return registration;
  }
}
