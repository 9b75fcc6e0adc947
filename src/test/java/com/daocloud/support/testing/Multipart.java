package com.daocloud.support.testing;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** A multipart/form-data body, as Camunda Modeler sends to {@code /engine-rest/deployment/create}. */
public final class Multipart {

  private Multipart() {
  }

  /** Fields are text parts; files map a file name to its content. */
  public static HttpRequest.Builder post(HttpRequest.Builder builder, Map<String, String> fields,
      Map<String, byte[]> files) {
    String boundary = "----dce" + UUID.randomUUID();
    var out = new java.io.ByteArrayOutputStream();
    fields.forEach((name, value) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n"));
    files.forEach((name, content) -> {
      write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
          + "\"; filename=\"" + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      out.writeBytes(content);
      write(out, "\r\n");
    });
    write(out, "--" + boundary + "--\r\n");
    return builder.header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
  }

  private static void write(java.io.ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
