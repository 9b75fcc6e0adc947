package com.daocloud.support.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points profile {@code postgres} at a database of the shared embedded server. */
public class PostgresInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
        "DB_URL=" + SharedPostgres.newDatabase("dce_it"),
        "DB_USER=postgres",
        "DB_PASSWORD=postgres").applyTo(context.getEnvironment());
    SharedPostgres.closeBeforeServer(context);
  }
}
