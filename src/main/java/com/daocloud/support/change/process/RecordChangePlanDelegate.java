package com.daocloud.support.change.process;

import com.daocloud.support.change.ChangeRequestStore;
import com.daocloud.support.change.ChangeStatus;
import com.daocloud.support.change.process.ChangeControlProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the engineer's change control plan, which the customer then confirms (CHG-1). */
@Component("recordChangePlanDelegate")
public class RecordChangePlanDelegate implements JavaDelegate {

  private final ChangeRequestStore store;

  public RecordChangePlanDelegate(ChangeRequestStore store) {
    this.store = store;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.CHANGE_NUMBER);
    store.recordPlan(number, (String) execution.getVariable(Vars.CHANGE_PLAN));
  }
}
