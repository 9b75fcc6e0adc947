package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.incident.OnSite;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** RSP-4 / L12-5: on-site staff dispatched; the on-site response time starts now. */
@Component("onSiteDispatchDelegate")
public class OnSiteDispatchDelegate implements JavaDelegate {

  private final IncidentStore incidents;
  private final CustomerUpdates updates;

  public OnSiteDispatchDelegate(IncidentStore incidents, CustomerUpdates updates) {
    this.incidents = incidents;
    this.updates = updates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    // The form's answer is used: a later form may dispatch again.
    execution.getProcessInstance().removeVariable(Vars.DISPATCH_ON_SITE);
    boolean offered = OnSite.offered(incidents.require(number));
    // Local to "On-site service": only its gateway routes on it.
    execution.setVariableLocal(Vars.ON_SITE_OFFERED, offered);
    if (!offered) {
      return;
    }
    var now = EngineTime.now();
    incidents.recordOnSiteDispatch(number, now);
    updates.tell(number, now, TimelineEvent.ON_SITE_DISPATCHED, Message.of(TimelineEvent.ON_SITE_DISPATCHED.key()));
  }
}
