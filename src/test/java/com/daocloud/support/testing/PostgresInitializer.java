package com.daocloud.support.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points profile {@code postgres} at a database of the shared embedded server, and trusts forwarded
 * headers from IPv4 loopback only.
 */
public class PostgresInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
        "DB_URL=" + SharedPostgres.newDatabase("dce_it"),
        "DB_USER=postgres",
        "DB_PASSWORD=postgres",
        // The tests play the TLS-terminating proxy from IPv4 loopback (HSTS); any other address of this
        // machine is an untrusted client.
        "dce.security.trusted-proxies=127\\.0\\.0\\.1").applyTo(context.getEnvironment());
    SharedPostgres.closeBeforeServer(context);
  }
}
