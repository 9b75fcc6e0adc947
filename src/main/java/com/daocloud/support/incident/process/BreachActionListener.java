package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.process.IncidentProcess.Values;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When the duty supervisor completes "Handle response breach", what they did (called the customer, reassigned
 * the incident, escalated it, or something else the note says) goes to the staff timeline, as the chase of an
 * overdue status update does: the customer already reads that the deadline was missed and that the supervisor
 * was alerted. An unknown action, or "other" without a note, is refused and the task stays open (the engine
 * wraps the exception; {@code /engine-rest/task/{id}/complete} and Tasklist show this message).
 */
@Component("breachActionListener")
public class BreachActionListener implements TaskListener {

  /** As the form's note field allows. */
  static final int MAX_NOTE = 2000;

  private final CustomerUpdates updates;

  public BreachActionListener(CustomerUpdates updates) {
    this.updates = updates;
  }

  @Override
  public void notify(DelegateTask task) {
    Object action = task.getVariable(Vars.BREACH_ACTION);
    Object note = task.getVariable(Vars.BREACH_NOTE);
    List<String> problems = problems(action, note);
    if (!problems.isEmpty()) {
      throw new BadUserRequestException(Elements.TASK_HANDLE_RESPONSE_BREACH + ": " + String.join("; ", problems));
    }
    String number = (String) task.getVariable(Vars.INCIDENT_NUMBER);
    TimelineEvent event = TimelineEvent.RESPONSE_BREACH_HANDLED;
    Message what = Message.of(event.key((String) action));
    String text = note == null ? "" : ((String) note).strip();
    updates.tell(number, EngineTime.now(), event, text.isEmpty()
        ? Message.of(event.key("no-note"), supervisor(task), what)
        : Message.of(event.key(), supervisor(task), what, text));
    // Recorded: kept on the instance they would only ride along until it ends.
    task.removeVariable(Vars.BREACH_ACTION);
    task.removeVariable(Vars.BREACH_NOTE);
  }

  static List<String> problems(Object action, Object note) {
    List<String> problems = new ArrayList<>();
    // List.of(..).contains(null) throws: a missing action is checked as not text.
    if (!(action instanceof String known && Values.BREACH_ACTIONS.contains(known))) {
      problems.add(Vars.BREACH_ACTION + " must be one of " + String.join(", ", Values.BREACH_ACTIONS));
    }
    if (note != null && !(note instanceof String)) {
      problems.add(Vars.BREACH_NOTE + " must be text");
    } else if (note != null && ((String) note).length() > MAX_NOTE) {
      problems.add(Vars.BREACH_NOTE + " must be at most " + MAX_NOTE + " characters");
    } else if (Values.BREACH_OTHER.equals(action) && (note == null || ((String) note).isBlank())) {
      problems.add(Vars.BREACH_NOTE + " is required when " + Vars.BREACH_ACTION + " is " + Values.BREACH_OTHER
          + ": say what you did");
    }
    return problems;
  }

  /** Who completed the task: its assignee, else the user completing it (an unclaimed task completed by API). */
  private static String supervisor(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    // var: the engine's Authentication type lives in an impl package, which incident/ does not import
    var user = task.getProcessEngineServices() == null ? null
        : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return user == null || user.getUserId() == null ? "(not assigned)" : user.getUserId();
  }
}
