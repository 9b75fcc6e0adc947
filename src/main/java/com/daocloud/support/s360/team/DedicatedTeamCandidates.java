package com.daocloud.support.s360.team;

import com.daocloud.support.identity.Groups;
import com.daocloud.support.security.engine.ModelExpressionBean;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who works a customer's S360 tasks (SVC-2): its dedicated team as candidate users when it names one, else the
 * whole {@code customer-success} group. Every S360 user task reads both from here
 * ({@code camunda:candidateUsers="${dedicatedTeam.users(customerId)}"},
 * {@code camunda:candidateGroups="${dedicatedTeam.groups(customerId)}"}), so exactly one of them is non-empty.
 * Reads only, and returns user and group ids only (a {@link ModelExpressionBean}).
 */
@Component("dedicatedTeam")
public class DedicatedTeamCandidates implements ModelExpressionBean {

  private final DedicatedTeams teams;

  public DedicatedTeamCandidates(DedicatedTeams teams) {
    this.teams = teams;
  }

  public List<String> users(String customerId) {
    return teams.members(customerId);
  }

  public List<String> groups(String customerId) {
    return teams.members(customerId).isEmpty() ? List.of(Groups.CUSTOMER_SUCCESS) : List.of();
  }
}
