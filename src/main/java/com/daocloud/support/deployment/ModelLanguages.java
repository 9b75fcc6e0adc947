package com.daocloud.support.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a parsed model would make the engine run besides data: scripts, and the expression
 * languages its decisions name. Everything is read from the parsed document (an attribute's value
 * as the engine reads it, entities and character references resolved), in any namespace and any
 * case of the element or attribute name, so neither quoting nor prefixes nor encodings hide one.
 *
 * <p>The language names are judged exactly as Camunda 7.24's DMN engine judges them
 * ({@code ExpressionEvaluationHandler}): FEEL is one of the FEEL namespace URIs of DMN 1.1 to 1.5,
 * character for character, or {@code feel} in any case; JUEL is {@code juel} in any case; any other
 * name, {@code " feel "} with spaces included, is handed to a script engine of that name. An absent
 * {@code expressionLanguage} means FEEL (the engine's default unless its FEEL legacy behaviour is
 * switched on, which this application never does).
 */
final class ModelLanguages {

  /** BPMN's declared default expression language, which Camunda's process engine ignores. */
  static final String XPATH = "http://www.w3.org/1999/XPath";

  private static final List<String> FEEL_URIS = List.of(
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15);

  private ModelLanguages() {
  }

  /** Which expression languages a model may name. */
  enum Allowed {
    /** Policy analysts' tables, and the policy's decisions whoever deploys them: data only. */
    FEEL(ModelLanguages::isFeel),
    /** Administrators' and the application's own decisions: JUEL is sandboxed by the engine. */
    FEEL_OR_JUEL(language -> isFeel(language) || isJuel(language)),
    /**
     * Process and case models: the engine does not read {@code expressionLanguage} there (a
     * condition's language is its {@code language} attribute, refused as a script).
     */
    PROCESS(language -> isFeel(language) || isJuel(language) || XPATH.equals(language));

    private final Predicate<String> accepts;

    Allowed(Predicate<String> accepts) {
      this.accepts = accepts;
    }
  }

  /**
   * One thing found in a model.
   *
   * @param decision the key of the decision it is in, or null (outside any decision)
   * @param where    the element, as a reader finds it in Modeler: {@code outputEntry 'Rule_1_Out'}
   * @param what     what is wrong there
   */
  record Finding(String decision, String where, String what) {

    @Override
    public String toString() {
      return where + ": " + what;
    }
  }

  /** Whether Camunda's DMN engine evaluates an expression of this language as FEEL. */
  static boolean isFeel(String language) {
    return FEEL_URIS.contains(language)
        || DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE
            .equals(language.toLowerCase(Locale.ROOT));
  }

  /** Whether Camunda's DMN engine evaluates an expression of this language as JUEL. */
  static boolean isJuel(String language) {
    return DefaultDmnEngineConfiguration.JUEL_EXPRESSION_LANGUAGE.equalsIgnoreCase(language);
  }

  /**
   * Every script in the model, refused for everyone: script tasks, {@code camunda:script} (in
   * listeners, input and output parameters, connectors), a {@code scriptFormat} anywhere, and a
   * {@code language} attribute anywhere (a BPMN condition with a language is a script).
   */
  static List<Finding> scripts(Document document) {
    List<Finding> found = new ArrayList<>();
    for (Element element : elements(document)) {
      String name = localName(element);
      if (name.equalsIgnoreCase("scriptTask")) {
        found.add(finding(element, "a script task"));
      } else if (name.equalsIgnoreCase("script")) {
        found.add(finding(element, "a script"));
      }
      for (Attr attribute : attributes(element)) {
        String attributeName = localName(attribute);
        if (attributeName.equalsIgnoreCase("scriptFormat")) {
          found.add(finding(element, attribute.getName() + "=\"" + attribute.getValue()
              + "\" (a script)"));
        } else if (attributeName.equalsIgnoreCase("language")) {
          found.add(finding(element, attribute.getName() + "=\"" + attribute.getValue()
              + "\" (an expression with a language is run as a script)"));
        }
      }
    }
    return found;
  }

  /**
   * Every {@code expressionLanguage} attribute, on any element (the definitions' default, input
   * expressions, input and output entries, literal expressions, allowed values ...), that names a
   * language the model may not use.
   */
  static List<Finding> expressionLanguages(Document document, Allowed allowed) {
    List<Finding> found = new ArrayList<>();
    for (Element element : elements(document)) {
      for (Attr attribute : attributes(element)) {
        if (localName(attribute).equalsIgnoreCase("expressionLanguage")
            && !allowed.accepts.test(attribute.getValue())) {
          found.add(finding(element, attribute.getName() + "=\"" + attribute.getValue() + "\""));
        }
      }
    }
    return found;
  }

  /** The ids of the decisions the model defines. */
  static List<String> decisionIds(Document document) {
    return elements(document).stream().filter(e -> localName(e).equals("decision"))
        .map(e -> e.getAttribute("id")).filter(id -> !id.isEmpty()).toList();
  }

  private static Finding finding(Element element, String what) {
    return new Finding(enclosingDecision(element), describe(element), what);
  }

  /** {@code outputEntry 'Rule_1_Out'}, or {@code text in outputEntry 'Rule_1_Out'} without an id. */
  private static String describe(Element element) {
    String id = element.getAttribute("id");
    if (!id.isEmpty()) {
      return localName(element) + " '" + id + "'";
    }
    for (Node parent = element.getParentNode(); parent instanceof Element ancestor;
        parent = parent.getParentNode()) {
      if (!ancestor.getAttribute("id").isEmpty()) {
        return localName(element) + " in " + describe(ancestor);
      }
    }
    return localName(element);
  }

  private static String enclosingDecision(Element element) {
    for (Node node = element; node instanceof Element candidate; node = node.getParentNode()) {
      if (localName(candidate).equals("decision") && !candidate.getAttribute("id").isEmpty()) {
        return candidate.getAttribute("id");
      }
    }
    return null;
  }

  private static List<Element> elements(Document document) {
    NodeList all = document.getElementsByTagNameNS("*", "*");
    List<Element> elements = new ArrayList<>(all.getLength());
    for (int i = 0; i < all.getLength(); i++) {
      elements.add((Element) all.item(i));
    }
    return elements;
  }

  private static List<Attr> attributes(Element element) {
    NamedNodeMap map = element.getAttributes();
    List<Attr> attributes = new ArrayList<>(map.getLength());
    for (int i = 0; i < map.getLength(); i++) {
      attributes.add((Attr) map.item(i));
    }
    return attributes;
  }

  private static String localName(Node node) {
    return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
  }
}
