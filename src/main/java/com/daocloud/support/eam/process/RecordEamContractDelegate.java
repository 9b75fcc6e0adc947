package com.daocloud.support.eam.process;

import com.daocloud.support.eam.EamApplication;
import com.daocloud.support.eam.EamApplicationStore;
import com.daocloud.support.eam.EamStatus;
import com.daocloud.support.eam.process.EamApplicationProcess.Vars;
import com.daocloud.support.customer.ExtendedMaintenanceContracts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Approved: records the EAM contract for the offered term, so that entitlement honours it from then on
 * (EAM-2: 24/7 call acceptance, fixes for Levels 1 and 2, remote only; EAM-5: the scope exclusions).
 */
@Component("recordEamContractDelegate")
public class RecordEamContractDelegate implements JavaDelegate {

  private final EamApplicationStore store;
  private final ExtendedMaintenanceContracts contracts;

  public RecordEamContractDelegate(EamApplicationStore store, ExtendedMaintenanceContracts contracts) {
    this.store = store;
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EamApplication application = store.require((String) execution.getVariable(Vars.APPLICATION_NUMBER));
    contracts.record(application.customerId(), application.cluster(), application.coverageStart(),
        application.coverageEnd(), application.number());
    store.decide(application.number(), EamStatus.APPROVED, application.reason(),
        (String) execution.getVariable(Vars.APPROVAL_COMMENT));
  }
}
