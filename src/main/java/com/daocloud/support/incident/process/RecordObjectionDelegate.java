package com.daocloud.support.incident.process;

import com.daocloud.support.incident.ClosureAnswer;
import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * CLS-2: the customer says the incident is not resolved; it opens again and the engineer continues. The
 * timeline names who objected and how (CLS-1) when the answer came through the API, which wrote it to the row.
 */
@Component("recordObjectionDelegate")
public class RecordObjectionDelegate implements JavaDelegate {

  private final IncidentStore incidents;
  private final CustomerUpdates updates;

  public RecordObjectionDelegate(IncidentStore incidents, CustomerUpdates updates) {
    this.incidents = incidents;
    this.updates = updates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    Object comment = execution.getVariable(Vars.CLOSURE_COMMENT);
    incidents.setStatus(number, IncidentStatus.OPEN);
    TimelineEvent event = TimelineEvent.SOLUTION_REJECTED;
    Optional<ClosureAnswer> answer = incidents.closureAnswer(number);
    Message detail;
    if (answer.isPresent()) {
      detail = comment == null ? Message.of(event.key("answered-no-comment"), answer.get().describe())
          : Message.of(event.key("answered"), answer.get().describe(), comment);
      // Told once: an answer that reaches the process without the API names nobody rather than this one.
      incidents.clearClosureAnswer(number);
    } else {
      detail = comment == null ? Message.of(event.key("no-comment")) : Message.of(event.key(), comment);
    }
    updates.tell(number, EngineTime.now(), event, detail);
    execution.removeVariables(List.of(Vars.OUTCOME, Vars.CLOSURE_ACCEPTED, Vars.CLOSURE_COMMENT,
        Vars.CUSTOMER_WAIT));
  }
}
