package com.daocloud.support.incident.process;

import com.daocloud.support.incident.AccessAnswer;
import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.IncidentTimes;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The customer's answer to the access request as the steps of "Access for Level 1 and 2" record it (L12-1): what
 * was answered, by whom and how, in the customer's words; the answer's variables are consumed once recorded.
 */
final class AccessAnswers {

  private AccessAnswers() {
  }

  static AccessAnswer answer(DelegateExecution execution) {
    return AccessAnswer.ofCode((String) execution.getVariable(Vars.ACCESS_ANSWER)).orElse(AccessAnswer.NO_ANSWER);
  }

  /** Who answered, and through which channel: the API, or the representative's call (a name, if recorded). */
  static Message answeredBy(DelegateExecution execution) {
    Object by = execution.getVariable(Vars.ACCESS_ANSWERED_BY);
    String who = by == null || by.toString().isBlank() ? null : by.toString().strip();
    boolean api = "api".equals(execution.getVariable(Vars.ACCESS_ANSWERED_VIA));
    if (who == null) {
      return Message.of(api ? AccessAnswer.BY_API_UNNAMED : AccessAnswer.BY_PHONE_UNNAMED);
    }
    return Message.of(api ? AccessAnswer.BY_API : AccessAnswer.BY_PHONE, who);
  }

  /** Why no access was arranged: refused (by whom), or no answer within the wait that followed the call. */
  static Message notArranged(DelegateExecution execution, IncidentSettings settings) {
    return answer(execution) == AccessAnswer.REFUSED
        ? Message.of(TimelineEvent.ACCESS_REFUSED.key("refused"), answeredBy(execution))
        : Message.of(TimelineEvent.ACCESS_REFUSED.key(), IncidentTimes.duration(settings.getRemoteAccessWait()));
  }

  /**
   * The answer has been recorded: its variables go (the process routes on nothing else of it). The call's form and
   * the API's message both set them on the process instance.
   */
  static void consume(DelegateExecution execution) {
    execution.getProcessInstance().removeVariables(
        java.util.List.of(Vars.ACCESS_ANSWER, Vars.ACCESS_ANSWERED_BY, Vars.ACCESS_ANSWERED_VIA));
  }
}
