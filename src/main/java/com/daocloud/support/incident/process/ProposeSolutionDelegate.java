package com.daocloud.support.incident.process;

import com.daocloud.support.incident.ChangeRequests;
import com.daocloud.support.incident.CustomerWaitLimits;
import com.daocloud.support.incident.CustomerWaitLimits.WaitLimits;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.TimelineEntry;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Values;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * CLS-1, CLS-5: the engineer proposes a solution (consultation, countermeasure or change request). The
 * customer is asked to accept it; the time to object comes from {@code customer-wait-limits} now (CLS-2).
 *
 * <p>A change-request resolution opens a change request under change control ({@link ChangeRequests})
 * and the incident keeps its number.
 */
@Component("proposeSolutionDelegate")
public class ProposeSolutionDelegate implements JavaDelegate {

  private final IncidentStore incidents;
  private final CustomerWaitLimits waitLimits;
  private final CustomerUpdates updates;
  private final List<ChangeRequests> changeRequests;

  public ProposeSolutionDelegate(IncidentStore incidents, CustomerWaitLimits waitLimits,
      CustomerUpdates updates, List<ChangeRequests> changeRequests) {
    this.incidents = incidents;
    this.waitLimits = waitLimits;
    this.updates = updates;
    this.changeRequests = List.copyOf(changeRequests);
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    Incident incident = incidents.require(number);
    String type = (String) execution.getVariable(Vars.RESOLUTION_TYPE);
    String summary = (String) execution.getVariable(Vars.SOLUTION_SUMMARY);
    WaitLimits limits = waitLimits.forLevel(((Number) execution.getVariable(Vars.LEVEL)).intValue());
    execution.setVariable(Vars.CONFIRMATION_WAIT, limits.confirmationWait());
    incidents.recordResolution(number, type, summary);
    incidents.setStatus(number, IncidentStatus.SOLUTION_PROPOSED);
    updates.tell(number, TimelineEvent.SOLUTION_PROPOSED, "Solution proposed",
        "Proposed resolution (" + label(type) + ", CLS-5): " + summary
            + "\nPlease tell us whether this resolves the incident. Unless you object within "
            + Waits.describe(limits.confirmationWait(), EngineTime.now(), incident.timeZone())
            + ", the incident closes as transferred to customer (CLS-2).");
    if (Values.RESOLUTION_CHANGE_REQUEST.equals(type)) {
      String change = changeRequests.stream().map(c -> c.openForIncident(incident, summary))
          .findFirst().orElse(null);
      if (change != null) {
        incidents.linkChangeRequest(number, change);
      }
      incidents.addTimeline(incident.id(), new TimelineEntry(EngineTime.now(), TimelineEvent.CHANGE_REQUEST,
          "The resolution needs a change to your system; it is planned under change control (CHG-1)"
              + (change == null ? "." : " as " + change + "."), false));
    }
  }

  static String label(String resolutionType) {
    return switch (resolutionType) {
      case Values.RESOLUTION_CONSULTATION -> "consultation";
      case Values.RESOLUTION_COUNTERMEASURE -> "countermeasure, a permanent solution";
      case Values.RESOLUTION_CHANGE_REQUEST -> "change request";
      default -> resolutionType;
    };
  }
}
