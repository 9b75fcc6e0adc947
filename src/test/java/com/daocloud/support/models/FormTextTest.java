package com.daocloud.support.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Camunda Forms render {@code text} (and {@code html}) components as Markdown with templating, and the
 * sanitiser keeps links and images: text a customer wrote, templated into such a component, becomes a
 * link or a tracking image inside the form an engineer works from. Customer text is therefore shown in
 * disabled (read-only, never submitted) fields bound to its variable, which the browser renders as plain
 * text, and templates name only values the application itself computed.
 */
class FormTextTest {

  /**
   * What a template may show: numbers, codes, dates and explanations the application computes, and the
   * customer's name and clusters as administrators record them. Anything else is free text.
   */
  private static final Set<String> COMPUTED = Set.of("incidentNumber", "changeNumber", "applicationNumber",
      "customerId", "customerName", "serviceTier", "cluster", "product", "version", "changeType", "level",
      "levelReason", "responseDue", "responseTime", "coverage", "slaExplanation", "reportedAt", "plannedAtText",
      "noticeDays", "minimumNoticeDays", "effectiveDate", "additionalFees", "scope", "scopeReason",
      "entitlementStatus", "entitlementReason", "entitlementExplanation", "discussionCadence", "years", "eamYears",
      "coverageStart", "coverageEnd", "arrearsFrom", "arrearsTo", "eossDate",
      // S360 (SVC-2): codes, validated CVE ids and version ranges, dates
      "advisoryKind", "severity", "cveIds", "affected", "fixedIn", "dueAtText", "kind", "installations",
      "windowFromText", "windowToText");
  /** Variables that hold what a customer wrote (reports, answers, objections, change requests). */
  private static final Set<String> CUSTOMER_TEXT = Set.of("title", "description", "contactName", "contactPhone",
      "contactEmail", "informationProvided", "closureComment", "newDataCenter");
  private static final Set<String> TEMPLATED_PROPERTIES = Set.of("text", "content", "label", "description");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
  private static final Set<String> FEEL_WORDS = Set.of("if", "then", "else", "for", "in", "return", "and", "or",
      "not", "null", "true", "false", "some", "every", "satisfies", "loop", "this", "parent", "_this_", "_parent_");

  static Stream<Path> forms() throws IOException {
    return Files.list(Path.of("bpmn")).filter(f -> f.toString().endsWith(".form")).sorted();
  }

  /**
   * The forms of user tasks, which show what was recorded. A start form (a phone report that customer service
   * types in) has nothing recorded to show: Tasklist opens it empty, and its fields are the input.
   */
  static Stream<Path> taskForms() throws IOException {
    Set<String> startForms = new TreeSet<>();
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path model : models.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(StartEvent.class).stream()
            .map(StartEvent::getCamundaFormRef).filter(java.util.Objects::nonNull).forEach(startForms::add);
      }
    }
    List<Path> tasks = new ArrayList<>();
    for (Path form : forms().toList()) {
      if (!startForms.contains(new ObjectMapper().readTree(form.toFile()).path("id").asText())) {
        tasks.add(form);
      }
    }
    return tasks.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  @DisplayName("Finding 10: no text, html, label or description of a form templates a variable other than the application's computed values")
  void templatesShowOnlyComputedValues(Path form) throws IOException {
    List<String> offending = new ArrayList<>();
    for (JsonNode component : components(form)) {
      for (String property : TEMPLATED_PROPERTIES) {
        JsonNode value = component.get(property);
        if (value != null && value.isTextual()) {
          for (String variable : variables(value.asText())) {
            if (!COMPUTED.contains(variable)) {
              offending.add(component.path("id").asText() + "." + property + " shows " + variable);
            }
          }
        }
      }
    }
    assertThat(offending).as("templated free text in " + form).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("taskForms")
  @DisplayName("Finding 10: a field bound to customer text is disabled: shown as plain text and never submitted back")
  void customerTextFieldsAreReadOnly(Path form) throws IOException {
    for (JsonNode component : components(form)) {
      if (CUSTOMER_TEXT.contains(component.path("key").asText())) {
        assertThat(component.path("disabled").asBoolean())
            .as(component.path("id").asText() + " in " + form + " is disabled").isTrue();
        assertThat(component.path("type").asText()).isIn("textfield", "textarea");
      }
    }
  }

  /** The variables a template or FEEL expression ({@code =...}) refers to. */
  static Set<String> variables(String text) {
    List<String> expressions = new ArrayList<>();
    if (text.startsWith("=")) {
      expressions.add(text.substring(1));
    } else {
      Matcher m = TEMPLATE.matcher(text);
      while (m.find()) {
        expressions.add(m.group(1).replaceFirst("^\\s*[#/](\\w+)?", ""));
      }
    }
    Set<String> variables = new TreeSet<>();
    for (String expression : expressions) {
      Matcher id = IDENTIFIER.matcher(QUOTED.matcher(expression).replaceAll(""));
      while (id.find()) {
        if (!FEEL_WORDS.contains(id.group())) {
          variables.add(id.group());
        }
      }
    }
    return variables;
  }

  /** Every component of a form, nested ones included, in the order of the file. */
  static List<JsonNode> components(Path form) throws IOException {
    List<JsonNode> all = new ArrayList<>();
    collect(new ObjectMapper().readTree(form.toFile()).path("components"), all);
    return all;
  }

  private static void collect(JsonNode components, List<JsonNode> into) {
    for (JsonNode component : components) {
      into.add(component);
      collect(component.path("components"), into);
    }
  }
}
