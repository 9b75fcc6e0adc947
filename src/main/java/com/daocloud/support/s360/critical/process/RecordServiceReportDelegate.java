package com.daocloud.support.s360.critical.process;

import com.daocloud.support.s360.critical.CriticalEventStore;
import com.daocloud.support.s360.critical.process.CriticalEventProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The service report after the window is delivered to the customer (SVC-2). */
@Component("recordServiceReportDelegate")
public class RecordServiceReportDelegate implements JavaDelegate {

  private final CriticalEventStore store;

  public RecordServiceReportDelegate(CriticalEventStore store) {
    this.store = store;
  }

  @Override
  public void execute(DelegateExecution execution) {
    store.recordReport(((Number) execution.getVariable(Vars.EVENT_ID)).longValue(),
        (String) execution.getVariable(Vars.SERVICE_REPORT));
  }
}
