package com.daocloud.support.incident.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.daocloud.support.entitlement.EntitlementReasons;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentIntake;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import com.daocloud.support.incident.process.IncidentProcessFixture.Report;
import com.daocloud.support.incident.process.IncidentProcessFixture.Reported;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Intake of the Level 1 incident that a change's unplanned downtime opens, from the start event. */
class ChangeDowntimeIntakeProcessTest extends IncidentProcessTestCase {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"not-entitled", "best-effort"})
  @DisplayName("CHG-2: a change's downtime is a Level 1 incident whatever the entitlement says: recorded as entitled for the change's downtime, marked on the row, and worked, not closed")
  void downtimeIsNeverRefusedByEntitlement(String entitlement) {
    // Given a customer whose entitlement would refuse an ordinary report, and the downtime of its change
    Reported reported = downtime(new Report(REPORTED).level(1).entitlement(entitlement));

    // When intake starts the incident
    ProcessInstance pi = start(reported);

    // Then it is recorded as entitled because it is a change's downtime, with its SLA clock, and waits for contact
    Incident incident = incident(reported);
    assertThat(incident.level()).isEqualTo(1);
    assertThat(incident.entitlementStatus()).isEqualTo("entitled");
    assertThat(incident.entitlementReason()).isEqualTo(EntitlementReasons.CHANGE_DOWNTIME);
    assertThat(incident.entitlementExplanation()).contains("CHG-2", "Test entitlement");
    assertThat(incident.responseDueAt()).isNotNull();
    assertThat(incident.changeDowntime()).isTrue();
    assertThat(pi).isWaitingAt(Elements.TASK_CONTACT_CUSTOMER).hasNotPassed(Elements.TASK_INFORM_NOT_ENTITLED);
  }

  @Test
  @DisplayName("CHG-2, L12-2: a change's downtime is never downgraded: access refused on the call, it stays Level 1 with its deadline and its Level 1 duties")
  void downtimeIsNeverDowngraded() {
    // Given the Level 1 incident of a change's downtime, its customer called for access
    Reported reported = downtime(new Report(REPORTED).level(1));
    ProcessInstance pi = start(reported);
    String due = incident(reported).responseDue();

    // When the customer refuses access on the call
    complete(task(Elements.TASK_ASK_FOR_ACCESS, pi), withVariables(Vars.ACCESS_ANSWER, "refused"));

    // Then it stays Level 1, due as before; nothing is reclassified
    assertThat(incident(reported).level()).isEqualTo(1);
    assertThat(incident(reported).responseDue()).isEqualTo(due);
    assertThat(pi).hasNotPassed(Elements.TASK_RECLASSIFY).isWaitingAt(Elements.TASK_CONTACT_CUSTOMER);
  }

  @Test
  @DisplayName("CHG-2: a customer's own report is not a change's downtime: its row says so and its entitlement stands")
  void ordinaryReportIsNotMarked() {
    Reported reported = IncidentProcessFixture.intake(new Report(REPORTED).level(1).entitlement("not-entitled"));

    ProcessInstance pi = start(reported);

    assertThat(incident(reported).changeDowntime()).isFalse();
    assertThat(incident(reported).entitlementStatus()).isEqualTo("not-entitled");
    assertThat(pi).isWaitingAt(Elements.TASK_INFORM_NOT_ENTITLED);
  }

  /** The report as intake hands it to the process, marked as the downtime of a change. */
  private static Reported downtime(Report report) {
    Reported reported = IncidentProcessFixture.intake(report);
    VariableMap variables = (VariableMap) reported.variables();
    IncidentIntake.Received received = (IncidentIntake.Received) variables.get(Vars.RECEIVED);
    IncidentIntake.Report r = received.report();
    IncidentIntake.Report marked = new IncidentIntake.Report(r.customer(), r.cluster(), r.title(), r.description(),
        r.requestType(), r.productionImpact(), r.dataLoss(), r.workaroundAvailable(), r.contact(), r.reportedBy(),
        r.idempotencyKey(), true);
    variables.putValueTyped(Vars.RECEIVED,
        Variables.objectValue(new IncidentIntake.Received(marked, received.reportedAt()), true).create());
    return reported;
  }
}
