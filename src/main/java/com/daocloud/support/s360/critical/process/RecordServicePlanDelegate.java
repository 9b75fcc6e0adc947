package com.daocloud.support.s360.critical.process;

import com.daocloud.support.s360.critical.CriticalEventStore;
import com.daocloud.support.s360.critical.process.CriticalEventProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The team's service plan and staffing reach the customer's critical event (SVC-2). */
@Component("recordServicePlanDelegate")
public class RecordServicePlanDelegate implements JavaDelegate {

  private final CriticalEventStore store;

  public RecordServicePlanDelegate(CriticalEventStore store) {
    this.store = store;
  }

  @Override
  public void execute(DelegateExecution execution) {
    store.recordPlan(((Number) execution.getVariable(Vars.EVENT_ID)).longValue(),
        (String) execution.getVariable(Vars.SERVICE_PLAN));
  }
}
