package com.daocloud.support.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The outcome lists of {@link TaskOutcomes} follow the forms: Tasklist submits every enabled field. */
class TaskOutcomesTest {

  @Test
  @DisplayName("Finding 14: every user task is listed, and every enabled field of its form is one of its outcome variables")
  void outcomesCoverEveryFormField() throws IOException {
    Map<String, Set<String>> formFields = new HashMap<>();
    try (Stream<Path> forms = Files.list(Path.of("bpmn"))) {
      for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode json = new ObjectMapper().readTree(form.toFile());
        Set<String> keys = new TreeSet<>();
        collect(json.path("components"), keys);
        formFields.put(json.path("id").asText(), keys);
      }
    }
    Set<String> tasks = new TreeSet<>();
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path model : models.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        for (UserTask task : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class)) {
          tasks.add(task.getId());
          assertThat(TaskOutcomes.of(task.getId())).as(task.getId() + "'s outcome variables")
              .containsAll(formFields.getOrDefault(task.getCamundaFormRef(), Set.of()));
        }
      }
    }
    assertThat(TaskOutcomes.tasks()).containsExactlyInAnyOrderElementsOf(tasks);
  }

  private static void collect(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key") && !component.path("disabled").asBoolean()) {
        keys.add(component.path("key").asText());
      }
      collect(component.path("components"), keys);
    }
  }
}
