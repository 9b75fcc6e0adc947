package com.daocloud.support.change.process;

import com.daocloud.support.change.ChangeRequestStore;
import com.daocloud.support.change.ChangeStatus;
import com.daocloud.support.change.process.ChangeControlProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The engineer verified the change: it succeeded. */
@Component("completeChangeDelegate")
public class CompleteChangeDelegate implements JavaDelegate {

  private final ChangeRequestStore store;

  public CompleteChangeDelegate(ChangeRequestStore store) {
    this.store = store;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.CHANGE_NUMBER);
    store.setStatus(number, ChangeStatus.COMPLETED, null);
  }
}
