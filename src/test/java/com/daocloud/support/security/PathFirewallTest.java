package com.daocloud.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.util.UriUtils;

class PathFirewallTest {

  private final PathFirewall firewall = new PathFirewall();

  @Test
  @DisplayName("Finding 1: addresses that dispatchers could read differently are refused: encoded letters, digits "
      + "and -._~, //, dot segments, ;parameters")
  void ambiguousAddressesAreRefused() {
    for (String uri : List.of("/%61pi/incidents", "/api/%69ncidents", "/api/incidents/INC-2026-%30%30", "/%7Eapi",
        "/engine-rest/%2Dx", "/api/%5Fx", "/%65ngine-rest/task", "//api/incidents", "/x/../api/incidents",
        "/./api/incidents", "/api;x=1/incidents", "/api/incidents%2F1", "/api/%2e%2e/x", "/api/%25")) {
      assertThatThrownBy(() -> firewall.getFirewalledRequest(request(uri)))
          .as(uri).isInstanceOf(RequestRejectedException.class);
    }
  }

  @Test
  @DisplayName("Characters that need encoding stay allowed (spaces, non-ASCII, reserved characters in ids)")
  void necessaryEncodingsPass() {
    for (String uri : List.of("/api/incidents", "/engine-rest/process-instance/x/variables/my%20var",
        "/engine-rest/user/%C3%A9mile/profile", "/api/incidents/a%3Ab")) {
      assertThat(firewall.getFirewalledRequest(request(uri))).as(uri).isNotNull();
    }
  }

  private static MockHttpServletRequest request(String uri) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
    // Tomcat hands the servlet path over decoded
    request.setServletPath(UriUtils.decode(uri, StandardCharsets.UTF_8));
    return request;
  }
}
