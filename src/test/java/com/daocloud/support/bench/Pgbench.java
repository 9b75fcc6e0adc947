package com.daocloud.support.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * PostgreSQL's own commit rate on the same server, in a database of its own: {@code pgbench}'s built-in
 * simple-update script ({@code -N}: one account update, one history insert per transaction, committed) if
 * a pgbench binary is found, else the same transaction from JDBC with the same number of clients.
 */
final class Pgbench {

  record Result(String method, double tps) {
  }

  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
  private static final int ACCOUNTS = 100_000;

  private Pgbench() {
  }

  static Result run(BenchPostgres postgres, int clients, int seconds) throws Exception {
    postgres.newDatabase("bench_pgbench");
    Path binary = binary();
    if (binary != null) {
      try {
        return new Result("pgbench", pgbench(binary, postgres.port(), clients, seconds));
      } catch (IOException | IllegalStateException e) {
        SupportBenchmark.log("pgbench at %s failed (%s): JDBC instead", binary, e.getMessage());
        postgres.newDatabase("bench_pgbench");
      }
    }
    return new Result("jdbc", jdbc(postgres.database("bench_pgbench"), clients, seconds));
  }

  private static Path binary() {
    String configured = System.getProperty("bench.pgbench");
    List<Path> candidates = new ArrayList<>();
    if (configured != null) {
      candidates.add(Path.of(configured));
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isBlank()) {
        candidates.add(Path.of(dir, "pgbench"));
      }
    }
    candidates.add(Path.of("/usr/bin/pgbench"));
    return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
  }

  private static double pgbench(Path binary, int port, int clients, int seconds) throws Exception {
    List<String> connection = List.of("-h", "localhost", "-p", String.valueOf(port), "-U", "postgres");
    List<String> init = new ArrayList<>(List.of(binary.toString(), "-i", "-q", "-s", "1"));
    init.addAll(connection);
    init.add("bench_pgbench");
    exec(init, 120);
    List<String> bench = new ArrayList<>(List.of(binary.toString(), "-N", "-c", String.valueOf(clients),
        "-j", String.valueOf(Math.min(clients, Runtime.getRuntime().availableProcessors())),
        "-T", String.valueOf(seconds)));
    bench.addAll(connection);
    bench.add("bench_pgbench");
    String output = exec(bench, seconds + 120);
    Matcher tps = TPS.matcher(output);
    if (!tps.find()) {
      throw new IllegalStateException("no tps in pgbench's output: " + output);
    }
    return Double.parseDouble(tps.group(1));
  }

  private static String exec(List<String> command, int timeoutSeconds) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + ": " + new String(out, StandardCharsets.UTF_8));
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  /** pgbench's simple-update transaction from JDBC: update an account, insert its history, commit. */
  private static double jdbc(DataSource dataSource, int clients, int seconds) throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE accounts (aid integer PRIMARY KEY, abalance integer NOT NULL)");
      statement.execute("CREATE TABLE history (aid integer, delta integer, mtime timestamp)");
      statement.execute("INSERT INTO accounts SELECT g, 0 FROM generate_series(1, " + ACCOUNTS + ") g");
      statement.execute("VACUUM ANALYZE accounts");
    }
    AtomicLong commits = new AtomicLong();
    long start = System.nanoTime();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Thread thread = new Thread(() -> {
        SplittableRandom random = new SplittableRandom();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                 "UPDATE accounts SET abalance = abalance + ? WHERE aid = ?");
             PreparedStatement insert = connection.prepareStatement(
                 "INSERT INTO history (aid, delta, mtime) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
          connection.setAutoCommit(false);
          while (System.nanoTime() < end) {
            int aid = random.nextInt(1, ACCOUNTS + 1);
            int delta = random.nextInt(-5000, 5001);
            update.setInt(1, delta);
            update.setInt(2, aid);
            update.executeUpdate();
            insert.setInt(1, aid);
            insert.setInt(2, delta);
            insert.executeUpdate();
            connection.commit();
            commits.incrementAndGet();
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return commits.get() / ((System.nanoTime() - start) / 1e9);
  }
}
