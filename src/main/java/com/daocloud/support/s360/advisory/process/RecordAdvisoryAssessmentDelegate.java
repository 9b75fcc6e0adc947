package com.daocloud.support.s360.advisory.process;

import com.daocloud.support.s360.advisory.AdvisoryStore;
import com.daocloud.support.s360.advisory.process.UpgradeAdvisoryProcess.Vars;
import com.daocloud.support.time.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The team's assessment reaches the customer's notice of the advisory (SVC-2). */
@Component("recordAdvisoryAssessmentDelegate")
public class RecordAdvisoryAssessmentDelegate implements JavaDelegate {

  private final AdvisoryStore store;

  public RecordAdvisoryAssessmentDelegate(AdvisoryStore store) {
    this.store = store;
  }

  @Override
  public void execute(DelegateExecution execution) {
    store.assess(((Number) execution.getVariable(Vars.NOTICE_ID)).longValue(),
        (String) execution.getVariable(Vars.ASSESSMENT), (String) execution.getVariable(Vars.ASSESSMENT_NOTE),
        EngineClock.now(), null);
  }
}
