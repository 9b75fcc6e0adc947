package com.daocloud.support.change.process;

import com.daocloud.support.change.ChangeRequestStore;
import com.daocloud.support.change.ChangeStatus;
import com.daocloud.support.change.process.ChangeControlProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the post-incident review held with the customer (CHG-3). */
@Component("recordReviewDelegate")
public class RecordReviewDelegate implements JavaDelegate {

  private final ChangeRequestStore store;

  public RecordReviewDelegate(ChangeRequestStore store) {
    this.store = store;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.CHANGE_NUMBER);
    store.recordReview(number, (String) execution.getVariable(Vars.REVIEW_SUMMARY));
  }
}
