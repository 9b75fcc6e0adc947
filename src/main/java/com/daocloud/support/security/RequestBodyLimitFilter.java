package com.daocloud.support.security;

import com.daocloud.support.api.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 413 to request bodies above a sane size, before anything parses them: {@code /api} bodies
 * are small JSON documents; elsewhere (deployments of decision tables) a larger limit applies.
 * Bodies of unknown length are read up to the limit and then served from memory.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestBodyLimitFilter extends OncePerRequestFilter {

  private final long maxApiBodyBytes;
  private final long maxBodyBytes;

  public RequestBodyLimitFilter(@Value("${dce.security.max-api-body-bytes}") long maxApiBodyBytes,
      @Value("${dce.security.max-body-bytes}") long maxBodyBytes) {
    this.maxApiBodyBytes = maxApiBodyBytes;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    long limit = SecurityConfig.canonicalPath(request).startsWith("/api/")
        ? maxApiBodyBytes : maxBodyBytes;
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      tooLarge(response, limit);
      return;
    }
    if (declared < 0 && hasBody(request)) {
      byte[] body = readAtMost(request.getInputStream(), limit + 1);
      if (body.length > limit) {
        tooLarge(response, limit);
        return;
      }
      chain.doFilter(new CachedBodyRequest(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean hasBody(HttpServletRequest request) {
    String method = request.getMethod();
    return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
  }

  static byte[] readAtMost(InputStream in, long max) throws IOException {
    return in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 8));
  }

  private static void tooLarge(HttpServletResponse response, long limit) throws IOException {
    Problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
        "Payload too large", "The request body exceeds " + limit + " bytes.");
  }
}
