package com.daocloud.support.s360.inspection;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * An inspection report as the PDF the customer downloads (SVC-2): the report's six sections and the findings,
 * rendered from XHTML by OpenHTMLtoPDF. Every text is escaped, so nothing a report says becomes markup.
 */
@Component
public class InspectionReportPdf {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  public byte[] render(Inspection inspection, String customerName, ZoneId zone) {
    Inspection.Report r = inspection.report();
    String html = """
        <?xml version="1.0" encoding="UTF-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>%s</title><style>
        body { font-family: sans-serif; font-size: 11pt; }
        h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14pt; }
        p { white-space: pre-wrap; }
        </style></head><body>
        <h1>Health inspection report</h1>
        <p>Customer: %s (%s)<br/>Cluster: %s<br/>Due: %s<br/>Completed: %s<br/>Inspection: INS-%d</p>
        <h2>Overall information</h2><p>%s</p>
        <h2>Management nodes</h2><p>%s</p>
        <h2>Compute nodes</h2><p>%s</p>
        <h2>Application status</h2><p>%s</p>
        <h2>Functional requirements and issue handling</h2><p>%s</p>
        <h2>Overall evaluation</h2><p>%s</p>
        <h2>Findings</h2><p>%s</p>
        </body></html>
        """.formatted("Health inspection INS-" + inspection.id(), escape(customerName),
        escape(inspection.customerId()), escape(inspection.cluster()), DATE.format(inspection.dueAt().atZone(zone)),
        DATE.format(inspection.completedAt().atZone(zone)), inspection.id(), escape(r.overallInformation()),
        escape(r.managementNodes()), escape(r.computeNodes()), escape(r.applicationStatus()),
        escape(r.functionalRequirements()), escape(r.overallEvaluation()),
        r.findings() == null || r.findings().isBlank() ? "None." : escape(r.findings()));
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render inspection report INS-" + inspection.id(), e);
    }
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          // Control characters other than line breaks and tabs are not allowed in XML.
          if (c >= 0x20 || c == '\n' || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
