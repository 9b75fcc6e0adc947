package com.daocloud.support.s360.advisory.process;

import com.daocloud.support.s360.S360Customers;
import com.daocloud.support.s360.advisory.AdvisoryMails;
import com.daocloud.support.s360.advisory.AdvisoryNotice;
import com.daocloud.support.s360.advisory.AdvisoryStore;
import com.daocloud.support.s360.advisory.process.UpgradeAdvisoryProcess.Vars;
import com.daocloud.support.time.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The team's assessment reaches the customer's notice of the advisory and its administrators' mail (SVC-2). */
@Component("recordAdvisoryAssessmentDelegate")
public class RecordAdvisoryAssessmentDelegate implements JavaDelegate {

  private final AdvisoryStore store;
  private final S360Customers customers;
  private final AdvisoryMails mails;

  public RecordAdvisoryAssessmentDelegate(AdvisoryStore store, S360Customers customers, AdvisoryMails mails) {
    this.store = store;
    this.customers = customers;
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long noticeId = ((Number) execution.getVariable(Vars.NOTICE_ID)).longValue();
    String assessment = (String) execution.getVariable(Vars.ASSESSMENT);
    String note = (String) execution.getVariable(Vars.ASSESSMENT_NOTE);
    store.assess(noticeId, assessment, note, EngineClock.now(), null);
    AdvisoryNotice notice = store.findNotice(noticeId).orElseThrow();
    // A customer record removed since the advisory was published has nobody left to write to.
    customers.find(notice.customerId()).ifPresent(customer -> mails.assessed(customer,
        store.find(notice.advisoryId()).orElseThrow(), notice.cluster(), assessment, note));
  }
}
