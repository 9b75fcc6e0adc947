package com.daocloud.support.identity;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Runs the identity set-up once every bean is ready and before the server takes requests: groups and
 * authorizations always; the administrator when {@code ADMIN_PASSWORD} is given (required in
 * {@code prod}); demo users in the {@code demo} profile only.
 */
@Configuration
public class IdentityConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityConfiguration.class);

  public static final String ADMIN_USER_ID = "admin";

  @Bean
  IdentitySetup identitySetup(IdentityService identityService,
      AuthorizationService authorizationService, FilterService filterService,
      TaskService taskService) {
    return new IdentitySetup(identityService, authorizationService, filterService, taskService);
  }

  @Bean
  SmartInitializingSingleton identityAtStartup(IdentitySetup setup, Environment environment,
      @Value("${dce.admin.password:}") String adminPassword,
      @Value("${dce.demo.enabled:false}") boolean demoEnabled) {
    return () -> {
      boolean prod = Arrays.asList(environment.getActiveProfiles()).contains("prod");
      if (prod && adminPassword.isBlank()) {
        throw new MissingAdminPasswordException();
      }
      if (prod && demoEnabled) {
        throw new IllegalStateException(
            "Profile 'prod' cannot run with demo data: do not activate the 'demo' profile.");
      }
      // Nodes of a cluster start at once and race to create the same rows: the loser's insert
      // fails on a unique key, and a second pass finds everything in place.
      try {
        ensureIdentities(setup, adminPassword, demoEnabled);
      } catch (RuntimeException raced) {
        LOG.info("Identity set-up raced with another node ({}); checking again", raced.getMessage());
        ensureIdentities(setup, adminPassword, demoEnabled);
      }
    };
  }

  private static void ensureIdentities(IdentitySetup setup, String adminPassword,
      boolean demoEnabled) {
    setup.run();
    if (!adminPassword.isBlank()) {
      setup.ensureUser(ADMIN_USER_ID, "Support", "Administrator", null, adminPassword,
          Groups.ADMIN);
      setup.ensurePassword(ADMIN_USER_ID, adminPassword);
    }
    if (demoEnabled) {
      DemoUsers.create(setup);
    }
  }
}
