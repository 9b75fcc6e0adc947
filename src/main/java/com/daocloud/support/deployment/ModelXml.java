package com.daocloud.support.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Reads a deployed model as XML, the way the engine will read it and never less strictly: the JDK's
 * own parser decodes the bytes (UTF-8, UTF-16 and UTF-32 with or without a byte order mark, or the
 * encoding the XML declaration names), so what is checked afterwards is the document the engine
 * sees, not a guess at its text. A {@code DOCTYPE} is refused whatever the encoding: no model needs
 * one, and it is the door to external entities and entity expansion.
 */
final class ModelXml {

  private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
  private static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
  private static final String EXTERNAL_PARAMETER_ENTITIES =
      "http://xml.org/sax/features/external-parameter-entities";
  private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";
  private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

  private ModelXml() {
  }

  /**
   * Whether the engine or a browser-free reader treats the resource as XML: the engine's model
   * suffixes ({@code .bpmn}, {@code .dmn}, {@code .cmmn}) and anything named {@code .xml}
   * ({@code .bpmn20.xml}, {@code .dmn11.xml}, ...). Forms and other resources are not XML and are
   * left alone.
   */
  static boolean isXml(String resourceName) {
    String lower = resourceName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".bpmn") || lower.endsWith(".dmn") || lower.endsWith(".cmmn")
        || lower.endsWith(".xml");
  }

  /**
   * The parsed document.
   *
   * @throws DeploymentRefusedException when it declares a DOCTYPE or is not XML the parser can read
   */
  static Document parse(String resourceName, byte[] bytes) {
    try {
      // A factory per parse: factories are not guaranteed to be thread-safe, and deployments are rare.
      DocumentBuilder builder = documentBuilderFactory().newDocumentBuilder();
      builder.setErrorHandler(SILENT);
      return builder.parse(new ByteArrayInputStream(bytes));
    } catch (SAXException | IOException e) {
      if (declaresDoctype(bytes)) {
        throw new DeploymentRefusedException(DeploymentRefusedException.Reason.DOCTYPE,
            "Resource '" + resourceName + "' declares a DOCTYPE; DOCTYPE and external entities are "
                + "refused.");
      }
      throw new DeploymentRefusedException(DeploymentRefusedException.Reason.UNREADABLE,
          "Resource '" + resourceName + "' is not XML that can be read: " + describe(e));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser supports these features", e);
    }
  }

  /**
   * Why the parse failed, for the refusal's message: a DOCTYPE (the parser stops there, so the
   * message is ours and does not depend on the parser's wording or locale) or anything else.
   * Reads up to the DOCTYPE's name only: the declaration's internal subset, with its entities, is
   * never read.
   */
  private static boolean declaresDoctype(byte[] bytes) {
    try {
      SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
      factory.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
      factory.setFeature(LOAD_EXTERNAL_DTD, false);
      XMLReader reader = factory.newSAXParser().getXMLReader();
      DoctypeFound found = new DoctypeFound();
      reader.setProperty(LEXICAL_HANDLER, found);
      reader.setContentHandler(found);
      reader.setErrorHandler(SILENT);
      reader.parse(new InputSource(new ByteArrayInputStream(bytes)));
      return false;
    } catch (DoctypeFound.Stop stop) {
      return stop.doctype;
    } catch (SAXException | IOException | ParserConfigurationException e) {
      return false;
    }
  }

  private static String describe(Exception e) {
    if (e instanceof UnsupportedEncodingException) {
      return "its encoding " + e.getMessage() + " is not supported";
    }
    if (e instanceof SAXParseException parse && parse.getLineNumber() > 0) {
      return e.getMessage() + " (line " + parse.getLineNumber() + ", column " + parse.getColumnNumber()
          + ")";
    }
    return e.getMessage();
  }

  private static DocumentBuilderFactory documentBuilderFactory() throws ParserConfigurationException {
    // The JDK's built-in parser, not whichever one the class path offers: its features are known.
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature(DISALLOW_DOCTYPE, true);
    factory.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
    factory.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
    factory.setFeature(LOAD_EXTERNAL_DTD, false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }

  /** The parser's errors become the exception; nothing is printed to the console. */
  private static final ErrorHandler SILENT = new ErrorHandler() {
    @Override
    public void warning(SAXParseException exception) {
      // a warning does not make the document unreadable
    }

    @Override
    public void error(SAXParseException exception) throws SAXException {
      throw exception;
    }

    @Override
    public void fatalError(SAXParseException exception) throws SAXException {
      throw exception;
    }
  };

  /** Stops the parse at the DOCTYPE, or at the first element when there is none. */
  private static final class DoctypeFound extends DefaultHandler2 {

    @Override
    public void startDTD(String name, String publicId, String systemId) throws SAXException {
      throw new Stop(true);
    }

    @Override
    public void startElement(String uri, String localName, String qName,
        org.xml.sax.Attributes attributes) throws SAXException {
      throw new Stop(false);
    }

    static final class Stop extends SAXException {
      final boolean doctype;

      Stop(boolean doctype) {
        super(doctype ? "DOCTYPE" : "no DOCTYPE");
        this.doctype = doctype;
      }
    }
  }
}
