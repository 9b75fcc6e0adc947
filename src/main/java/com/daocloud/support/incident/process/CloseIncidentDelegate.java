package com.daocloud.support.incident.process;

import com.daocloud.support.entitlement.EntitlementStatus;
import com.daocloud.support.incident.IncidentClosureListener;
import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.IncidentMessages;
import com.daocloud.support.incident.IncidentStatus;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.IncidentTimes;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The one closing step of {@code incident-handling}: closes the incident with the {@code closureCode} that
 * the flow ending the work set (CLS-1..4, SCP-2, SCP-3, ENT), and tells the customer why in the sentence of
 * that code (messages/incident*.properties). The closed row stays readable through the API (CLS-3).
 */
@Component("closeIncidentDelegate")
public class CloseIncidentDelegate implements JavaDelegate {

  private final IncidentStore incidents;
  private final CustomerUpdates updates;
  private final List<IncidentClosureListener> listeners;

  public CloseIncidentDelegate(IncidentStore incidents, CustomerUpdates updates,
      List<IncidentClosureListener> listeners) {
    this.incidents = incidents;
    this.updates = updates;
    this.listeners = List.copyOf(listeners);
  }

  /** The template of the sentence that explains a closure code to the customer. */
  public static String noteKey(String closureCode) {
    return "closure." + closureCode + ".note";
  }

  /** A declined best-effort incident (no experts for deprecated software, LC-4) has its own sentence. */
  public static String noteKey(String closureCode, String entitlementStatus) {
    return IncidentStatus.CLOSED_DECLINED.equals(closureCode)
        && EntitlementStatus.BEST_EFFORT.code().equals(entitlementStatus)
        ? "closure." + closureCode + "." + EntitlementStatus.BEST_EFFORT.code() + ".note" : noteKey(closureCode);
  }

  /** The wait that ran out, for the codes whose sentence names it (CLS-2, CLS-4). */
  private static Object waitOf(DelegateExecution execution, String closureCode) {
    return switch (closureCode) {
      case IncidentStatus.CLOSED_TRANSFERRED, IncidentStatus.CLOSED_CANCELLED ->
          execution.getVariable(Vars.CUSTOMER_WAIT) == null ? null
              : IncidentTimes.duration(String.valueOf(execution.getVariable(Vars.CUSTOMER_WAIT)));
      default -> null;
    };
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    String closureCode = (String) execution.getVariable(Vars.CLOSURE_CODE);
    if (closureCode == null || !IncidentStatus.CLOSURE_CODES.contains(closureCode)) {
      // A model error: every flow into the closing step sets one of the API's codes.
      throw new IllegalStateException("No closure code of the API reached " + execution.getCurrentActivityId()
          + ": " + closureCode);
    }
    String entitlementStatus = incidents.require(number).entitlementStatus();
    incidents.close(number, closureCode);
    TimelineEvent event = TimelineEvent.CLOSED;
    updates.tell(number, EngineTime.now(), event,
        Message.of(event.key(), closureCode, Message.of(noteKey(closureCode, entitlementStatus), waitOf(execution, closureCode))));
    listeners.forEach(listener -> listener.incidentClosed(number, closureCode));
  }
}
