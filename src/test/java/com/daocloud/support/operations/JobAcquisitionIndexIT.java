package com.daocloud.support.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.IntegrationTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * V6 (db/vendor/postgresql): the job executor's acquisition query, as the engine sends it with our
 * settings, can be answered from the partial index {@code dce_idx_job_acquisition} in its order. On the
 * few jobs of a test database the planner prefers a sequential scan, so the test forbids that to see
 * whether the index qualifies at all.
 */
@IntegrationTest
class JobAcquisitionIndexIT {

  /** Camunda's selectNextJobsToExecute with acquire-by-due-date, prefer-timers and due dates not null. */
  static final String ACQUISITION = """
      select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_
      from ACT_RU_JOB RES
      where (RES.RETRIES_ > 0)
        and (RES.DUEDATE_ <= now())
        and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < now())
        and RES.SUSPENSION_STATE_ = 1
      order by RES.TYPE_ desc, RES.DUEDATE_ asc
      LIMIT 16 OFFSET 0""";

  @Autowired DataSource dataSource;

  @Test
  @DisplayName("The job acquisition query is answered from the V6 index, in order, without sorting")
  void acquisitionUsesTheIndex() throws Exception {
    List<String> plan = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET LOCAL enable_seqscan = off");
        try (ResultSet rows = statement.executeQuery("EXPLAIN " + ACQUISITION)) {
          while (rows.next()) {
            plan.add(rows.getString(1));
          }
        }
      } finally {
        connection.rollback();
      }
    }
    System.out.println("Acquisition plan:\n  " + String.join("\n  ", plan));

    assertThat(String.join("\n", plan)).contains("dce_idx_job_acquisition").doesNotContain("Sort");
  }
}
