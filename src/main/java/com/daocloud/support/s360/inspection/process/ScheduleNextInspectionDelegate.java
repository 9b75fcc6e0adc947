package com.daocloud.support.s360.inspection.process;

import com.daocloud.support.s360.inspection.InspectionScheduler;
import com.daocloud.support.s360.inspection.process.HealthInspectionProcess.Vars;
import com.daocloud.support.time.EngineClock;
import java.time.Period;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The cadence: the next inspection, one s360-services interval after this one was completed (SVC-2). */
@Component("scheduleNextInspectionDelegate")
public class ScheduleNextInspectionDelegate implements JavaDelegate {

  private final InspectionScheduler scheduler;

  public ScheduleNextInspectionDelegate(InspectionScheduler scheduler) {
    this.scheduler = scheduler;
  }

  @Override
  public void execute(DelegateExecution execution) {
    scheduler.scheduleNext((String) execution.getVariable(Vars.CUSTOMER_ID),
        (String) execution.getVariable(Vars.CLUSTER),
        Period.parse((String) execution.getVariable(Vars.INSPECTION_INTERVAL)), EngineClock.now());
  }
}
