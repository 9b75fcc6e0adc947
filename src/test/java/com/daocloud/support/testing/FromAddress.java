package com.daocloud.support.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP requests to the application from a chosen loopback source address (127.0.0.2, 127.0.0.3, ...),
 * so that a test can play callers on different addresses; Java's HttpClient cannot pick its source
 * address on Java 17. Plain HTTP/1.0: one request per connection, the answer ends with the connection.
 */
public final class FromAddress {

  private final String source;
  private final int port;

  private FromAddress(String source, int port) {
    this.source = source;
    this.port = port;
  }

  public static FromAddress of(String source, int port) {
    return new FromAddress(source, port);
  }

  public String address() {
    return source;
  }

  /** Status, headers (names in lower case, each first value) and body of one answer. */
  public record Answer(int status, Map<String, String> headers, List<String> cookies, String body) {

    public Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
  }

  public Answer get(String path, Map<String, String> headers) {
    return send("GET", path, headers, null);
  }

  public Answer send(String method, String path, Map<String, String> headers, String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.0\r\n")
        .append("Host: localhost:").append(port).append("\r\n");
    headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    if (body != null) {
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(source, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException("HTTP call from " + source + " failed: " + e.getMessage(), e);
    }
  }

  private static Answer parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    String body = end < 0 ? "" : text.substring(end + 4);
    String[] lines = head.split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    List<String> cookies = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = lines[i].substring(colon + 1).trim();
        headers.putIfAbsent(name, value);
        if (name.equals("set-cookie")) {
          cookies.add(value.split(";", 2)[0]);
        }
      }
    }
    return new Answer(status, headers, cookies, body);
  }
}
