package com.daocloud.support.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs on the build machines: this checks what can be checked of docker/ without one
 * (docs/operations.md): two nodes on one PostgreSQL, profiles, secrets from the environment, health checks.
 */
class ComposeFileTest {

  static final Path DOCKER = Path.of("docker");

  @Test
  @DisplayName("compose.yaml: PostgreSQL with a volume and a health check, two nodes that wait for it")
  @SuppressWarnings("unchecked")
  void composeRunsTwoNodesOnOnePostgres() throws IOException {
    Map<String, Object> compose;
    try (Reader reader = Files.newBufferedReader(DOCKER.resolve("compose.yaml"))) {
      compose = new Yaml().load(reader);
    }
    Map<String, Object> services = (Map<String, Object>) compose.get("services");
    assertThat(services).containsOnlyKeys("postgres", "node-a", "node-b");

    Map<String, Object> postgres = (Map<String, Object>) services.get("postgres");
    assertThat(postgres.get("image")).isEqualTo("postgres:16");
    assertThat((List<String>) postgres.get("volumes")).anyMatch(v -> v.endsWith(":/var/lib/postgresql/data"));
    assertThat(postgres).containsKey("healthcheck");
    assertThat((Map<String, Object>) compose.get("volumes")).containsKey("postgres-data");

    for (String nodeName : List.of("node-a", "node-b")) {
      Map<String, Object> node = (Map<String, Object>) services.get(nodeName);
      Map<String, Object> environment = (Map<String, Object>) node.get("environment");
      assertThat(environment.get("SPRING_PROFILES_ACTIVE")).as(nodeName).isEqualTo("postgres,prod");
      assertThat(environment).as(nodeName).containsKeys("DB_URL", "DB_USER", "DB_PASSWORD");
      assertThat(environment.get("ADMIN_PASSWORD")).as(nodeName)
          .isEqualTo("${ADMIN_PASSWORD:?set ADMIN_PASSWORD}");
      assertThat(environment.get("DB_PASSWORD").toString()).as(nodeName).startsWith("${DB_PASSWORD:?");
      Map<String, Object> dependsOn = (Map<String, Object>) node.get("depends_on");
      assertThat((Map<String, Object>) dependsOn.get("postgres"))
          .containsEntry("condition", "service_healthy");
      Map<String, Object> healthcheck = (Map<String, Object>) node.get("healthcheck");
      assertThat(healthcheck.get("test").toString()).contains("/actuator/health");
    }
    assertThat((List<String>) ((Map<String, Object>) services.get("node-a")).get("ports"))
        .containsExactly("8081:8080");
    assertThat((List<String>) ((Map<String, Object>) services.get("node-b")).get("ports"))
        .containsExactly("8082:8080");
  }

  @Test
  @DisplayName("Dockerfile: Maven build stage, JRE 17 run stage as a non-root user, health check, port 8080")
  void dockerfileBuildsAndRunsSafely() throws IOException {
    String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));

    assertThat(dockerfile).contains("FROM maven:3.9-eclipse-temurin-17 AS build",
        "mvn -B -DskipTests package", "FROM eclipse-temurin:17-jre", "EXPOSE 8080");
    assertThat(dockerfile).containsPattern("(?m)^USER dce$");
    assertThat(dockerfile).containsPattern("(?m)^HEALTHCHECK .*\\n?.*/actuator/health");
    // the run stage never runs as root after USER
    String runStage = dockerfile.substring(dockerfile.indexOf("FROM eclipse-temurin:17-jre"));
    assertThat(runStage.substring(runStage.indexOf("USER dce"))).doesNotContain("USER root");
  }

  @Test
  @DisplayName("deploy-decisions.sh is executable bash that posts to /engine-rest/deployment/create")
  void deployScript() throws IOException {
    Path script = DOCKER.resolve("deploy-decisions.sh");
    String text = Files.readString(script);

    assertThat(Files.isExecutable(script)).isTrue();
    assertThat(text).startsWith("#!/usr/bin/env bash").contains("set -euo pipefail",
        "/engine-rest/deployment/create", "deploy-changed-only=true", "deployment-name=");
  }
}
