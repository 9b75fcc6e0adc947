package com.daocloud.support.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.incident.process.IncidentProcess.Values;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The words of the Camunda Forms are for the people who work the tasks: no policy rule ids, ISO durations or
 * machine timestamps inside a sentence. The rule ids stay available in one small note at the end of each form
 * (docs/policy.md explains them), and the files keep the layout Camunda Modeler writes.
 */
class FormWordingTest {

  /** A policy rule id: RSP-5, SCP-1, L12-5, LC-4 ... (docs/policy.md). */
  private static final String RULE = "[A-Z]{1,3}[0-9]{0,2}-[0-9]+";
  private static final Pattern RULE_ID = Pattern.compile("\\b" + RULE + "\\b");
  /** An ISO-8601 duration (PT1H, PT30M, P2D) or a machine timestamp (2026-11-30T09:42). */
  private static final Pattern MACHINE_TIME =
      Pattern.compile("\\bP(T?\\d+[YMWDHS])+\\b|\\bPT\\d|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
  /**
   * Process variables that hold an ISO-8601 instant for the process's timers and due dates; a form shows such a
   * time through its task's input parameter in words ({@code plannedAtText}: CustomerTimes).
   */
  private static final Set<String> INSTANT_VARIABLES = Set.of("plannedAt", "dueAt", "windowFrom", "windowTo",
      "reportedAt", "responseDueAt", "responseWarningAt");
  private static final Pattern POLICY_NOTE = Pattern.compile(
      "<span class=\"small text-muted\">Policy: " + RULE + "(, " + RULE + ")*</span>");
  private static final String POLICY_NOTE_ID = "Text_Policy";
  /** What the supervisor's forms tell about the Incident tab, which Tasklist opens before the form. */
  private static final String SUPERVISOR_TAB = "The Incident tab shows who holds the incident, whether the customer"
      + " has been contacted, the access state and the time left.";

  static Stream<Path> forms() throws IOException {
    return FormTextTest.forms();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  @DisplayName("No text, label, description or choice of a form names a policy rule, an ISO duration or a machine timestamp, or templates a variable that holds a machine instant (it shows {{plannedAtText}}, the time in words); the policy note names the rules")
  void sentencesAreForPeople(Path form) throws IOException {
    List<String> offending = new ArrayList<>();
    for (JsonNode component : FormTextTest.components(form)) {
      if (POLICY_NOTE_ID.equals(component.path("id").asText())) {
        continue;
      }
      for (String words : words(component)) {
        Matcher rule = RULE_ID.matcher(words);
        Matcher time = MACHINE_TIME.matcher(words);
        if (rule.find()) {
          offending.add(component.path("id").asText() + " names " + rule.group() + ": " + words);
        }
        if (time.find()) {
          offending.add(component.path("id").asText() + " writes " + time.group() + ": " + words);
        }
        FormTextTest.variables(words).stream().filter(INSTANT_VARIABLES::contains)
            .forEach(variable -> offending.add(component.path("id").asText() + " shows " + variable + ": " + words));
      }
    }
    assertThat(offending).as("sentences of " + form).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  @DisplayName("Each form ends with one small policy note naming its rules")
  void policyNoteEndsEachForm(Path form) throws IOException {
    JsonNode components = read(form).path("components");
    JsonNode last = components.get(components.size() - 1);

    assertThat(last.path("id").asText()).as("last component of " + form).isEqualTo(POLICY_NOTE_ID);
    assertThat(last.path("type").asText()).isEqualTo("text");
    assertThat(last.path("text").asText()).as("policy note of " + form).matches(POLICY_NOTE);
    assertThat(FormTextTest.components(form)).filteredOn(c -> POLICY_NOTE_ID.equals(c.path("id").asText()))
        .hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  @DisplayName("Each form is laid out as Camunda Modeler writes it: its top-level keys, two-space indentation, schema 16")
  void modelerLayout(Path form) throws IOException {
    String file = Files.readString(form, StandardCharsets.UTF_8);
    JsonNode json = read(form);

    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactlyInAnyOrder("components", "type", "id", "executionPlatform",
        "executionPlatformVersion", "exporter", "schemaVersion");
    assertThat(json.path("type").asText()).isEqualTo("default");
    assertThat(form.getFileName().toString()).isEqualTo(json.path("id").asText() + ".form");
    assertThat(json.path("exporter").path("name").asText()).isEqualTo("Camunda Modeler");
    assertThat(json.path("schemaVersion").asInt()).isEqualTo(16);
    assertThat(FormTextTest.components(form))
        .allSatisfy(c -> assertThat(c.path("id").asText()).matches("(Text|Field)_[A-Za-z0-9]+"));
    assertThat(file).as(form + " as Modeler writes it").isEqualTo(modelerFormat(json));
  }

  @Test
  @DisplayName("The supervisors' acknowledgement and breach forms say what the Incident tab shows them")
  void supervisorFormsPointToTheIncidentTab() throws IOException {
    for (String form : List.of("form-acknowledge-level1.form", "form-handle-response-breach.form")) {
      assertThat(words(Path.of("bpmn", form))).as(form).anyMatch(words -> words.contains(SUPERVISOR_TAB));
    }
  }

  @Test
  @DisplayName("EAM-2, LC-3, LC-4: the contact and resolve forms say what the entitlement means for the engineer's work: no on-site under extended maintenance, limited support may cost extra, code fixes limited")
  void incidentFormsStateTheEntitlementsConsequence() throws IOException {
    assertThat(String.join(" ", words(Path.of("bpmn", "form-contact-customer.form"))))
        .contains("under extended maintenance there is no on-site support", "limited support", "may cost extra");
    assertThat(String.join(" ", words(Path.of("bpmn", "form-resolve-incident.form"))))
        .contains("under extended maintenance, code-level fixes only for Levels 1 and 2 and no on-site support",
            "best-effort support without code fixes", "limited support", "may cost extra");
  }

  @Test
  @DisplayName("RSP-3: the breach form asks for the action taken, one of the actions the process records, and a note")
  void breachFormRecordsTheAction() throws IOException {
    JsonNode action = component(Path.of("bpmn", "form-handle-response-breach.form"), "breachAction");
    JsonNode note = component(Path.of("bpmn", "form-handle-response-breach.form"), "breachNote");

    assertThat(action.path("label").asText()).isEqualTo("Action taken");
    assertThat(action.path("type").asText()).isEqualTo("radio");
    assertThat(action.path("validate").path("required").asBoolean()).isTrue();
    List<String> values = new ArrayList<>();
    action.path("values").forEach(v -> values.add(v.path("value").asText()));
    assertThat(values).containsExactlyElementsOf(Values.BREACH_ACTIONS);
    assertThat(note.path("type").asText()).isEqualTo("textarea");
  }

  /** Everything a component shows as words: text, label, description and the labels of its choices. */
  private static List<String> words(JsonNode component) {
    List<String> words = new ArrayList<>();
    for (String property : List.of("text", "label", "description")) {
      if (component.path(property).isTextual()) {
        words.add(component.path(property).asText());
      }
    }
    component.path("values").forEach(v -> words.add(v.path("label").asText()));
    return words;
  }

  private static List<String> words(Path form) throws IOException {
    List<String> words = new ArrayList<>();
    FormTextTest.components(form).forEach(c -> words.addAll(words(c)));
    return words;
  }

  private static JsonNode component(Path form, String key) throws IOException {
    return FormTextTest.components(form).stream().filter(c -> key.equals(c.path("key").asText())).findFirst()
        .orElseThrow(() -> new AssertionError(form + " has no field " + key));
  }

  private static JsonNode read(Path form) throws IOException {
    return new ObjectMapper().readTree(form.toFile());
  }

  /** The JSON as Modeler saves it: two spaces, {@code "key": value}, one line per value, a final newline. */
  private static String modelerFormat(JsonNode json) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return new ObjectMapper().writer(printer).writeValueAsString(json) + "\n";
  }
}
