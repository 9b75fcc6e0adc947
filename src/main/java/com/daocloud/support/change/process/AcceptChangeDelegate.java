package com.daocloud.support.change.process;

import com.daocloud.support.change.ChangeRequestStore;
import com.daocloud.support.change.ChangeStatus;
import com.daocloud.support.change.process.ChangeControlProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The change is accepted: in time, expedited by a manager (CHG-1), or late at extra fees (CHG-4). */
@Component("acceptChangeDelegate")
public class AcceptChangeDelegate implements JavaDelegate {

  private final ChangeRequestStore store;

  public AcceptChangeDelegate(ChangeRequestStore store) {
    this.store = store;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.CHANGE_NUMBER);
    store.setStatus(number, ChangeStatus.ACCEPTED, null);
  }
}
