package com.daocloud.support.eam.process;

import com.daocloud.support.eam.EamApplicationStore;
import com.daocloud.support.eam.EamStatus;
import com.daocloud.support.eam.process.EamApplicationProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A manager rejected an eligible application, or its arrears were not paid (EAM-4): the customer reads the status,
 * reason and comment.
 */
@Component("rejectEamDelegate")
public class RejectEamDelegate implements JavaDelegate {

  private final EamApplicationStore store;

  public RejectEamDelegate(EamApplicationStore store) {
    this.store = store;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean arrearsUnpaid = Boolean.FALSE.equals(execution.getVariable(Vars.ARREARS_PAID));
    store.decide((String) execution.getVariable(Vars.APPLICATION_NUMBER), EamStatus.REJECTED,
        arrearsUnpaid ? EamStatus.REASON_ARREARS_UNPAID : EamStatus.REASON_REJECTED,
        (String) execution.getVariable(arrearsUnpaid ? Vars.ARREARS_NOTE : Vars.APPROVAL_COMMENT));
  }
}
