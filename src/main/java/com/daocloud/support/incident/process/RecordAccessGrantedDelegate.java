package com.daocloud.support.incident.process;

import com.daocloud.support.incident.AccessAnswer;
import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The customer granted remote access or arranged on-site access instead (L12-1): both count as access (L12-2);
 * the timeline says which, who answered and how.
 */
@Component("recordAccessGrantedDelegate")
public class RecordAccessGrantedDelegate implements JavaDelegate {

  private final CustomerUpdates updates;

  public RecordAccessGrantedDelegate(CustomerUpdates updates) {
    this.updates = updates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    String key = AccessAnswers.answer(execution) == AccessAnswer.ON_SITE
        ? TimelineEvent.ACCESS_GRANTED.key("on-site") : TimelineEvent.ACCESS_GRANTED.key();
    updates.tell(number, EngineTime.now(), TimelineEvent.ACCESS_GRANTED,
        Message.of(key, AccessAnswers.answeredBy(execution)));
    AccessAnswers.consume(execution);
  }
}
