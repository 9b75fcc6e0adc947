package com.daocloud.support.s360.team;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A customer's dedicated S360 team (SVC-2), table {@code s360_team_member}: the users of
 * {@code customer-success} who get that customer's S360 tasks. Empty when the customer names none.
 */
@Repository
public class DedicatedTeams {

  private final JdbcTemplate jdbc;

  public DedicatedTeams(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<String> members(String customerId) {
    return jdbc.queryForList("SELECT user_id FROM s360_team_member WHERE customer_id = ? ORDER BY user_id",
        String.class, customerId);
  }

  /** Replaces the team; the caller runs this in one transaction. */
  public void replace(String customerId, List<String> members) {
    jdbc.update("DELETE FROM s360_team_member WHERE customer_id = ?", customerId);
    for (String member : members) {
      jdbc.update("INSERT INTO s360_team_member (customer_id, user_id) VALUES (?, ?)", customerId, member);
    }
  }
}
