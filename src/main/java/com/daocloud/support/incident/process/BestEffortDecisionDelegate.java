package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Tell customer the decision" (LC-4): a support manager decided whether experts can help with an incident on
 * deprecated software. The customer hears it either way, and that answer is support's first contact (no response
 * deadline runs for best effort). The note is recorded on the timeline; the gateway after reads
 * {@code expertsAvailable}.
 */
@Component("bestEffortDecisionDelegate")
public class BestEffortDecisionDelegate implements JavaDelegate {

  private final IncidentStore incidents;
  private final CustomerUpdates updates;

  public BestEffortDecisionDelegate(IncidentStore incidents, CustomerUpdates updates) {
    this.incidents = incidents;
    this.updates = updates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = EngineTime.now();
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    boolean experts = Boolean.TRUE.equals(execution.getVariable(Vars.EXPERTS_AVAILABLE));
    Object note = execution.getVariable(Vars.BEST_EFFORT_NOTE);
    incidents.recordFirstContact(number, now);
    TimelineEvent event = TimelineEvent.BEST_EFFORT;
    updates.tell(number, now, event, Message.of(experts ? event.key() : event.key("no-experts"),
        note == null ? "" : note.toString().strip()));
    execution.getProcessInstance().removeVariable(Vars.BEST_EFFORT_NOTE);
  }
}
