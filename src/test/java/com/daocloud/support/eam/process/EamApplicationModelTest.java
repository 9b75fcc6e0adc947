package com.daocloud.support.eam.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.eam.process.EamApplicationProcess.Elements;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code bpmn/eam-application.bpmn} keeps its fixed tasks (docs/processes.md) and the model rules. */
class EamApplicationModelTest {

  private final BpmnModelInstance model = Bpmn.readModelFromFile(Path.of(EamApplicationProcess.RESOURCE).toFile());

  @Test
  @DisplayName("Tasks that other tools complete (docs/processes.md): eam-application keeps its history; Task_ApproveEam is for support-managers and routes on approved")
  void contract() {
    Process process = model.getModelElementById(EamApplicationProcess.KEY);
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P730D");
    UserTask approve = model.getModelElementById(Elements.TASK_APPROVE_EAM);
    assertThat(approve.getCamundaCandidateGroups()).isEqualTo("support-managers");
    assertThat(approve.getCamundaFormRefBinding()).isEqualTo("deployment");
    ExclusiveGateway approved = model.getModelElementById(Elements.GATEWAY_APPROVED);
    assertThat(approved.getDefault()).isNotNull();
    assertThat(approved.getOutgoing()).anyMatch(f -> f.getConditionExpression() != null
        && f.getConditionExpression().getTextContent().contains("approved"));
  }

  @Test
  @DisplayName("Every diverging XOR has a default flow, every element a shape, and the API-fed start is a save point")
  void houseRules() {
    for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
      if (gateway.getOutgoing().size() > 1) {
        assertThat(gateway.getDefault()).as(gateway.getId()).isNotNull();
      }
    }
    var shapes = model.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId()).toList();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(shapes).as(node.getId()).contains(node.getId());
    }
    assertThat(((StartEvent) model.getModelElementById(Elements.START)).isCamundaAsyncBefore()).isTrue();
  }
}
