package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.ChangeRequests;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Values;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * CLS-1, CLS-5: the engineer proposes a solution (consultation, countermeasure or change request). The
 * customer is asked to accept it; the time to object comes from {@code customer-wait-limits} now (CLS-2). A
 * solution with a code-level fix says so in the timeline (EAM-2, LC-4: the completion was checked).
 *
 * <p>A change-request resolution opens a change request under change control ({@link ChangeRequests})
 * and the incident keeps its number.
 */
@Component("proposeSolutionDelegate")
public class ProposeSolutionDelegate implements JavaDelegate {

  private final IncidentStore incidents;
  private final CustomerUpdates updates;
  private final List<ChangeRequests> changeRequests;

  public ProposeSolutionDelegate(IncidentStore incidents, CustomerUpdates updates,
      List<ChangeRequests> changeRequests) {
    this.incidents = incidents;
    this.updates = updates;
    this.changeRequests = List.copyOf(changeRequests);
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    Incident incident = incidents.require(number);
    String type = (String) execution.getVariable(Vars.RESOLUTION_TYPE);
    String summary = (String) execution.getVariable(Vars.SOLUTION_SUMMARY);
    // Checked on completion against the entitlement (EAM-2, LC-4); absent = no code fix.
    boolean codeFix = Boolean.TRUE.equals(execution.getVariable(Vars.CODE_FIX));
    // The wait was decided by "Decide wait limits" (customer-wait-limits, CLS-2) just before.
    String wait = (String) execution.getVariable(Vars.CUSTOMER_WAIT);
    incidents.recordResolution(number, type, summary);
    // The resolution lives in the incident's row now; the instance keeps only what it routes on.
    execution.removeVariables(List.of(Vars.RESOLUTION_TYPE, Vars.SOLUTION_SUMMARY, Vars.CODE_FIX));
    incidents.setStatus(number, IncidentStatus.SOLUTION_PROPOSED);
    Object label = codeFix ? Message.of(TimelineEvent.SOLUTION_PROPOSED.key("code-fix"), label(type)) : label(type);
    updates.tell(number, TimelineEvent.SOLUTION_PROPOSED, label, summary,
        Waits.describe(wait, EngineTime.now(), incident.timeZone()));
    if (Values.RESOLUTION_CHANGE_REQUEST.equals(type)) {
      String change = changeRequests.stream().map(c -> c.openForIncident(incident, summary))
          .findFirst().orElse(null);
      if (change != null) {
        incidents.linkChangeRequest(number, change);
      }
      TimelineEvent event = TimelineEvent.CHANGE_REQUEST;
      updates.tell(number, EngineTime.now(), event,
          change == null ? Message.of(event.key("unnumbered")) : Message.of(event.key(), change));
    }
  }

  /** The resolution type in the customer's words; the templates name each of {@link Values#RESOLUTION_TYPES}. */
  static Object label(String resolutionType) {
    return Values.RESOLUTION_TYPES.contains(resolutionType)
        ? Message.of(TimelineEvent.SOLUTION_PROPOSED.key(resolutionType)) : resolutionType;
  }
}
