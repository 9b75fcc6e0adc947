package com.daocloud.support.incident.process;

import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * L12-1: a Level 2 incident (or the Level 1 of a change downtime, which is never downgraded) got no access: it
 * keeps its level, and the customer is told why and that missing access delays resolution.
 */
@Component("recordNoAccessDelegate")
public class RecordNoAccessDelegate implements JavaDelegate {

  private final CustomerUpdates updates;
  private final IncidentSettings settings;

  public RecordNoAccessDelegate(CustomerUpdates updates, IncidentSettings settings) {
    this.updates = updates;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    var now = EngineTime.now();
    updates.tell(number, now, TimelineEvent.ACCESS_REFUSED, AccessAnswers.notArranged(execution, settings));
    updates.tell(number, TimelineEvent.ACCESS_MISSING);
    AccessAnswers.consume(execution);
  }
}
