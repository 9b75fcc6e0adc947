package com.daocloud.support.models;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The rules every model of {@code bpmn/} and {@code dmn/} keeps: it parses; its
 * process or decision key equals the file name in kebab-case; it has a history time to live; no
 * element carries a Modeler-generated id; every user task has a Camunda Form that exists; every
 * {@code delegateExpression} names an existing bean.
 */
final class ModelLint {

  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  /** Camunda Modeler's ids: a type prefix and seven random characters, e.g. Activity_0x1f2ab. */
  private static final Pattern GENERATED_ID = Pattern.compile("^[A-Za-z]+_[0-9][0-9a-z]{6}$");
  private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");

  private final Set<String> beanNames;
  private final Set<String> formIds;

  ModelLint(Set<String> beanNames, Set<String> formIds) {
    this.beanNames = beanNames;
    this.formIds = formIds;
  }

  /** The ids of the Camunda Forms in a folder (each .form file's top-level "id"). */
  static Set<String> formIdsIn(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return Set.of();
    }
    try (var files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".form")).map(f -> {
        try {
          var id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.toFile()).get("id");
          return id != null ? id.asText() : f.getFileName().toString();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).collect(java.util.stream.Collectors.toSet());
    }
  }

  List<String> bpmnProblems(String fileName, byte[] content) {
    List<String> problems = new ArrayList<>();
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
    } catch (RuntimeException e) {
      return List.of(fileName + ": does not parse: " + e.getMessage());
    }
    String key = fileName.replaceFirst("\\.bpmn$", "");
    var processes = model.getModelElementsByType(Process.class);
    if (processes.stream().noneMatch(p -> key.equals(p.getId()))) {
      problems.add(fileName + ": no process with the file's name as its key");
    }
    if (!KEBAB.matcher(key).matches()) {
      problems.add(fileName + ": the key is not kebab-case");
    }
    for (Process process : processes) {
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(fileName + ": process " + process.getId() + " has no historyTimeToLive");
      }
    }
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      if (element instanceof FlowElement || element instanceof Process) {
        checkId(fileName, element.getId(), problems);
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String formRef = task.getCamundaFormRef();
      if (formRef == null && task.getCamundaFormKey() == null) {
        problems.add(fileName + ": user task " + task.getId() + " has no form");
      } else if (formRef != null && !formIds.contains(formRef)) {
        problems.add(fileName + ": user task " + task.getId() + " refers to form '" + formRef
            + "', which no .form file beside it has");
      }
    }
    for (ModelElementInstance element : model.getModelElementsByType(
        model.getModel().getType(BaseElement.class))) {
      String expression = element.getAttributeValueNs(
          "http://camunda.org/schema/1.0/bpmn", "delegateExpression");
      if (expression != null) {
        checkBean(fileName, ((BaseElement) element).getId(), expression, problems);
      }
    }
    for (var listener : model.getModelElementsByType(
        org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener.class)) {
      if (listener.getCamundaDelegateExpression() != null) {
        checkBean(fileName, "execution listener", listener.getCamundaDelegateExpression(),
            problems);
      }
    }
    for (var listener : model.getModelElementsByType(
        org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener.class)) {
      if (listener.getCamundaDelegateExpression() != null) {
        checkBean(fileName, "task listener", listener.getCamundaDelegateExpression(), problems);
      }
    }
    return problems;
  }

  List<String> dmnProblems(String fileName, byte[] content) {
    List<String> problems = new ArrayList<>();
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
    } catch (RuntimeException e) {
      return List.of(fileName + ": does not parse: " + e.getMessage());
    }
    String key = fileName.replaceFirst("\\.dmn$", "");
    var decisions = model.getModelElementsByType(Decision.class);
    if (decisions.stream().noneMatch(d -> key.equals(d.getId()))) {
      problems.add(fileName + ": no decision with the file's name as its key");
    }
    if (!KEBAB.matcher(key).matches()) {
      problems.add(fileName + ": the key is not kebab-case");
    }
    for (Decision decision : decisions) {
      if (decision.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(fileName + ": decision " + decision.getId() + " has no historyTimeToLive");
      }
    }
    for (DmnElement element : model.getModelElementsByType(DmnElement.class)) {
      checkId(fileName, element.getId(), problems);
    }
    return problems;
  }

  private static void checkId(String fileName, String id, List<String> problems) {
    if (id != null && GENERATED_ID.matcher(id).matches()) {
      problems.add(fileName + ": generated id " + id);
    }
  }

  private void checkBean(String fileName, String where, String expression,
      List<String> problems) {
    Matcher matcher = BEAN_EXPRESSION.matcher(expression.trim());
    if (!matcher.matches()) {
      problems.add(fileName + ": " + where + " has delegateExpression " + expression
          + ", not a bean reference ${name}");
    } else if (!beanNames.contains(matcher.group(1))) {
      problems.add(fileName + ": " + where + " refers to bean '" + matcher.group(1)
          + "', which does not exist");
    }
  }
}
