package com.daocloud.support.change.process;

import com.daocloud.support.change.ChangeRequestStore;
import com.daocloud.support.change.ChangeStatus;
import com.daocloud.support.change.process.ChangeControlProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Rejects the change; the customer reads the reason in the change request's {@code statusReason}. */
@Component("rejectChangeDelegate")
public class RejectChangeDelegate implements JavaDelegate {

  private final ChangeRequestStore store;

  public RejectChangeDelegate(ChangeRequestStore store) {
    this.store = store;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.CHANGE_NUMBER);
    store.setStatus(number, ChangeStatus.REJECTED, ChangeStatus.rejectionReason(
        Boolean.TRUE.equals(execution.getVariable(Vars.RETURNING_AFTER_LAPSE)),
        (Boolean) execution.getVariable(Vars.OVERDUE_FEES_PAID),
        (Boolean) execution.getVariable(Vars.RECERTIFIED)));
  }
}
