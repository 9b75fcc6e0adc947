package com.daocloud.support.incident.process;

import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.SupportScope;
import com.daocloud.support.incident.SupportScope.Verdict;
import com.daocloud.support.incident.TimelineEvent;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * "Record support scope" (SCP-1..5): the verdict that {@code Task_DecideScope} took from the contact form's
 * facts (absent = false), with antivirus advice declined (SCP-5). The customer is told at once, before any work
 * starts, when the request is out of scope or declined; a third-party cause names the supplier to contact and,
 * where the product harms DCE, the recommendation to remove it and the customer's answer (SCP-4); virus damage
 * gets assistance with the disclaimer (SCP-5).
 */
@Component("supportScopeDelegate")
public class SupportScopeDelegate implements JavaDelegate {

  private final CustomerUpdates updates;

  public SupportScopeDelegate(CustomerUpdates updates) {
    this.updates = updates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    // Decided by "Decide support scope" just before, handed on without being stored.
    @SuppressWarnings("unchecked")
    Map<String, Object> decided = (Map<String, Object>) execution.getVariable(Vars.SCOPE_VERDICT);
    Verdict verdict = SupportScope.verdict(decided, flag(execution, Vars.ANTIVIRUS_CONSULTING));
    // Local to "Agree support scope" and transient: only its gateways, in this transaction, route on them.
    execution.setVariableLocal(Vars.SCOPE, Variables.stringValue(verdict.scope(), true));

    boolean thirdParty = flag(execution, "thirdPartyCause");
    boolean harmful = flag(execution, Vars.THIRD_PARTY_HARMS_PRODUCT);
    if (thirdParty || harmful) {
      TimelineEvent event = TimelineEvent.THIRD_PARTY;
      Object supplier = execution.getVariable(Vars.THIRD_PARTY_SUPPLIER);
      Message detail = supplier == null || supplier.toString().isBlank()
          ? Message.of(event.key()) : Message.of(event.key("named"), supplier);
      updates.tell(number, EngineTime.now(), event, harmful ? Message.of(event.key("harmful"), detail) : detail);
    }
    String removal = harmful ? String.valueOf(execution.getVariable(Vars.THIRD_PARTY_REMOVAL)) : "";
    if (harmful) {
      TimelineEvent event = TimelineEvent.THIRD_PARTY_REMOVAL;
      updates.tell(number, EngineTime.now(), event, Message.of(event.variants().contains(removal)
          ? event.key(removal) : event.key()));
    }
    if (flag(execution, Vars.VIRUS_DAMAGE) && !SupportScope.DECLINED.equals(verdict.scope())) {
      updates.tell(number, TimelineEvent.VIRUS_ASSISTANCE);
    }
    switch (verdict.scope()) {
      case SupportScope.OUT_OF_SCOPE ->
          updates.tell(number, TimelineEvent.OUT_OF_SCOPE, SupportScope.explain(verdict.reason()));
      case SupportScope.DECLINED ->
          updates.tell(number, TimelineEvent.SERVICE_DECLINED, SupportScope.explain(verdict.reason()));
      default -> {
        // in scope: nothing to tell
      }
    }
    // The contact form's facts are decided and told: the instance keeps only what it routes on.
    execution.removeVariables(CONTACT_FACTS);
    execution.setVariableLocal(Vars.THIRD_PARTY_REMOVAL, Variables.stringValue(removal, true));
  }

  /** What the contact form asks besides dispatching on-site staff (its completion variables, docs/processes.md). */
  static final List<String> CONTACT_FACTS = Stream.concat(SupportScope.INPUTS.stream(),
      Stream.of(Vars.VIRUS_DAMAGE, Vars.ANTIVIRUS_CONSULTING, Vars.THIRD_PARTY_HARMS_PRODUCT, Vars.THIRD_PARTY_SUPPLIER,
          Vars.THIRD_PARTY_REMOVAL)).toList();

  private static boolean flag(DelegateExecution execution, String name) {
    return Boolean.TRUE.equals(execution.getVariable(name));
  }
}
