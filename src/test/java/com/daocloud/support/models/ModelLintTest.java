package com.daocloud.support.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/** Every model the application deploys keeps the rules of {@link ModelLint}. */
class ModelLintTest {

  private static final Path BPMN = Path.of("bpmn");
  private static final Path DMN = Path.of("dmn");

  static Stream<Path> models() throws IOException {
    return Stream.concat(list(BPMN, ".bpmn"), list(DMN, ".dmn"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  @DisplayName("Each model parses, is named by its key, keeps history, has readable ids, forms and beans")
  void modelKeepsTheRules(Path file) throws IOException {
    byte[] content = Files.readAllBytes(file);
    String name = file.getFileName().toString();

    List<String> problems = name.endsWith(".bpmn") ? lint().bpmnProblems(name, content)
        : lint().dmnProblems(name, content);

    assertThat(problems).isEmpty();
  }

  @Test
  @DisplayName("The lint finds every kind of problem it is there for")
  void lintFindsProblems() {
    String bpmn = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="x">
          <process id="Process_1a2b3c4" isExecutable="true">
            <startEvent id="StartEvent_Begun"/>
            <userTask id="Activity_0x1f2ab" name="No form"/>
            <userTask id="Task_WithMissingForm" camunda:formRef="nowhere" camunda:formRefBinding="deployment"/>
            <serviceTask id="Task_Call" camunda:delegateExpression="${noSuchDelegate}"/>
          </process>
        </definitions>""";
    String dmn = """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_1xyz789"
            name="d" namespace="x">
          <decision id="Decision_0abc123" name="d"><literalExpression id="Le_Value"><text>1</text>
          </literalExpression></decision>
        </definitions>""";

    List<String> bpmnProblems = lint().bpmnProblems("some-process.bpmn",
        bpmn.getBytes(StandardCharsets.UTF_8));
    List<String> dmnProblems = lint().dmnProblems("some-decision.dmn",
        dmn.getBytes(StandardCharsets.UTF_8));
    List<String> unparsable = lint().bpmnProblems("broken.bpmn",
        "<definitions".getBytes(StandardCharsets.UTF_8));

    assertThat(bpmnProblems).anyMatch(p -> p.contains("no process with the file's name"))
        .anyMatch(p -> p.contains("has no historyTimeToLive"))
        .anyMatch(p -> p.contains("generated id Activity_0x1f2ab"))
        .anyMatch(p -> p.contains("Activity_0x1f2ab has no form"))
        .anyMatch(p -> p.contains("refers to form 'nowhere'"))
        .anyMatch(p -> p.contains("bean 'noSuchDelegate'"));
    assertThat(dmnProblems).anyMatch(p -> p.contains("no decision with the file's name"))
        .anyMatch(p -> p.contains("has no historyTimeToLive"))
        .anyMatch(p -> p.contains("generated id Decision_0abc123"));
    assertThat(unparsable).singleElement().asString().contains("does not parse");
    assertThat(lint().dmnProblems("Not_Kebab.dmn", dmn.getBytes(StandardCharsets.UTF_8)))
        .anyMatch(p -> p.contains("not kebab-case"));
  }

  private static ModelLint lint() {
    try {
      return new ModelLint(beanNames(), ModelLint.formIdsIn(BPMN));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The names of the application's @Component beans, as Spring derives them. */
  static Set<String> beanNames() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    return scanner.findCandidateComponents("com.daocloud.support").stream()
        .map(ModelLintTest::beanName).collect(Collectors.toSet());
  }

  private static String beanName(BeanDefinition definition) {
    AnnotatedTypeMetadata metadata =
        ((org.springframework.beans.factory.annotation.AnnotatedBeanDefinition) definition)
            .getMetadata();
    AnnotationAttributes attributes = AnnotationAttributes.fromMap(
        metadata.getAnnotationAttributes(Component.class.getName()));
    String explicit = attributes != null ? attributes.getString("value") : "";
    if (!explicit.isEmpty()) {
      return explicit;
    }
    String className = definition.getBeanClassName();
    return Introspector.decapitalize(className.substring(className.lastIndexOf('.') + 1));
  }

  private static Stream<Path> list(Path folder, String suffix) throws IOException {
    if (!Files.isDirectory(folder)) {
      return Stream.empty();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList().stream();
    }
  }
}
