package com.daocloud.support.s360.inspection.process;

import com.daocloud.support.identity.Groups;
import com.daocloud.support.s360.inspection.FindingChanges;
import com.daocloud.support.s360.inspection.FindingIncidents;
import com.daocloud.support.s360.inspection.Inspection;
import com.daocloud.support.s360.inspection.InspectionStore;
import com.daocloud.support.s360.inspection.process.HealthInspectionProcess.Vars;
import com.daocloud.support.time.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * The team's report becomes the customer's (GET /api/inspections/{id}, also as PDF), SVC-2; a finding the
 * inspector marked as needing an incident is reported through intake, linked to the inspection.
 */
@Component("publishInspectionReportDelegate")
public class PublishInspectionReportDelegate implements JavaDelegate {

  private final InspectionStore store;
  private final FindingIncidents findingIncidents;
  private final FindingChanges findingChanges;

  public PublishInspectionReportDelegate(InspectionStore store, FindingIncidents findingIncidents,
      FindingChanges findingChanges) {
    this.store = store;
    this.findingIncidents = findingIncidents;
    this.findingChanges = findingChanges;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Inspection.Report report = new Inspection.Report(text(execution, Vars.OVERALL_INFORMATION),
        text(execution, Vars.MANAGEMENT_NODES), text(execution, Vars.COMPUTE_NODES),
        text(execution, Vars.APPLICATION_STATUS), text(execution, Vars.FUNCTIONAL_REQUIREMENTS),
        text(execution, Vars.OVERALL_EVALUATION), text(execution, Vars.FINDINGS));
    long id = ((Number) execution.getVariable(Vars.INSPECTION_ID)).longValue();
    store.complete(id, report, EngineClock.now(), null);
    if (Boolean.TRUE.equals(execution.getVariable(Vars.OPEN_INCIDENT))) {
      findingIncidents.report(store.find(id).orElseThrow(), text(execution, Vars.INCIDENT_TITLE),
          text(execution, Vars.INCIDENT_IMPACT), report.findings(), inspector(execution));
    }
    if (Boolean.TRUE.equals(execution.getVariable(Vars.OPEN_CHANGE))) {
      findingChanges.open(store.find(id).orElseThrow(), text(execution, Vars.CHANGE_DESCRIPTION), report.findings(),
          inspector(execution));
    }
  }

  /** Who wrote the report: the inspection task's assignee (Tasklist completes only claimed tasks). */
  private static String inspector(DelegateExecution execution) {
    return execution.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(HealthInspectionProcess.Elements.TASK_INSPECT).finished()
        .orderByHistoricTaskInstanceEndTime().desc().list().stream()
        .map(HistoricTaskInstance::getAssignee).filter(Objects::nonNull).findFirst()
        .orElse(Groups.CUSTOMER_SUCCESS);
  }

  private static String text(DelegateExecution execution, String name) {
    return (String) execution.getVariable(name);
  }
}
