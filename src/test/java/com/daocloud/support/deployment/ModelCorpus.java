package com.daocloud.support.deployment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * Models as an attacker writes them, for the deployment guard's tests: the same small decision
 * table with an expression language on each kind of element, process models with each way of
 * asking for a script, and DOCTYPEs in every encoding the XML parser detects.
 */
final class ModelCorpus {

  static final String DMN_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA_BPMN_NS = "http://camunda.org/schema/1.0/bpmn";

  private ModelCorpus() {
  }

  /** Where in a decision an {@code expressionLanguage} attribute (or a canary) is put. */
  enum Place {
    DEFINITIONS, INPUT_EXPRESSION, INPUT_ENTRY, OUTPUT_ENTRY, INPUT_VALUES, LITERAL_EXPRESSION
  }

  /**
   * A decision table {@code key} (input {@code a}, output {@code b}, one rule) and, for
   * {@link Place#LITERAL_EXPRESSION}, a literal-expression decision {@code key-literal} beside it.
   *
   * @param attribute written verbatim into the element at {@code place}, e.g.
   *                  {@code expressionLanguage="juel"}, or "" for none
   * @param expression the text of the element at {@code place} (ignored for {@link Place#DEFINITIONS})
   */
  static String decision(String key, Place place, String attribute, String expression) {
    String at = " " + attribute;
    String input = place == Place.INPUT_EXPRESSION ? expression : "a";
    String entry = place == Place.INPUT_ENTRY ? expression : "-";
    String output = place == Place.OUTPUT_ENTRY ? expression : "\"x\"";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<definitions xmlns=\"" + DMN_NS + "\" xmlns:camunda=\"http://camunda.org/schema/1.0/dmn\""
        + " xmlns:other=\"urn:other\" id=\"Definitions_" + key + "\" name=\"corpus\" namespace=\"urn:corpus\""
        + (place == Place.DEFINITIONS ? at : "") + ">\n"
        + "  <decision id=\"" + key + "\" name=\"corpus\" camunda:historyTimeToLive=\"P1D\">\n"
        + "    <decisionTable id=\"DecisionTable_" + key + "\">\n"
        + "      <input id=\"Input_A\">\n"
        + "        <inputExpression id=\"InputExpression_A\" typeRef=\"string\""
        + (place == Place.INPUT_EXPRESSION ? at : "") + "><text>" + input + "</text></inputExpression>\n"
        + (place == Place.INPUT_VALUES
            ? "        <inputValues id=\"InputValues_A\"" + at + "><text>" + expression + "</text></inputValues>\n"
            : "")
        + "      </input>\n"
        + "      <output id=\"Output_B\" name=\"b\" typeRef=\"string\" />\n"
        + "      <rule id=\"Rule_1\">\n"
        + "        <inputEntry id=\"Rule_1_In\"" + (place == Place.INPUT_ENTRY ? at : "") + "><text>"
        + entry + "</text></inputEntry>\n"
        + "        <outputEntry id=\"Rule_1_Out\"" + (place == Place.OUTPUT_ENTRY ? at : "") + "><text>"
        + output + "</text></outputEntry>\n"
        + "      </rule>\n"
        + "    </decisionTable>\n"
        + "  </decision>\n"
        + (place == Place.LITERAL_EXPRESSION
            ? "  <decision id=\"" + key + "-literal\" name=\"literal\" camunda:historyTimeToLive=\"P1D\">\n"
                + "    <variable id=\"Variable_Literal\" name=\"c\" typeRef=\"string\" />\n"
                + "    <literalExpression id=\"LiteralExpression_C\"" + at + "><text>" + expression
                + "</text></literalExpression>\n"
                + "  </decision>\n"
            : "")
        + "</definitions>\n";
  }

  /**
   * A JUEL expression that creates the file when it is evaluated: proof that a table's code ran.
   * Reflection from a string, as an attacker without any variable of their own would write it.
   */
  static String canary(Path file) {
    return "${\"\".getClass().forName(\"java.io.FileOutputStream\").getConstructor(\"\".getClass())"
        + ".newInstance(\"" + file.toAbsolutePath() + "\").close()}";
  }

  /** A process model {@code key}; {@code body} goes inside the process after its start event. */
  static String process(String key, String body) {
    return process(key, "", body);
  }

  /** As {@link #process(String, String)}, with attributes on {@code definitions}. */
  static String process(String key, String definitionsAttributes, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<bpmn:definitions xmlns:bpmn=\"" + BPMN_NS + "\" xmlns:camunda=\"" + CAMUNDA_BPMN_NS + "\""
        + " xmlns:activiti=\"http://activiti.org/bpmn\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" id=\"Definitions_" + key + "\""
        + " targetNamespace=\"urn:corpus\"" + definitionsAttributes + ">\n"
        + "  <bpmn:process id=\"" + key + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\">\n"
        + "    <bpmn:startEvent id=\"StartEvent_1\" />\n"
        + body + "\n"
        + "  </bpmn:process>\n"
        + "</bpmn:definitions>\n";
  }

  /** A start event, a gateway and a flow whose condition carries {@code languageAttribute}. */
  static String conditionalFlow(String languageAttribute) {
    return "    <bpmn:exclusiveGateway id=\"Gateway_1\" default=\"Flow_Default\" />\n"
        + "    <bpmn:sequenceFlow id=\"Flow_Start\" sourceRef=\"StartEvent_1\" targetRef=\"Gateway_1\" />\n"
        + "    <bpmn:sequenceFlow id=\"Flow_Conditional\" sourceRef=\"Gateway_1\" targetRef=\"EndEvent_1\">\n"
        + "      <bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" " + languageAttribute
        + ">true</bpmn:conditionExpression>\n"
        + "    </bpmn:sequenceFlow>\n"
        + "    <bpmn:sequenceFlow id=\"Flow_Default\" sourceRef=\"Gateway_1\" targetRef=\"EndEvent_1\" />\n"
        + "    <bpmn:endEvent id=\"EndEvent_1\" />";
  }

  /** A user task with these extension elements. */
  static String taskWithExtensions(String extensionElements) {
    return "    <bpmn:userTask id=\"Task_1\"><bpmn:extensionElements>" + extensionElements
        + "</bpmn:extensionElements></bpmn:userTask>";
  }

  /** A DMN whose DOCTYPE declares an external entity and uses it in an attribute. */
  static String doctypeDecision(String xmlDeclaration) {
    return xmlDeclaration + "<!DOCTYPE definitions [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<definitions xmlns=\"" + DMN_NS + "\" id=\"xxe\" name=\"&xxe;\" namespace=\"x\"/>";
  }

  /** The same decision without a DOCTYPE. */
  static String plainDecision(String xmlDeclaration) {
    return xmlDeclaration + "<definitions xmlns=\"" + DMN_NS + "\" id=\"plain\" name=\"plain\""
        + " namespace=\"x\"/>";
  }

  /**
   * How a document's characters become bytes: a charset, an optional byte order mark and an
   * optional XML declaration naming an encoding.
   *
   * @param readable whether the JDK's XML parser (and so the engine) can read such a document
   */
  record Encoding(String label, String charset, String byteOrderMark, String declared,
      boolean readable) {

    String declaration() {
      return declared.isEmpty() ? "" : "<?xml version=\"1.0\" encoding=\"" + declared + "\"?>";
    }

    byte[] encode(String xml) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(HexFormat.of().parseHex(byteOrderMark));
      out.writeBytes(xml.getBytes(Charset.forName(charset)));
      return out.toByteArray();
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** Every way of encoding a model the parser tells apart, readable or not. */
  static final Encoding[] ENCODINGS = {
      new Encoding("UTF-8", "UTF-8", "", "", true),
      new Encoding("UTF-8 with BOM", "UTF-8", "EFBBBF", "UTF-8", true),
      new Encoding("UTF-16LE with BOM", "UTF-16LE", "FFFE", "", true),
      new Encoding("UTF-16BE with BOM", "UTF-16BE", "FEFF", "", true),
      new Encoding("UTF-16LE without BOM, declared UTF-16", "UTF-16LE", "", "UTF-16", true),
      new Encoding("UTF-16BE without BOM, declared UTF-16", "UTF-16BE", "", "UTF-16", true),
      new Encoding("UTF-16LE without BOM or declaration", "UTF-16LE", "", "", false),
      new Encoding("UTF-16BE without BOM or declaration", "UTF-16BE", "", "", false),
      new Encoding("UTF-32BE without BOM", "UTF-32BE", "", "", true),
      new Encoding("UTF-32LE without BOM", "UTF-32LE", "", "", true),
      new Encoding("UTF-32BE without BOM, declared UTF-32", "UTF-32BE", "", "UTF-32", true),
      new Encoding("UTF-32BE with BOM", "UTF-32BE", "0000FEFF", "", false),
      new Encoding("UTF-32LE with BOM", "UTF-32LE", "FFFE0000", "", false),
      new Encoding("EBCDIC, declared IBM037", "IBM037", "", "IBM037", true),
      new Encoding("ISO-8859-1, declared", "ISO-8859-1", "", "ISO-8859-1", true),
      new Encoding("UTF-8 bytes declared UTF-16", "UTF-8", "", "UTF-16", false),
      new Encoding("declared UTF-7", "UTF-8", "", "UTF-7", false),
  };

  static byte[] utf8(String xml) {
    return xml.getBytes(StandardCharsets.UTF_8);
  }
}
