package com.daocloud.support.incident;

import com.daocloud.support.incident.process.IncidentProcess;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * The customer's answer to the access request of a Level 1 or 2 incident (L12-1, L12-2), given through the API:
 * while the representative's call is still open (it ends the call) or afterwards, while the wait runs.
 */
@Service
public class RemoteAccess {

  private final RuntimeService runtime;

  public RemoteAccess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  public boolean isAwaited(Incident incident) {
    return incident.processInstanceId() != null
        && runtime.createEventSubscriptionQuery().processInstanceId(incident.processInstanceId())
            .eventType("message").eventName(IncidentProcess.Messages.REMOTE_ACCESS_ANSWERED).count() > 0;
  }

  /**
   * Delivers the answer; the process records it (and reclassifies on a refusal) before this returns.
   *
   * @return false when the incident is not waiting for it (any more)
   */
  public boolean answer(Incident incident, AccessAnswer answer, String answeredBy) {
    if (!isAwaited(incident)) {
      return false;
    }
    try {
      runtime.createMessageCorrelation(IncidentProcess.Messages.REMOTE_ACCESS_ANSWERED)
          .processInstanceId(incident.processInstanceId())
          .setVariable(IncidentProcess.Vars.ACCESS_ANSWER, answer.code())
          .setVariable(IncidentProcess.Vars.ACCESS_ANSWERED_BY, answeredBy)
          .setVariable(IncidentProcess.Vars.ACCESS_ANSWERED_VIA, "api")
          .correlateWithResult();
      return true;
    } catch (MismatchingMessageCorrelationException | OptimisticLockingException e) {
      // A concurrent answer or the wait's timer came first.
      return false;
    } catch (RuntimeException e) {
      // The timer may end the wait while the correlation runs, and the engine then fails in other
      // ways; nothing was committed. A lost race, answered as such (409), never a 500.
      if (!isAwaited(incident)) {
        return false;
      }
      throw e;
    }
  }
}
