package com.daocloud.support.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One node of the application as a separate JVM, started from the jar that {@code mvn package}
 * built, as operators run it. Killed with SIGKILL when a test asks for it.
 */
public final class NodeProcess implements AutoCloseable {

  private final String name;
  private final int port;
  private final Process process;

  private NodeProcess(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  public static NodeProcess start(String name, Map<String, String> environment,
      String... arguments) {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", applicationJar().toString(),
        "--server.port=" + port,
        "--camunda.bpm.generic-properties.properties.hostname=" + name));
    command.addAll(List.of(arguments));
    try {
      Path logs = Files.createDirectories(Path.of("target", "cluster"));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(logs.resolve(name + ".log").toFile());
      builder.environment().putAll(environment);
      return new NodeProcess(name, port, builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start node " + name, e);
    }
  }

  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL: no shutdown hook runs, locks stay in the database. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  /** The executable jar of this build (failsafe runs after {@code package}). */
  static Path applicationJar() {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(f -> f.getFileName().toString().matches("dce-support-.*\\.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException(
              "No application jar under target/: run the tests with 'mvn verify'"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name + " (port " + port + ", log target" + File.separator + "cluster" + File.separator
        + name + ".log)";
  }
}
