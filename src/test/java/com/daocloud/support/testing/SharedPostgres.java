package com.daocloud.support.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One embedded PostgreSQL server per test JVM (io.zonky: real PostgreSQL binaries, no Docker), shared by
 * every integration test; tests that need a database of their own create one on it.
 */
public final class SharedPostgres {

  private static EmbeddedPostgres server;
  private static final List<ConfigurableApplicationContext> CONTEXTS = new CopyOnWriteArrayList<>();

  private SharedPostgres() {
  }

  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder()
            .setServerConfig("max_connections", "300")
            .setServerConfig("fsync", "on")
            // Our hook below closes it, after the applications that use it.
            .setRegisterShutdownHook(false)
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        // Applications first: an engine whose database vanished under it hangs on shutdown.
        // Spring's own shutdown hook may be closing them at the same time: wait until it is done.
        CONTEXTS.forEach(ConfigurableApplicationContext::close);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (CONTEXTS.stream().anyMatch(ConfigurableApplicationContext::isActive)
            && System.nanoTime() < deadline) {
          java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
        }
        try {
          server.close();
        } catch (IOException ignored) {
          // the JVM is going away
        }
      }));
    }
    return server;
  }

  /** Closes the context before the server when the JVM ends. */
  public static void closeBeforeServer(ConfigurableApplicationContext context) {
    CONTEXTS.add(context);
  }

  /** A JDBC URL of a fresh database with the given name on the shared server. */
  public static String newDatabase(String name) {
    try (Connection connection = server().getPostgresDatabase().getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + name, e);
    }
    return server().getJdbcUrl("postgres", name);
  }
}
