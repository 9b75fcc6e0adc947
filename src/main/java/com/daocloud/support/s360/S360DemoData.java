package com.daocloud.support.s360;

import com.daocloud.support.customer.DemoCustomers;
import com.daocloud.support.s360.team.DedicatedTeams;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The S360 part of the README's demo ({@code demo} profile only): acme, which buys S360, has the demo user
 * {@code success} as its dedicated team. Runs after the demo customers; leaves a team that was changed alone.
 */
@Component
@Order(150)
@ConditionalOnProperty(name = "dce.demo.enabled", havingValue = "true")
public class S360DemoData implements ApplicationRunner {

  /** The demo user of customer success (README). */
  public static final String ACME_TEAM_MEMBER = "success";

  private final S360Customers s360;
  private final DedicatedTeams teams;

  public S360DemoData(S360Customers s360, DedicatedTeams teams) {
    this.s360 = s360;
    this.teams = teams;
  }

  @Override
  public void run(ApplicationArguments args) {
    s360.find(DemoCustomers.ACME).filter(S360Customers::hasS360)
        .filter(acme -> teams.members(acme.id()).isEmpty())
        .ifPresent(acme -> teams.replace(acme.id(), List.of(ACME_TEAM_MEMBER)));
  }
}
