package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentIntake;
import com.daocloud.support.incident.IncidentRecorder;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import com.daocloud.support.lifecycle.LifecycleDecision;
import com.daocloud.support.sla.ResponseTerms;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record intake": the level, response terms and support phase the process just decided, handed to
 * {@link IncidentRecorder} (entitlement, deadline, row, timeline); the plan's dates become the timers'.
 */
@Component("recordIntakeDelegate")
public class RecordIntakeDelegate implements JavaDelegate {

  private final IncidentRecorder recorder;

  public RecordIntakeDelegate(IncidentRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IncidentIntake.Received received = (IncidentIntake.Received) execution.getVariable(Vars.RECEIVED);
    int level = ((Number) execution.getVariable(Vars.LEVEL)).intValue();
    @SuppressWarnings("unchecked")
    Map<String, Object> termsRow = (Map<String, Object>) execution.getVariable(Vars.RESPONSE_TERMS);
    String tier = received.report().customer().serviceTier();
    if (termsRow == null || termsRow.isEmpty()) {
      throw new IllegalStateException("response-sla has no rule for level " + level + " and tier " + tier);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> lifecycleRow = (Map<String, Object>) execution.getVariable(Vars.LIFECYCLE);
    IncidentRecorder.Recorded recorded = recorder.record(execution.getProcessBusinessKey(),
        execution.getProcessInstanceId(), received, level, ResponseTerms.of(level, tier, termsRow, null, null),
        LifecycleDecision.outcome(lifecycleRow));
    execution.setVariables(IncidentVariables.afterIntake(recorded.incident(), recorded.plan()));
  }
}
