package com.daocloud.support.change.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.change.process.ChangeControlProcess.Elements;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code bpmn/change-control.bpmn} keeps its fixed tasks (docs/processes.md) and the model rules. */
class ChangeControlModelTest {

  private final BpmnModelInstance model = Bpmn.readModelFromFile(Path.of(ChangeControlProcess.RESOURCE).toFile());

  @Test
  @DisplayName("Every process keeps its history: change-control is executable and keeps its history")
  void keyAndHistory() {
    Process process = model.getModelElementById(ChangeControlProcess.KEY);
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P730D");
  }

  @Test
  @DisplayName("CHG-1: Task_ReviewLateNotice is for support-managers and routes on lateNoticeAccepted")
  void contractTask() {
    UserTask review = model.getModelElementById(Elements.TASK_REVIEW_LATE_NOTICE);
    assertThat(review.getCamundaCandidateGroups()).isEqualTo("support-managers");
    assertThat(review.getCamundaAssignee()).isNull();
    ExclusiveGateway accepted = model.getModelElementById(Elements.GATEWAY_LATE_NOTICE_ACCEPTED);
    assertThat(accepted.getOutgoing()).anyMatch(f -> f.getConditionExpression() != null
        && f.getConditionExpression().getTextContent().contains("lateNoticeAccepted"));
  }

  @Test
  @DisplayName("Every diverging XOR has a default flow; every element has a shape; the change's own start (right after the API's transaction) and the call-out are save points")
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
    // CHG-2: the API's start runs into the change's scope, so its downtime boundary exists when the API answers;
    // the save point is the change's own start.
    assertThat(((StartEvent) model.getModelElementById(Elements.START)).isCamundaAsyncBefore()).isFalse();
    assertThat(((StartEvent) model.getModelElementById(Elements.START_CHANGE)).isCamundaAsyncBefore()).isTrue();
    assertThat(((ServiceTask) model.getModelElementById(Elements.TASK_OPEN_DOWNTIME_INCIDENT)).isCamundaAsyncBefore())
        .isTrue();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaFormRef()).as(task.getId()).isNotNull();
      assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
      assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNotBlank();
    }
  }
}
