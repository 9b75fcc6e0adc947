package com.daocloud.support.eam.process;

import com.daocloud.support.eam.EamApplication;
import com.daocloud.support.eam.EamApplicationStore;
import com.daocloud.support.eam.EamStatus;
import com.daocloud.support.eam.process.EamApplicationProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * EAM-4: an approved application with arrears waits for their payment before its contract is recorded; the customer
 * reads {@code awaiting-arrears} with the manager's comment meanwhile.
 */
@Component("awaitArrearsListener")
public class AwaitArrearsListener implements ExecutionListener {

  private final EamApplicationStore store;

  public AwaitArrearsListener(EamApplicationStore store) {
    this.store = store;
  }

  @Override
  public void notify(DelegateExecution execution) {
    EamApplication application = store.require((String) execution.getVariable(Vars.APPLICATION_NUMBER));
    store.decide(application.number(), EamStatus.AWAITING_ARREARS, application.reason(),
        (String) execution.getVariable(Vars.APPROVAL_COMMENT));
  }
}
