package com.daocloud.support.incident.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.incident.IncidentStatus;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/** {@code bpmn/incident-handling.bpmn} keeps its fixed tasks (docs/processes.md) and the model rules. */
class IncidentModelTest {

  private static final Path MODEL = Path.of("bpmn", "incident-handling.bpmn");
  private final BpmnModelInstance model = Bpmn.readModelFromFile(MODEL.toFile());

  @Test
  @DisplayName("CLS-3: the process keeps its history for two years and is executable")
  void historyTimeToLive() {
    Process process = model.getModelElementById(IncidentProcess.KEY);
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P730D");
  }

  @Test
  @DisplayName("LVL-1, RSP-1: the process decides level and response terms itself, with business rule tasks on the "
      + "latest tables, before its first save point (the report's answer carries them)")
  void intakeDecisionsAreBusinessRuleTasks() {
    StartEvent start = model.getModelElementById(IncidentProcess.Elements.START);
    assertThat(start.isCamundaAsyncBefore()).isFalse();
    assertThat(start.isCamundaAsyncAfter()).isFalse();
    BusinessRuleTask level = model.getModelElementById(IncidentProcess.Elements.TASK_DECIDE_LEVEL);
    assertThat(level.getCamundaDecisionRef()).isEqualTo("incident-level");
    assertThat(level.getCamundaDecisionRefBinding()).isIn(null, "latest");
    assertThat(level.getCamundaResultVariable()).isEqualTo(IncidentProcess.Vars.LEVEL);
    BusinessRuleTask terms = model.getModelElementById(IncidentProcess.Elements.TASK_DECIDE_RESPONSE_TERMS);
    assertThat(terms.getCamundaDecisionRef()).isEqualTo("response-sla");
    assertThat(terms.getCamundaDecisionRefBinding()).isIn(null, "latest");
    assertThat(start.getOutgoing()).singleElement().satisfies(f -> assertThat(f.getTarget()).isEqualTo(level));
    assertThat(level.getOutgoing()).singleElement().satisfies(f -> assertThat(f.getTarget()).isEqualTo(terms));
  }

  @Test
  @DisplayName("One screen each: the main diagram has about 30 flow nodes and one terminate end event, each drill-down "
      + "at most 25")
  void readableAtAGlance() {
    Process process = model.getModelElementById(IncidentProcess.KEY);
    List<FlowNode> main = process.getChildElementsByType(FlowNode.class).stream().toList();
    assertThat(main).hasSizeLessThanOrEqualTo(34);
    assertThat(main).filteredOn(n -> n instanceof EndEvent end
        && end.getEventDefinitions().stream().anyMatch(d -> d instanceof TerminateEventDefinition))
        .extracting(BaseElement::getId).containsExactly(IncidentProcess.Elements.END_INCIDENT_CLOSED);
    for (SubProcess sub : model.getModelElementsByType(SubProcess.class)) {
      assertThat(sub.getChildElementsByType(FlowNode.class)).as(sub.getId()).hasSizeLessThanOrEqualTo(25);
    }
  }

  @Test
  @DisplayName("CLS-1..4, SCP-2, SCP-3: every flow that ends the work sets one of the API's closure codes, and each "
      + "code has its flow")
  void closingFlowsSetTheApiClosureCodes() {
    Pattern setsCode = Pattern.compile("\\$\\{execution\\.setVariable\\('closureCode', '([a-z-]+)'\\)}");
    Set<String> codes = new HashSet<>();
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      for (CamundaExecutionListener listener : flow.getChildElementsByType(ExtensionElements.class).stream()
          .flatMap(x -> x.getChildElementsByType(CamundaExecutionListener.class).stream()).toList()) {
        Matcher matcher = setsCode.matcher(listener.getCamundaExpression());
        assertThat(matcher.matches()).as(flow.getId() + " " + listener.getCamundaExpression()).isTrue();
        assertThat(listener.getCamundaEvent()).as(flow.getId()).isEqualTo("take");
        assertThat(flow.getName()).as(flow.getId() + " is labelled with its code").isEqualTo(matcher.group(1));
        codes.add(matcher.group(1));
      }
    }
    assertThat(codes).containsExactlyInAnyOrderElementsOf(IncidentStatus.CLOSURE_CODES);
  }

  @Test
  @DisplayName("Tasks that other tools complete (docs/processes.md): the fixed tasks keep their ids and candidate groups")
  void contractTasks() {
    Map<String, String> fixed = Map.of(
        "Task_AcknowledgeLevel1", "duty-supervisors",
        "Task_ContactCustomer", "customer-service, support-engineers",
        "Task_ResolveIncident", "support-engineers",
        "Task_PostStatusUpdate", "support-engineers",
        "Task_HandleResponseBreach", "duty-supervisors",
        "Task_ReviewSuggestion", "support-managers");
    fixed.forEach((id, groups) -> {
      UserTask task = model.getModelElementById(id);
      assertThat(task).as(id).isNotNull();
      assertThat(task.getCamundaCandidateGroups()).as(id).isEqualTo(groups);
      // No fixed assignee: only the engineer who proposed a solution gets "Resolve incident" back after an
      // objection (L12-6); the first time it is the group's.
      assertThat(task.getCamundaAssignee()).as(id)
          .isEqualTo(id.equals("Task_ResolveIncident") ? "${incidentTasks.previousResolver(execution)}" : null);
    });
  }

  @Test
  @DisplayName("Every user task has a Camunda Form of the deployment whose id matches")
  void everyUserTaskHasAForm() throws Exception {
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String formRef = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
      assertThat(formRef).as(task.getId()).isNotBlank();
      assertThat(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding"))
          .as(task.getId()).isEqualTo("deployment");
      File form = Path.of("bpmn", formRef + ".form").toFile();
      assertThat(form).as(task.getId()).exists();
      assertThat(Files.readString(form.toPath())).contains("\"id\": \"" + formRef + "\"");
    }
  }

  @Test
  @DisplayName("Readable ids only: type prefix + PascalCase, nothing generated by the Modeler")
  void readableIds() {
    Pattern readable = Pattern.compile("(StartEvent|EndEvent|Task|ServiceTask|Gateway|ParallelGateway|EventGateway"
        + "|ReceiveTask|Flow|Timer|TimerCatch|MessageCatch|Condition|EscalationThrow|SubProcess|EventSubProcess|TextAnnotation"
        + "|Association)"
        + "_[A-Z][A-Za-z0-9]*");
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      if (element instanceof Process || element.getId() == null || element.getId().contains("EventDefinition")
          || element.getId().startsWith("Message_") || element.getId().startsWith("Escalation_") || element.getId().startsWith("Definitions_")) {
        continue;
      }
      assertThat(element.getId()).as(element.getElementType().getTypeName()).matches(readable);
    }
  }

  @Test
  @DisplayName("Every diverging exclusive gateway has a default flow")
  void defaults() {
    for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
      if (gateway.getOutgoing().size() > 1) {
        assertThat(gateway.getDefault()).as(gateway.getId()).isNotNull();
      }
    }
  }

  @Test
  @DisplayName("Every delegate expression names a @Component of the incident process")
  void delegatesExist() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    Set<String> beans = new HashSet<>();
    for (BeanDefinition definition : scanner.findCandidateComponents("com.daocloud.support.incident.process")) {
      try {
        beans.add(Class.forName(definition.getBeanClassName()).getAnnotation(Component.class).value());
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    }
    Pattern expression = Pattern.compile("\\$\\{(\\w+)}");
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      Matcher matcher = expression.matcher(String.valueOf(task.getCamundaDelegateExpression()));
      assertThat(matcher.matches()).as(task.getId()).isTrue();
      assertThat(beans).as(task.getId()).contains(matcher.group(1));
    }
  }
}
