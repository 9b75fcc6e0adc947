package com.daocloud.support.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Incident code is the business and its glue; the engine's internals stay in the packages that adapt the
 * engine ({@code identity}, {@code security}, {@code deployment}, {@code time}), where their use is
 * explained. Reads the sources rather than the classes because an import of a constant leaves no trace
 * in the byte code.
 */
@DisplayName("Incident package rules")
class IncidentPackageRulesTest {

  private static final Path INCIDENT = Path.of("src", "main", "java", "com", "daocloud", "support", "incident");

  /** Any Camunda {@code impl} package: the process engine's, and the DMN engine's and variables' alike. */
  private static final Pattern ENGINE_INTERNALS = Pattern.compile("\\borg\\.camunda\\.bpm(\\.\\w+)*\\.impl\\b");

  @Test
  @DisplayName("No source under incident/ uses Camunda's impl packages, neither by import nor by full name")
  void noEngineInternals() throws IOException {
    // Given every main source file under incident/
    List<Path> sources;
    try (Stream<Path> files = Files.walk(INCIDENT)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
    assertThat(sources).as("the incident sources, read from " + INCIDENT.toAbsolutePath())
        .contains(INCIDENT.resolve("IncidentIntake.java"));

    // When each code line is searched for an impl package
    List<String> offences = new ArrayList<>();
    for (Path source : sources) {
      List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        boolean comment = line.startsWith("//") || line.startsWith("*") || line.startsWith("/*");
        if (!comment && ENGINE_INTERNALS.matcher(line).find()) {
          offences.add(INCIDENT.relativize(source) + ":" + (i + 1) + ": " + line);
        }
      }
    }

    // Then there are none
    assertThat(offences).as("engine internals used under incident/ (move the code to the package that adapts"
        + " the engine, or use the public API)").isEmpty();
  }
}
