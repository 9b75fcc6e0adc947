package com.daocloud.support.s360.inspection.process;

import com.daocloud.support.s360.inspection.Inspection;
import com.daocloud.support.s360.inspection.InspectionStore;
import com.daocloud.support.s360.inspection.process.HealthInspectionProcess.Vars;
import com.daocloud.support.time.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The team's report becomes the customer's (GET /api/inspections/{id}, also as PDF), SVC-2. */
@Component("publishInspectionReportDelegate")
public class PublishInspectionReportDelegate implements JavaDelegate {

  private final InspectionStore store;

  public PublishInspectionReportDelegate(InspectionStore store) {
    this.store = store;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Inspection.Report report = new Inspection.Report(text(execution, Vars.OVERALL_INFORMATION),
        text(execution, Vars.MANAGEMENT_NODES), text(execution, Vars.COMPUTE_NODES),
        text(execution, Vars.APPLICATION_STATUS), text(execution, Vars.FUNCTIONAL_REQUIREMENTS),
        text(execution, Vars.OVERALL_EVALUATION), text(execution, Vars.FINDINGS));
    store.complete(((Number) execution.getVariable(Vars.INSPECTION_ID)).longValue(), report, EngineClock.now(), null);
  }

  private static String text(DelegateExecution execution, String name) {
    return (String) execution.getVariable(name);
  }
}
