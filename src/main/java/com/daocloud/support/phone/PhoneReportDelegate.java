package com.daocloud.support.phone;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.api.FieldProblem;
import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.incident.IncidentIntake;
import com.daocloud.support.incident.ReportTarget;
import com.daocloud.support.incident.api.IncidentRequest;
import com.daocloud.support.phone.PhoneReportProcess.Vars;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * "Record incident" of {@code phone-report}: the start form's answers become the request of
 * {@code POST /api/incidents}, checked by the API's own constraints and {@link ReportTarget}, and go through
 * {@link IncidentIntake} as the signed-in member of customer service's report; the instance takes the incident's
 * number as its business key.
 *
 * <p>A refused report throws {@link FormFieldValidationException}: the start runs in the caller's transaction
 * (no save point), so nothing is recorded, and the engine's REST API (Tasklist's start dialog) answers it as a
 * 400 with this message. It is the only engine exception the start-form endpoint answers as bad input; any other
 * would be a 500.
 */
@Component
public class PhoneReportDelegate implements JavaDelegate {

  /** The start form's labels for the request's fields, so that a refusal names what the user filled in. */
  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("customerId", "Customer id"), Map.entry("installation", "Cluster"),
      Map.entry("requestType", "What the customer needs"), Map.entry("productionImpact", "Production impact"),
      Map.entry("dataLoss", "Data lost"), Map.entry("workaroundAvailable", "Workaround"),
      Map.entry("title", "The problem in one line"), Map.entry("description", "What happens"),
      Map.entry("contact", "Contact"), Map.entry("contact.name", "Name"), Map.entry("contact.phone", "Phone"),
      Map.entry("contact.email", "E-mail"));

  private final IncidentIntake intake;
  private final ReportTarget target;
  private final Validator validator;

  public PhoneReportDelegate(IncidentIntake intake, ReportTarget target, Validator validator) {
    this.intake = intake;
    this.target = target;
    this.validator = validator;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      throw refused("form", "Only a signed-in member of customer service records a phone report");
    }
    IncidentRequest request = request(execution);
    List<FieldProblem> problems = validator.validate(request).stream()
        .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
        .sorted(Comparator.comparing(FieldProblem::field)).toList();
    try {
      if (!problems.isEmpty()) {
        throw new ApiException.BadRequest(problems);
      }
      CustomerProfile customer = target.customer(request.customerId());
      target.requireInstallation(customer, request.installation().trim());
      String number = intake.report(request.report(customer, caller.getUserId(), null)).incident().number();
      execution.setProcessBusinessKey(number);
      execution.setVariable(Vars.INCIDENT_NUMBER, number);
    } catch (ApiException.BadRequest refused) {
      throw refused(refused.errors());
    }
  }

  /** The API's request from the form's answers; blank answers stay blank for the constraints to name. */
  private static IncidentRequest request(DelegateExecution execution) {
    String customerId = text(execution, Vars.CUSTOMER_ID);
    return new IncidentRequest(customerId == null ? null : customerId.trim(), text(execution, Vars.INSTALLATION),
        text(execution, Vars.TITLE), text(execution, Vars.DESCRIPTION), text(execution, Vars.REQUEST_TYPE),
        text(execution, Vars.PRODUCTION_IMPACT), yesNo(execution, Vars.DATA_LOSS),
        yesNo(execution, Vars.WORKAROUND_AVAILABLE), new IncidentRequest.ContactRequest(
            text(execution, Vars.CONTACT_NAME), text(execution, Vars.CONTACT_PHONE),
            text(execution, Vars.CONTACT_EMAIL)));
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : String.valueOf(value);
  }

  /** The form's radio buttons answer "true" or "false"; anything else is no answer. */
  private static Boolean yesNo(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value instanceof Boolean answer) {
      return answer;
    }
    return "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
  }

  private static FormFieldValidationException refused(List<FieldProblem> problems) {
    return refused(problems.isEmpty() ? "form" : problems.get(0).field(), problems.stream()
        .map(p -> LABELS.getOrDefault(p.field(), p.field()) + ": " + p.message())
        .collect(Collectors.joining("; ")));
  }

  private static FormFieldValidationException refused(String field, String reason) {
    return new FormFieldValidationException(field, "The phone report was not recorded. " + reason + ".");
  }
}
