package com.daocloud.support.s360.critical;

import com.daocloud.support.customer.Customer;
import com.daocloud.support.s360.critical.process.CriticalEventProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Registers a customer's critical phase and starts its {@code critical-event-support} process (SVC-2). */
@Service
public class CriticalEventService {

  private final CriticalEventStore store;
  private final RuntimeService runtime;
  private final TransactionTemplate transaction;

  public CriticalEventService(CriticalEventStore store, RuntimeService runtime,
      PlatformTransactionManager transactions) {
    this.store = store;
    this.runtime = runtime;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Records the validated event of an S360 customer and starts its process, in one transaction. */
  public CriticalEvent register(Customer customer, CriticalEvent event) {
    return transaction.execute(tx -> {
      long id = store.insert(event);
      String instance = runtime.createProcessInstanceByKey(CriticalEventProcess.KEY)
          .businessKey(CriticalEventProcess.businessKey(id))
          .setVariables(CriticalEventProcess.startVariables(event, id, customer.name()))
          .execute().getId();
      store.setProcessInstanceId(id, instance);
      return store.find(id).orElseThrow();
    });
  }
}
