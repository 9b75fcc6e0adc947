package com.daocloud.support.incident.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.daocloud.support.incident.CustomerLoop;
import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.process.IncidentProcess.Messages;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import com.daocloud.support.incident.process.IncidentProcessFixture.Report;
import com.daocloud.support.incident.process.IncidentProcessFixture.Reported;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The incident's row is the one home of its business data: the process carries only what it routes on,
 * what its timers need and the three facts Tasklist's cards show. Counted at every wait state of a full
 * Level 1 lifecycle, with every task completed as its form (or an integration) would.
 */
class IncidentVariableBudgetTest extends IncidentProcessTestCase {

  private static final int BUDGET = 10;

  /** Columns of the incident row that the process may copy: the card's three (Tasklist shows them). */
  private static final Set<String> CARD = Set.of(Vars.INCIDENT_NUMBER, Vars.CUSTOMER_NAME, Vars.TITLE);

  /** Every other column of the row, under the names the first version of the process gave its copies. */
  private static final Set<String> ROW_COLUMNS = Set.of(Vars.CUSTOMER_ID, Vars.CLUSTER, Vars.DESCRIPTION,
      Vars.REQUEST_TYPE, Vars.PRODUCTION_IMPACT, Vars.LEVEL_REASON, Vars.SERVICE_TIER, Vars.ENTITLEMENT_STATUS,
      Vars.ENTITLEMENT_REASON, Vars.ENTITLEMENT_EXPLANATION, Vars.REPORTED_AT, Vars.RESPONSE_TIME, Vars.COVERAGE,
      Vars.CHANNELS, Vars.RESPONSE_DUE, Vars.SLA_EXPLANATION, Vars.CONTACT_NAME, Vars.CONTACT_PHONE,
      Vars.CONTACT_EMAIL, Vars.RESPONSE_BREACHED, "firstContactAt", Vars.ON_SITE_RESPONSE_TIME,
      Vars.RESOLUTION_TYPE, Vars.SOLUTION_SUMMARY, Vars.INFORMATION_REQUESTED, Vars.INFORMATION_PROVIDED,
      Vars.CLOSURE_COMMENT, Vars.STATUS_UPDATE, Vars.SCOPE_REASON, Vars.THIRD_PARTY_SUPPLIER, Vars.VIRUS_DAMAGE);

  @Test
  @DisplayName("At every wait state of a Level 1 incident, from report to accepted solution, the process carries at "
      + "most 10 variables and no copy of the incident row besides the card's number, customer and title")
  void levelOneLifecycleStaysWithinTheBudget() {
    // Reported: Level 1 duties, the contact task and its timers wait
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED));
    ProcessInstance pi = start(reported);
    withinBudget(pi, "reported");

    complete(task(Elements.TASK_ACKNOWLEDGE_LEVEL1, pi));
    complete(task(Elements.TASK_NOTE_LEVEL1, pi));
    complete(task(Elements.TASK_ASK_FOR_ACCESS, pi), withVariables(Vars.ACCESS_ANSWER, "granted",
        Vars.ACCESS_ANSWERED_BY, "Li Lei"));
    withinBudget(pi, "access granted on the call, notices done");

    // The first hourly status update
    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofHours(1))));
    execute(jobQuery().processInstanceId(pi.getId()).activityId(Elements.TIMER_STATUS_UPDATE).singleResult());
    withinBudget(pi, "status update due");
    complete(task(Elements.TASK_POST_STATUS_UPDATE, pi), withVariables(Vars.STATUS_UPDATE, "Still analysing"));
    withinBudget(pi, "status update posted");

    // First contact with every scope fact the form offers, on-site staff asked for
    complete(task(Elements.TASK_CONTACT_CUSTOMER, pi), withVariables(Vars.DISPATCH_ON_SITE, true,
        "thirdPartyCause", false, "securityRisk", false, Vars.VIRUS_DAMAGE, false,
        Vars.THIRD_PARTY_HARMS_PRODUCT, false, Vars.THIRD_PARTY_SUPPLIER, ""));
    withinBudget(pi, "contacted, on-site dispatched");
    complete(task(Elements.TASK_CONFIRM_ON_SITE_ARRIVAL, pi));

    // The engineer asks, the customer answers, the engineer proposes, the customer accepts
    complete(task(Elements.TASK_RESOLVE_INCIDENT, pi), withVariables(Vars.OUTCOME, "need-information",
        Vars.INFORMATION_REQUESTED, "Which version?"));
    withinBudget(pi, "information requested");
    new CustomerLoop(runtime).provideInformation(incident(reported), "DCE 5.0.7");
    withinBudget(pi, "information provided");
    complete(task(Elements.TASK_RESOLVE_INCIDENT, pi), withVariables(Vars.OUTCOME, "solution",
        Vars.RESOLUTION_TYPE, "countermeasure", Vars.SOLUTION_SUMMARY, "Restart the API server"));
    withinBudget(pi, "solution proposed");
    new CustomerLoop(runtime).respondToSolution(incident(reported), true, "Works");

    assertThat(pi).isEnded();
    assertThat(incident(reported).closureCode()).isEqualTo(IncidentStatus.CLOSED_RESOLVED);
  }

  private void withinBudget(ProcessInstance pi, String waitState) {
    List<VariableInstance> variables = runtime.createVariableInstanceQuery().processInstanceIdIn(pi.getId()).list();
    Set<String> names = new TreeSet<>();
    variables.forEach(v -> names.add(v.getName()));
    System.out.println("BUDGET " + waitState + ": " + names.size() + " " + names);
    assertThat(variables).as(waitState + ": " + names).hasSizeLessThanOrEqualTo(BUDGET);
    assertThat(names).as(waitState).containsAll(CARD).doesNotContainAnyElementsOf(ROW_COLUMNS);
  }
}
