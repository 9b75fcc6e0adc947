package com.daocloud.support.incident.process;

import com.daocloud.support.incident.SupportScope;
import com.daocloud.support.incident.process.IncidentProcess.Values;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Component;

/**
 * CLS-5 (outcomes: docs/processes.md): {@code Task_ResolveIncident} completes only with a valid outcome;
 * otherwise the completion is rolled back and the task stays open, instead of a process that silently takes a
 * wrong path. (The engine wraps a listener's exception, so {@code /engine-rest/task/{id}/complete} answers it
 * with its generic error status and this message.)
 */
@Component("resolutionOutcomeValidator")
public class ResolutionOutcomeValidator implements TaskListener {

  static final int MAX_TEXT = 4000;

  @Override
  public void notify(DelegateTask task) {
    List<String> problems = problems(task.getVariable(Vars.OUTCOME), task.getVariable(Vars.RESOLUTION_TYPE),
        task.getVariable(Vars.SOLUTION_SUMMARY), task.getVariable(Vars.INFORMATION_REQUESTED));
    if (Values.OUTCOME_OUT_OF_SCOPE.equals(task.getVariable(Vars.OUTCOME))
        && !SupportScope.LATE_REASONS.contains(task.getVariable(Vars.SCOPE_REASON))) {
      problems.add(Vars.SCOPE_REASON + " must be one of " + String.join(", ", SupportScope.LATE_REASONS));
    }
    if (!problems.isEmpty()) {
      throw new BadUserRequestException("Task_ResolveIncident: " + String.join("; ", problems));
    }
  }

  static List<String> problems(Object outcome, Object resolutionType, Object summary, Object question) {
    List<String> problems = new ArrayList<>();
    if (!Values.OUTCOMES.contains(outcome)) {
      problems.add(Vars.OUTCOME + " must be one of " + String.join(", ", Values.OUTCOMES));
    } else if (Values.OUTCOME_SOLUTION.equals(outcome)) {
      if (!Values.RESOLUTION_TYPES.contains(resolutionType)) {
        problems.add(Vars.RESOLUTION_TYPE + " must be one of " + String.join(", ", Values.RESOLUTION_TYPES));
      }
      text(problems, Vars.SOLUTION_SUMMARY, summary);
    } else if (Values.OUTCOME_NEED_INFORMATION.equals(outcome)) {
      text(problems, Vars.INFORMATION_REQUESTED, question);
    }
    return problems;
  }

  private static void text(List<String> problems, String name, Object value) {
    if (!(value instanceof String s) || s.isBlank()) {
      problems.add(name + " is required");
    } else if (s.length() > MAX_TEXT) {
      problems.add(name + " must be at most " + MAX_TEXT + " characters");
    }
  }
}
