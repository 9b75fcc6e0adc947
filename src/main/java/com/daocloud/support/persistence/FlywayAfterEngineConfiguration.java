package com.daocloud.support.persistence;

import java.util.Arrays;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Our Flyway migrations run after the process engine has created or updated its schema. Without this
 * the order was left to bean creation: on a fresh PostgreSQL Flyway ran first, so a migration that
 * indexes an engine table (V6, the job acquisition index) found no table. Beans that use our tables
 * (anything with a {@code JdbcTemplate}) already wait for Flyway, and so now for the engine too; the
 * engine's creation itself must then not need such a bean (it does not: plugins and configuration only).
 */
@Configuration(proxyBeanMethods = false)
public class FlywayAfterEngineConfiguration {

  @Bean
  static BeanFactoryPostProcessor flywayAfterProcessEngine() {
    return beanFactory -> {
      String[] engines = beanFactory.getBeanNamesForType(ProcessEngine.class, true, false);
      for (String flyway : beanFactory.getBeanNamesForType(FlywayMigrationInitializer.class, true,
          false)) {
        BeanDefinition definition = beanFactory.getBeanDefinition(flyway);
        String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
        definition.setDependsOn(Stream.concat(Arrays.stream(dependsOn), Arrays.stream(engines))
            .distinct().toArray(String[]::new));
      }
    };
  }
}
