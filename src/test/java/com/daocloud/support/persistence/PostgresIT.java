package com.daocloud.support.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Profile postgres on a real PostgreSQL: engine schema, our migrations, models, decisions. */
@IntegrationTest
class PostgresIT {

  @Autowired
  DataSource dataSource;

  @Autowired
  DecisionService decisionService;

  @Test
  @DisplayName("The application runs on PostgreSQL with every Flyway migration applied")
  void runsOnPostgresWithMigrations() throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    assertThat(jdbc.queryForObject("select max(version_) from act_ge_schema_log", String.class))
        .startsWith("7.24");

    List<Map<String, Object>> migrations = jdbc.queryForList(
        "select version, success from dce_schema_history where version is not null");
    assertThat(migrations).isNotEmpty().allMatch(m -> Boolean.TRUE.equals(m.get("success")));
  }

  @Test
  @DisplayName("LVL-1: a deployed decision evaluates on PostgreSQL")
  void decisionEvaluates() {
    var result = decisionService.evaluateDecisionTableByKey("incident-level", Variables.createVariables()
        .putValue("requestType", "fault").putValue("productionImpact", "outage")
        .putValue("dataLoss", false).putValue("workaroundAvailable", false));

    assertThat(result.getSingleResult().<Integer>getEntry("level")).isEqualTo(1);
  }
}
