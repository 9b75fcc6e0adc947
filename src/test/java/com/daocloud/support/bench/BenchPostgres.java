package com.daocloud.support.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's own embedded PostgreSQL (io.zonky). Unlike the tests' server it commits durably:
 * zonky's default is {@code synchronous_commit=off}, which the benchmark rules out (a commit must be on disk
 * before the client hears of it), so both {@code fsync} and {@code synchronous_commit} are on here.
 */
final class BenchPostgres implements AutoCloseable {

  private final EmbeddedPostgres server;

  private BenchPostgres(EmbeddedPostgres server) {
    this.server = server;
  }

  static BenchPostgres start() throws IOException {
    return new BenchPostgres(EmbeddedPostgres.builder()
        .setServerConfig("max_connections", "300")
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .start());
  }

  EmbeddedPostgres server() {
    return server;
  }

  int port() {
    return server.getPort();
  }

  String setting(String name) throws SQLException {
    try (Connection connection = server.getPostgresDatabase().getConnection();
         Statement statement = connection.createStatement();
         var rows = statement.executeQuery("SHOW " + name)) {
      rows.next();
      return rows.getString(1);
    }
  }

  /** A fresh database; answers its JDBC URL. */
  String newDatabase(String name) throws SQLException {
    try (Connection connection = server.getPostgresDatabase().getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + name);
    }
    return server.getJdbcUrl("postgres", name);
  }

  javax.sql.DataSource database(String name) {
    return server.getDatabase("postgres", name);
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
