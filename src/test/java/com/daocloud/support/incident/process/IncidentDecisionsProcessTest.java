package com.daocloud.support.incident.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.daocloud.support.incident.AccessAnswer;
import com.daocloud.support.incident.RemoteAccess;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import com.daocloud.support.incident.process.IncidentProcessFixture.Report;
import com.daocloud.support.incident.process.IncidentProcessFixture.Reported;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every policy table the incident path consults is evaluated by the incident's own process, so each
 * evaluation is a decision instance linked to it (Cockpit, history API), with its inputs and matched rule.
 */
class IncidentDecisionsProcessTest extends IncidentProcessTestCase {

  @Test
  @DisplayName("LVL-1..5, RSP-1, LC-1, SCP-1, CLS-4: level, response terms, support phase, support scope and the "
      + "information wait are decision instances of the incident's process, each evaluated by its task")
  void everyTableIsADecisionOfTheIncident() {
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED).level(3));
    ProcessInstance pi = start(reported);
    complete(task(Elements.TASK_CONTACT_CUSTOMER, pi), withVariables("majorCustomerChange", false));
    complete(task(Elements.TASK_RESOLVE_INCIDENT, pi), withVariables(Vars.OUTCOME, "need-information",
        Vars.INFORMATION_REQUESTED, "Which version?"));

    var decisions = extension.getHistoryService().createHistoricDecisionInstanceQuery()
        .processInstanceId(pi.getId()).includeInputs().includeOutputs().list();

    assertThat(decisions).extracting(HistoricDecisionInstance::getDecisionDefinitionKey,
        HistoricDecisionInstance::getActivityId).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("incident-level", Elements.TASK_DECIDE_LEVEL),
        org.assertj.core.groups.Tuple.tuple("response-sla", Elements.TASK_DECIDE_RESPONSE_TERMS),
        org.assertj.core.groups.Tuple.tuple("support-lifecycle", Elements.TASK_DECIDE_LIFECYCLE),
        org.assertj.core.groups.Tuple.tuple("support-scope", "Task_DecideScope"),
        org.assertj.core.groups.Tuple.tuple("customer-wait-limits", Elements.TASK_DECIDE_WAIT_LIMITS));
    Map<String, HistoricDecisionInstance> byKey = decisions.stream()
        .collect(Collectors.toMap(HistoricDecisionInstance::getDecisionDefinitionKey, d -> d));
    // the phase of the reported cluster's version (DCE 5) on the report's date where the customer is
    assertThat(byKey.get("support-lifecycle").getInputs()).extracting(HistoricDecisionInputInstance::getValue)
        .containsExactlyInAnyOrder("dce", 5, java.time.LocalDate.parse("2026-03-09"));
    assertThat(byKey.get("support-lifecycle").getOutputs()).anySatisfy(o -> assertThat(o.getValue()).isEqualTo("full"));
    // the scope's seven facts as evaluated (an unticked fact is false, not missing)
    assertThat(byKey.get("support-scope").getInputs()).hasSize(7).extracting(HistoricDecisionInputInstance::getValue)
        .containsOnly(false);
    assertThat(byKey.get("support-scope").getOutputs()).anySatisfy(o -> assertThat(o.getValue()).isEqualTo("in-scope"));
    assertThat(byKey.get("customer-wait-limits").getOutputs()).anySatisfy(o -> assertThat(o.getValue()).isEqualTo("P7D"));
    // and the facts live in the decision instance only: no variable history per fact (storage per incident)
    assertThat(extension.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableNameIn(com.daocloud.support.incident.SupportScope.INPUTS.toArray(String[]::new)).count()).isZero();
    // and the wait the engine times is that decision's
    assertThat(runtime.getVariable(pi.getId(), Vars.CUSTOMER_WAIT)).isEqualTo("P7D");
  }

  @Test
  @DisplayName("L12-2: the Level 2 terms of a reclassified Level 1 incident are a response-sla decision instance of "
      + "the incident, for Level 2 and the tier recorded at intake")
  void reclassificationDecidesLevel2Terms() {
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED).level(1));
    ProcessInstance pi = start(reported);

    assertThat(new RemoteAccess(runtime).answer(IncidentProcessFixture.store().require(reported.number()),
        AccessAnswer.REFUSED, "acme-user")).isTrue();

    HistoricDecisionInstance level2 = extension.getHistoryService().createHistoricDecisionInstanceQuery()
        .processInstanceId(pi.getId()).activityIdIn(Elements.TASK_DECIDE_LEVEL2_TERMS).includeInputs()
        .includeOutputs().singleResult();
    assertThat(level2.getDecisionDefinitionKey()).isEqualTo("response-sla");
    assertThat(level2.getInputs()).extracting(HistoricDecisionInputInstance::getValue)
        .containsExactlyInAnyOrder(2, "professional");
    assertThat(level2.getOutputs()).anySatisfy(o -> assertThat(o.getValue()).isEqualTo("PT2H"));
    assertThat(IncidentProcessFixture.store().require(reported.number()).responseTime()).isEqualTo("PT2H");
  }
}
