package com.daocloud.support.decision;

import com.daocloud.support.security.engine.ModelExpressionBean;
import java.util.HashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Hands a business rule task's result with several outputs to the next step of the same transaction
 * without storing it: {@code <camunda:outputParameter name="responseTerms">${decisionOutputs.transientRow(decisionResult)}}.
 * The decision instance in the history keeps inputs, outputs and the matched rule; a stored copy would
 * need object serialization and cost a variable at every wait state.
 */
@Component("decisionOutputs")
public class DecisionOutputs implements ModelExpressionBean {

  /**
   * {@code customer-wait-limits} (CLS-2, CLS-4): the wait that the engineer's outcome starts, the confirmation
   * wait after a proposed solution, the information wait otherwise.
   */
  public String customerWait(DmnDecisionResult result, String outcome) {
    var row = result.getSingleResult();
    if (row == null) {
      throw new IllegalStateException("customer-wait-limits has no rule for this level");
    }
    return row.getEntry("solution".equals(outcome) ? "confirmationWait" : "informationWait");
  }

  /**
   * A yes/no fact handed to a decision as an input parameter without being stored: true only when it is
   * {@code true} (a fact nobody ticked counts as false), e.g.
   * {@code <camunda:inputParameter name="securityRisk">${decisionOutputs.fact(execution.getVariable('securityRisk'))}}.
   * The decision instance keeps the value it was given; a stored local variable would add a history row per fact.
   */
  public TypedValue fact(Object value) {
    return Variables.booleanValue(Boolean.TRUE.equals(value), true);
  }

  /** The matched rule's outputs as a transient map, or an empty one when no rule matched. */
  public TypedValue transientRow(DmnDecisionResult result) {
    var row = result.getSingleResult();
    return Variables.objectValue(row == null ? new HashMap<>() : new HashMap<>(row.getEntryMap()), true).create();
  }
}
