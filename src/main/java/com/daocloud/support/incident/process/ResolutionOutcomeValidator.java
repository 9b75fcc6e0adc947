package com.daocloud.support.incident.process;

import com.daocloud.support.entitlement.Entitlement;
import com.daocloud.support.entitlement.EntitlementStatus;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.SupportScope;
import com.daocloud.support.incident.process.IncidentProcess.Values;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * CLS-5 (outcomes: docs/processes.md): {@code Task_ResolveIncident} completes only with a valid outcome;
 * otherwise the completion is rolled back and the task stays open, instead of a process that silently takes a
 * wrong path. (The engine wraps a listener's exception, so {@code /engine-rest/task/{id}/complete} answers it
 * with its generic error status and this message.) A solution with a code-level fix ({@code codeFix}) is
 * refused where the incident's entitlement allows none (EAM-2, LC-4: {@link Entitlement#codeFixesAllowedFor}).
 */
@Component("resolutionOutcomeValidator")
public class ResolutionOutcomeValidator implements TaskListener {

  static final int MAX_TEXT = 4000;

  private final IncidentStore incidents;

  public ResolutionOutcomeValidator(IncidentStore incidents) {
    this.incidents = incidents;
  }

  @Override
  public void notify(DelegateTask task) {
    Object outcome = task.getVariable(Vars.OUTCOME);
    List<String> problems = problems(outcome, task.getVariable(Vars.RESOLUTION_TYPE),
        task.getVariable(Vars.SOLUTION_SUMMARY), task.getVariable(Vars.INFORMATION_REQUESTED));
    if (Values.OUTCOME_OUT_OF_SCOPE.equals(outcome)
        && !oneOf(SupportScope.LATE_REASONS, task.getVariable(Vars.SCOPE_REASON))) {
      problems.add(Vars.SCOPE_REASON + " must be one of " + String.join(", ", SupportScope.LATE_REASONS));
    }
    Object codeFix = task.getVariable(Vars.CODE_FIX);
    if (codeFix != null && !(codeFix instanceof Boolean)) {
      problems.add(Vars.CODE_FIX + " must be true or false");
    } else if (Boolean.TRUE.equals(codeFix) && Values.OUTCOME_SOLUTION.equals(outcome)) {
      codeFixRefusal(incidents.require((String) task.getVariable(Vars.INCIDENT_NUMBER))).ifPresent(problems::add);
    }
    if (!problems.isEmpty()) {
      throw new BadUserRequestException("Task_ResolveIncident: " + String.join("; ", problems));
    }
    if (codeFix != null && !Values.OUTCOME_SOLUTION.equals(outcome)) {
      // A code fix belongs to a solution: left behind, it would ride along with the next solution proposed.
      task.removeVariable(Vars.CODE_FIX);
    }
  }

  static List<String> problems(Object outcome, Object resolutionType, Object summary, Object question) {
    List<String> problems = new ArrayList<>();
    if (!oneOf(Values.OUTCOMES, outcome)) {
      problems.add(Vars.OUTCOME + " must be one of " + String.join(", ", Values.OUTCOMES));
    } else if (Values.OUTCOME_SOLUTION.equals(outcome)) {
      if (!oneOf(Values.RESOLUTION_TYPES, resolutionType)) {
        problems.add(Vars.RESOLUTION_TYPE + " must be one of " + String.join(", ", Values.RESOLUTION_TYPES));
      }
      text(problems, Vars.SOLUTION_SUMMARY, summary);
    } else if (Values.OUTCOME_NEED_INFORMATION.equals(outcome)) {
      text(problems, Vars.INFORMATION_REQUESTED, question);
    }
    return problems;
  }

  /** Whether {@code value} is one of {@code values} (the immutable lists refuse to be asked about null). */
  private static boolean oneOf(java.util.Collection<String> values, Object value) {
    return value != null && values.contains(value);
  }

  /** Why the incident's entitlement, as recorded on its row, allows no code-level fix at its current level. */
  static Optional<String> codeFixRefusal(Incident incident) {
    EntitlementStatus status = EntitlementStatus.ofCode(incident.entitlementStatus()).orElse(null);
    if (status != null && new Entitlement(status, incident.entitlementReason(), incident.entitlementExplanation(),
        incident.extendedMaintenance()).codeFixesAllowedFor(incident.level())) {
      return Optional.empty();
    }
    if (status == EntitlementStatus.BEST_EFFORT) {
      return Optional.of(Vars.CODE_FIX + ": no code-level fix for a deprecated version; support past its"
          + " end of support life is best effort (LC-4)");
    }
    if (status != null && incident.extendedMaintenance()) {
      return Optional.of(Vars.CODE_FIX + ": extended maintenance includes code-level fixes for Level 1"
          + " and Level 2 incidents only; this one is Level " + incident.level() + " (EAM-2)");
    }
    return Optional.of(Vars.CODE_FIX + ": the incident's entitlement (" + incident.entitlementStatus()
        + ") allows no code-level fix");
  }

  private static void text(List<String> problems, String name, Object value) {
    if (!(value instanceof String s) || s.isBlank()) {
      problems.add(name + " is required");
    } else if (s.length() > MAX_TEXT) {
      problems.add(name + " must be at most " + MAX_TEXT + " characters");
    }
  }
}
