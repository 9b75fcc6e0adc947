package com.daocloud.support.eam.process;

import com.daocloud.support.eam.EamApplicationStore;
import com.daocloud.support.eam.EamStatus;
import com.daocloud.support.eam.process.EamApplicationProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A manager rejected an eligible application: the customer reads the status, reason and comment. */
@Component("rejectEamDelegate")
public class RejectEamDelegate implements JavaDelegate {

  private final EamApplicationStore store;

  public RejectEamDelegate(EamApplicationStore store) {
    this.store = store;
  }

  @Override
  public void execute(DelegateExecution execution) {
    store.decide((String) execution.getVariable(Vars.APPLICATION_NUMBER), EamStatus.REJECTED,
        EamStatus.REASON_REJECTED, (String) execution.getVariable(Vars.APPROVAL_COMMENT));
  }
}
