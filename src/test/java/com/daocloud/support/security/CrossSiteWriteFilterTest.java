package com.daocloud.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CrossSiteWriteFilterTest {

  @Test
  @DisplayName("Finding 4: writes from another site's page are refused; reads, the own origin and clients that are "
      + "not browsers pass")
  void crossSiteWrites() throws Exception {
    assertThat(status("POST", Map.of("Origin", "https://evil.example"))).isEqualTo(403);
    assertThat(status("DELETE", Map.of("Origin", "null"))).isEqualTo(403);
    assertThat(status("PUT", Map.of("Sec-Fetch-Site", "cross-site"))).isEqualTo(403);
    assertThat(status("PATCH", Map.of("Sec-Fetch-Site", "Same-Site"))).isEqualTo(403);
    assertThat(status("POST", Map.of("Origin", "https://support.example:8443"))).isEqualTo(403);

    assertThat(status("POST", Map.of())).isEqualTo(200);
    assertThat(status("POST", Map.of("Origin", "https://support.example"))).isEqualTo(200);
    assertThat(status("POST", Map.of("Origin", "HTTPS://Support.Example", "Sec-Fetch-Site", "same-origin")))
        .isEqualTo(200);
    assertThat(status("POST", Map.of("Sec-Fetch-Site", "none"))).isEqualTo(200);
    assertThat(status("GET", Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site")))
        .isEqualTo(200);
    assertThat(status("OPTIONS", Map.of("Origin", "https://evil.example"))).isEqualTo(200);
  }

  private static int status(String method, Map<String, String> headers) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/incidents");
    request.setScheme("https");
    request.setServerName("support.example");
    request.setServerPort(443);
    headers.forEach(request::addHeader);
    MockHttpServletResponse response = new MockHttpServletResponse();
    new CrossSiteWriteFilter().doFilter(request, response, new MockFilterChain());
    return response.getStatus();
  }
}
