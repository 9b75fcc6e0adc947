package com.daocloud.support.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, so that the request line carries the address exactly as written
 * ({@code //}, {@code /./}, {@code ..}, {@code ;param}, percent-encoded letters): Java's HTTP clients
 * may normalise or refuse some of these before they leave the test.
 */
final class RawHttp {

  private RawHttp() {
  }

  /** One request; {@code headers} are sent as given (e.g. Authorization, Origin), then Connection: close. */
  static Response send(String host, int port, String method, String target, Map<String, String> headers,
      String contentType, byte[] body) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 10_000);
      socket.setSoTimeout(60_000);
      StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
          .append("Host: ").append(host.contains(":") ? "[" + host + "]" : host).append(':').append(port)
          .append("\r\n");
      headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
      if (body != null) {
        head.append("Content-Type: ").append(contentType).append("\r\n")
            .append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("Connection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + target + " failed", e);
    }
  }

  static Response get(int port, String target, Map<String, String> headers) {
    return send("localhost", port, "GET", target, headers, null, null);
  }

  private static Response parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    String[] lines = head.split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
    }
    return new Response(status, headers, end < 0 ? "" : text.substring(end + 4));
  }

  /** Status, headers (names in lower case, first value) and the body as received (possibly chunked). */
  record Response(int status, Map<String, String> headers, String body) {

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }
}
