package com.daocloud.support.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.daocloud.support.customer.CustomerDirectory;
import com.daocloud.support.customer.CustomerProfile;
import com.daocloud.support.incident.Incident;
import com.daocloud.support.incident.IncidentIntake;
import com.daocloud.support.incident.ReportTarget;
import com.daocloud.support.phone.PhoneReportProcess.Elements;
import com.daocloud.support.phone.PhoneReportProcess.Vars;
import jakarta.validation.Validation;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/**
 * The {@code phone-report} model with its real delegate, the API's constraints and cluster check; intake itself is
 * a stand-in (what it records is {@code IncidentIntake}'s own tests' and the browser test's).
 */
@Deployment(resources = {PhoneReportProcess.RESOURCE, PhoneReportProcess.FORM})
class PhoneReportProcessTest {

  private static final CustomerProfile ACME = new CustomerProfile("acme", "Acme", "professional",
      ZoneId.of("Asia/Shanghai"), "cn-2026", List.of("acme-user", "acme-admin"));

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(engine()).build();

  private final IncidentIntake intake = mock(IncidentIntake.class);

  private static ProcessEngine engine() {
    StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
    config.setJdbcUrl("jdbc:h2:mem:phone-report-process;DB_CLOSE_DELAY=-1");
    config.setDatabaseSchemaUpdate("create-drop");
    config.setHistory("full");
    config.setJobExecutorActivate(false);
    config.setEnforceHistoryTimeToLive(true);
    config.setExpressionManager(new MockExpressionManager());
    config.setProcessEngineName("phone-report-process-tests");
    return config.buildProcessEngine();
  }

  @BeforeEach
  void setUp() {
    CustomerDirectory customers = new CustomerDirectory() {
      @Override
      public Optional<CustomerProfile> find(String customerId) {
        return "acme".equals(customerId) ? Optional.of(ACME) : Optional.empty();
      }

      @Override
      public Optional<String> customerOfUser(String userId) {
        return Optional.empty();
      }

      @Override
      public List<String> clusters(String customerId) {
        return "acme".equals(customerId) ? List.of("prod-1", "test-1") : List.of();
      }
    };
    Mocks.register("phoneReportDelegate", new PhoneReportDelegate(intake, new ReportTarget(customers),
        Validation.buildDefaultValidatorFactory().getValidator()));
    extension.getIdentityService().setAuthenticatedUserId("service");
  }

  @AfterEach
  void tearDown() {
    extension.getIdentityService().clearAuthentication();
    Mocks.reset();
  }

  @Test
  @DisplayName("A phone report goes through intake as the signed-in user's report and ends with the incident's number as business key")
  void reportGoesThroughIntake() {
    // Given intake records the report as INC-2026-000042
    Incident incident = mock(Incident.class);
    when(incident.number()).thenReturn("INC-2026-000042");
    when(intake.report(any())).thenReturn(new IncidentIntake.Reported(incident, false));

    // When service submits the start form
    ProcessInstance pi = submit(answers());

    // Then intake got the report as the API would have sent it, from service, without an idempotency key
    ArgumentCaptor<IncidentIntake.Report> report = ArgumentCaptor.forClass(IncidentIntake.Report.class);
    verify(intake).report(report.capture());
    assertThat(report.getValue()).isEqualTo(new IncidentIntake.Report(ACME, "prod-1",
        "Orders are not processed", "The order service answers 503.", "fault", "outage", false, false,
        new Incident.Contact("Li Lei", "+86 10 1234 5678", null), "service", null));

    // And the phone report ended, named by the incident it recorded
    assertThat(pi).isEnded().hasPassed(Elements.START, Elements.TASK_RECORD_INCIDENT, Elements.END_RECORDED);
    assertThat(extension.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
        .singleResult().getBusinessKey()).isEqualTo("INC-2026-000042");
    assertThat(extension.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(Vars.INCIDENT_NUMBER).singleResult().getValue()).isEqualTo("INC-2026-000042");
  }

  @Test
  @DisplayName("A cluster the customer does not have fails the start with the customer's clusters; nothing reaches intake and no instance is left")
  void unknownClusterFailsTheStart() {
    Map<String, Object> answers = answers();
    answers.put(Vars.INSTALLATION, "prod-9");

    assertThatThrownBy(() -> submit(answers)).isInstanceOf(FormFieldValidationException.class)
        .hasMessage("The phone report was not recorded. Cluster: is not a cluster of customer acme; "
            + "its clusters: prod-1, test-1.");
    verify(intake, never()).report(any());
    assertThat(extension.getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
  }

  @Test
  @DisplayName("An unknown customer fails the start naming the customer id field")
  void unknownCustomerFailsTheStart() {
    Map<String, Object> answers = answers();
    answers.put(Vars.CUSTOMER_ID, "acne");

    assertThatThrownBy(() -> submit(answers)).isInstanceOf(FormFieldValidationException.class)
        .hasMessage("The phone report was not recorded. Customer id: no such customer.");
    verify(intake, never()).report(any());
  }

  @Test
  @DisplayName("Missing answers fail the start with the API's own messages, each named by the form's label")
  void missingAnswersFailTheStart() {
    Map<String, Object> answers = answers();
    answers.remove(Vars.DATA_LOSS);
    answers.remove(Vars.CONTACT_PHONE);
    answers.put(Vars.TITLE, " ");

    assertThatThrownBy(() -> submit(answers)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageStartingWith("The phone report was not recorded. ")
        .hasMessageContaining("Data lost: is required (true or false)")
        .hasMessageContaining("Phone: give a phone number or an e-mail address")
        .hasMessageContaining("The problem in one line: ");
    verify(intake, never()).report(any());
  }

  @Test
  @DisplayName("Without a signed-in user nothing is recorded: a phone report names who took it")
  void anonymousStartIsRefused() {
    extension.getIdentityService().clearAuthentication();

    assertThatThrownBy(() -> submit(answers())).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("signed-in member of customer service");
    verify(intake, never()).report(any());
  }

  /** What the start form sends: strings, the yes/no questions as "true" and "false". */
  private static Map<String, Object> answers() {
    Map<String, Object> answers = new HashMap<>();
    answers.put(Vars.CUSTOMER_ID, " acme ");
    answers.put(Vars.INSTALLATION, "prod-1 ");
    answers.put(Vars.REQUEST_TYPE, "fault");
    answers.put(Vars.PRODUCTION_IMPACT, "outage");
    answers.put(Vars.DATA_LOSS, "false");
    answers.put(Vars.WORKAROUND_AVAILABLE, "false");
    answers.put(Vars.TITLE, "Orders are not processed ");
    answers.put(Vars.DESCRIPTION, "The order service answers 503.");
    answers.put(Vars.CONTACT_NAME, "Li Lei");
    answers.put(Vars.CONTACT_PHONE, "+86 10 1234 5678");
    answers.put(Vars.CONTACT_EMAIL, "");
    return answers;
  }

  private ProcessInstance submit(Map<String, Object> answers) {
    String definition = extension.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PhoneReportProcess.KEY).singleResult().getId();
    return extension.getFormService().submitStartForm(definition, answers);
  }
}
