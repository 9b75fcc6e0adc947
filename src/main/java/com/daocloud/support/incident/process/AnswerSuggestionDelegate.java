package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** LVL-5: the customer is told whether its suggestion is accepted, with the manager's answer. */
@Component("answerSuggestionDelegate")
public class AnswerSuggestionDelegate implements JavaDelegate {

  private final CustomerUpdates updates;

  public AnswerSuggestionDelegate(CustomerUpdates updates) {
    this.updates = updates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    boolean accepted = Boolean.TRUE.equals(execution.getVariable(Vars.SUGGESTION_ACCEPTED));
    Object answer = execution.getVariable(Vars.SUGGESTION_ANSWER);
    TimelineEvent event = TimelineEvent.SUGGESTION_ANSWERED;
    Message verdict = Message.of(event.key(accepted ? "accepted" : "not-accepted"));
    updates.tell(number, EngineTime.now(), event,
        answer == null ? Message.of(event.key("no-comment"), verdict) : Message.of(event.key(), verdict, answer));
    execution.removeVariables(List.of(Vars.SUGGESTION_ACCEPTED, Vars.SUGGESTION_ANSWER,
        Vars.DISCUSSION_CADENCE));
  }
}
