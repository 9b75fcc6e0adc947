package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.IncidentClosureListener;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the incident with the closure code given as the service task's local input {@code closureCode}
 * and tells the customer why (the optional local input {@code closureNote}). The closed row stays
 * readable through the API (CLS-3).
 */
@Component("closeIncidentDelegate")
public class CloseIncidentDelegate implements JavaDelegate {

  /** Local input of the closing service tasks: the sentence after "Incident closed: code." */
  public static final String CLOSURE_NOTE = "closureNote";

  private final IncidentStore incidents;
  private final CustomerUpdates updates;
  private final List<IncidentClosureListener> listeners;

  public CloseIncidentDelegate(IncidentStore incidents, CustomerUpdates updates,
      List<IncidentClosureListener> listeners) {
    this.incidents = incidents;
    this.updates = updates;
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    String closureCode = (String) execution.getVariableLocal(Vars.CLOSURE_CODE);
    if (closureCode == null) {
      throw new IllegalStateException("Service task " + execution.getCurrentActivityId() + " has no closureCode input");
    }
    Object note = execution.getVariableLocal(CLOSURE_NOTE);
    incidents.close(number, closureCode);
    TimelineEvent event = TimelineEvent.CLOSED;
    updates.tell(number, EngineTime.now(), event,
        note == null ? Message.of(event.key("no-note"), closureCode) : Message.of(event.key(), closureCode, note));
    listeners.forEach(listener -> listener.incidentClosed(number, closureCode));
  }
}
