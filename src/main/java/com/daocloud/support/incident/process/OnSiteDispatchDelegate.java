package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.TimelineEntry;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** RSP-4 / L12-5: on-site staff dispatched; the on-site response time starts now. */
@Component("onSiteDispatchDelegate")
public class OnSiteDispatchDelegate implements JavaDelegate {

  private final IncidentStore incidents;

  public OnSiteDispatchDelegate(IncidentStore incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    var now = EngineTime.now();
    incidents.recordOnSiteDispatch(number, now);
    incidents.addTimeline(number, new TimelineEntry(now, TimelineEvent.ON_SITE_DISPATCHED,
        "Support staff dispatched to your site (RSP-4).", false));
  }
}
