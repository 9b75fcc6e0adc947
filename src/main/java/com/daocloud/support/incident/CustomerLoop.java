package com.daocloud.support.incident;

import com.daocloud.support.incident.process.IncidentProcess.Messages;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * The customer's side of the resolution loop: answers to requests for information (CUS-2, CLS-4) and
 * responses to proposed solutions (CLS-1, CLS-2), delivered to the waiting process as messages.
 *
 * <p>An answer and the wait's timer can arrive at the same moment. Both act on the same waiting
 * execution, so the engine's optimistic locking lets exactly one commit; an answer that loses (or comes
 * after the wait ended) is reported as not delivered and nothing of it is stored.
 */
@Service
public class CustomerLoop {

  private final RuntimeService runtime;

  public CustomerLoop(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** @return false when the incident is not waiting for information (any more) */
  public boolean provideInformation(Incident incident, String text) {
    return deliver(incident, Messages.INFORMATION_PROVIDED,
        Map.of(Vars.INFORMATION_PROVIDED, Variables.stringValue(text, true)));
  }

  /** @return false when no solution is waiting for the customer's response (any more) */
  public boolean respondToSolution(Incident incident, boolean accepted, String comment) {
    Map<String, Object> variables = new java.util.HashMap<>();
    // Transient: the steps that read them run in the correlation's transaction; the row and the timeline keep them.
    variables.put(Vars.CLOSURE_ACCEPTED, Variables.booleanValue(accepted, true));
    variables.put(Vars.CLOSURE_COMMENT, Variables.stringValue(comment, true));
    return deliver(incident, Messages.CLOSURE_RESPONSE, variables);
  }

  private boolean deliver(Incident incident, String message, Map<String, Object> variables) {
    if (!awaits(incident, message)) {
      return false;
    }
    try {
      runtime.createMessageCorrelation(message).processInstanceId(incident.processInstanceId())
          .setVariables(variables).correlateWithResult();
      return true;
    } catch (MismatchingMessageCorrelationException | OptimisticLockingException e) {
      // The timer (or a concurrent answer) came first: one outcome, and it is not this one.
      return false;
    } catch (RuntimeException e) {
      // When the timer ends the instance while the correlation runs, the engine can fail in other ways
      // (e.g. an execution that vanished under it); nothing was committed. Lost race: not delivered.
      if (!awaits(incident, message)) {
        return false;
      }
      throw e;
    }
  }

  private boolean awaits(Incident incident, String message) {
    return incident.processInstanceId() != null && runtime.createEventSubscriptionQuery()
        .processInstanceId(incident.processInstanceId()).eventType("message").eventName(message).count() > 0;
  }
}
