package com.daocloud.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.identity.Groups;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.Multipart;
import com.daocloud.support.testing.ProbeDecisions;
import com.daocloud.support.testing.WebappSession;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The HTTP perimeter (docs/security.md): one decision on the path the dispatcher uses, no cross-site
 * writes, no webapp for customers, forwarded headers from configured proxies only. Each test names the
 * finding of the security review that it holds down.
 */
@IntegrationTest
class PerimeterIT {

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  ProcessEngine engine;

  // ------------------------------------------------------------------------------------------ finding 1

  @Test
  @DisplayName("Finding 1: /%61pi/... and other encoded spellings of /api, /actuator and the API docs give a stranger "
      + "and a customer nothing: 400, never the records")
  void encodedPathsGiveNothingAway() {
    String acme = report("acme-user", "acme");
    String globex = report("globex-user", "globex");
    List<String> paths = List.of("/%61pi/incidents", "/%61pi/incidents/" + acme, "/%61pi/change-requests",
        "/%61pi/eam-applications", "/api/%69ncidents", "/%41PI/incidents", "/%61ctuator/env",
        "/%61ctuator/prometheus", "/%61ctuator/metrics", "/v3/%61pi-docs", "/%65ngine-rest/task",
        "/api/incidents;x=1", "/x/../api/incidents", "//api/incidents", "/./api/incidents");

    for (String path : paths) {
      for (String user : new String[] {null, "acme-user"}) {
        RawHttp.Response response = RawHttp.get(port, path, user == null ? Map.of() : basic(user));

        assertThat(response.status()).as("%s as %s", path, user).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain(acme, globex, "acme", "Exception");
      }
    }
  }

  @Test
  @DisplayName("Finding 1: staff means a member of a staff group; a user of no group reads no incident, change "
      + "request or EAM application")
  void usersOfNoGroupAreNotStaff() {
    String number = report("acme-user", "acme");
    String userId = newUser("perimeter-nogroup-", null);
    Api nobody = Api.as(port, userId);

    for (String path : List.of("/api/incidents", "/api/incidents/" + number, "/api/incidents?customerId=acme",
        "/api/change-requests", "/api/eam-applications")) {
      Api.Response response = nobody.get(path);
      assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(403);
      // (its "instance" is only the address asked for)
      assertThat(response.json().get("detail").asText()).doesNotContain(number);
    }
  }

  @Test
  @DisplayName("Finding 1: nothing falls through to 'permit all': unknown addresses and the webapps' API without a "
      + "session are refused; the webapps' pages and sign-in stay open")
  void denyByDefault() {
    for (String path : List.of("/nothing-here", "/API/incidents", "/Engine-Rest/task", "/camunda/nothing",
        "/camunda/api/engine/engine/default/task", "/camunda/api/engine/engine/default/user",
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics")) {
      RawHttp.Response response = RawHttp.get(port, path, Map.of());
      assertThat(response.status()).as(path).isEqualTo(401);
      assertThat(String.valueOf(response.header("WWW-Authenticate"))).as(path).doesNotStartWith("Basic");
    }
    for (String path : List.of("/camunda/app/tasklist/default/", "/camunda/app/welcome/default/",
        "/camunda/api/engine/engine/", "/camunda/favicon.ico")) {
      assertThat(RawHttp.get(port, path, Map.of()).status()).as(path).isEqualTo(200);
    }
    assertThat(RawHttp.get(port, "/", Map.of()).status()).isEqualTo(302);
  }

  // ------------------------------------------------------------------------------------------ finding 4

  @Test
  @DisplayName("Finding 4: a write to /api or /engine-rest whose Origin is another site, or whose Sec-Fetch-Site says "
      + "cross-site or same-site, is refused with 403 and changes nothing; reads, the own origin and clients "
      + "without these headers pass")
  void crossSiteWritesAreRefused() {
    String self = "http://localhost:" + port;
    Map<String, Map<String, String>> refused = new LinkedHashMap<>();
    refused.put("foreign Origin", Map.of("Origin", "http://evil.example"));
    refused.put("Origin of another port", Map.of("Origin", "http://localhost:" + (port + 1)));
    refused.put("opaque Origin", Map.of("Origin", "null"));
    refused.put("Sec-Fetch-Site cross-site", Map.of("Sec-Fetch-Site", "cross-site"));
    refused.put("Sec-Fetch-Site same-site", Map.of("Sec-Fetch-Site", "same-site"));
    refused.put("own Origin but cross-site", Map.of("Origin", self, "Sec-Fetch-Site", "cross-site"));

    int before = Api.as(port, "demo").get("/api/incidents?customerId=acme").json().size();
    for (var entry : refused.entrySet()) {
      RawHttp.Response response = postIncident(entry.getValue());
      assertThat(response.status()).as(entry.getKey()).isEqualTo(403);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(response.body()).contains("cross-site-request");
    }
    assertThat(Api.as(port, "demo").get("/api/incidents?customerId=acme").json().size()).isEqualTo(before);

    assertThat(postIncident(Map.of()).status()).as("no browser headers (curl, scripts)").isEqualTo(201);
    assertThat(postIncident(Map.of("Origin", self)).status()).as("own origin").isEqualTo(201);
    assertThat(postIncident(Map.of("Sec-Fetch-Site", "same-origin", "Origin", self)).status()).isEqualTo(201);
    assertThat(RawHttp.get(port, "/api/incidents?customerId=acme", with(basic("acme-user"),
        Map.of("Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site"))).status())
        .as("a cross-site read").isEqualTo(200);
  }

  @Test
  @DisplayName("Finding 4: a multipart deployment with another site's Origin is refused and deploys nothing; "
      + "Camunda Modeler's (no Origin) deploys")
  void crossSiteDeploymentIsRefused() {
    String name = "perimeter-" + UUID.randomUUID();
    Api analyst = Api.as(port, "analyst");

    Api.Response forged = analyst.send(Multipart.post(analyst.builder("/engine-rest/deployment/create")
        .header("Origin", "http://evil.example"), Map.of("deployment-name", name), Map.of("perimeter-probe.dmn",
        ProbeDecisions.table("perimeter-probe").getBytes(StandardCharsets.UTF_8))));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isZero();

    Api.Response modeler = analyst.send(Multipart.post(analyst.builder("/engine-rest/deployment/create"),
        Map.of("deployment-name", name), Map.of("perimeter-probe.dmn",
            ProbeDecisions.table("perimeter-probe").getBytes(StandardCharsets.UTF_8))));
    assertThat(modeler.status()).as(modeler.body()).isEqualTo(200);
  }

  @Test
  @DisplayName("Finding 4: a 401 never challenges for Basic (a browser would then keep the password and attach it "
      + "to other sites' requests); Basic credentials sent unasked still work")
  void noBasicChallenge() {
    for (String path : List.of("/api/incidents", "/engine-rest/task", "/actuator/env", "/nothing-here")) {
      RawHttp.Response response = RawHttp.get(port, path, Map.of());
      assertThat(response.status()).as(path).isEqualTo(401);
      assertThat(response.header("WWW-Authenticate")).as(path).isEqualTo("Bearer realm=\"dce-support\"");
    }
    assertThat(RawHttp.get(port, "/api/incidents", basic("acme-user")).status()).isEqualTo(200);
  }

  // ------------------------------------------------------------------------------------------ finding 9

  @Test
  @DisplayName("Finding 9: a customer user signs in to no webapp, Welcome included (403 for the right password, "
      + "401 for a wrong one)")
  void customersCannotSignInToWebapps() {
    // A customer user of its own: a wrong password locks the user for a few seconds.
    String customer = newUser("perimeter-customer-", Groups.CUSTOMERS);
    for (String app : List.of("welcome", "tasklist", "cockpit", "admin")) {
      WebappSession session = new WebappSession(port);
      assertThat(session.login(app, customer, customer)).as(app).isEqualTo(403);
      assertThat(session.get("/camunda/api/admin/auth/user/default").status()).as(app).isNotEqualTo(200);
    }
    assertThat(new WebappSession(port).login("welcome", customer, "wrong")).isEqualTo(401);
    assertThat(new WebappSession(port).login("welcome", "engineer", "engineer")).isEqualTo(200);
  }

  @Test
  @DisplayName("Finding 9: a webapp session of a user who became a customer ends at its next request once the "
      + "webapp has reloaded the user's groups")
  void sessionsOfCustomersEnd() {
    String userId = newUser("perimeter-turncoat-", Groups.SUPPORT_ENGINEERS);
    WebappSession session = new WebappSession(port);
    assertThat(session.login("welcome", userId, userId)).isEqualTo(200);
    String profile = "/camunda/api/engine/engine/default/user/" + userId + "/profile";
    assertThat(session.get(profile).status()).isEqualTo(200);

    identityService.createMembership(userId, Groups.CUSTOMERS);
    JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    boolean jobsWereActive = jobs != null && jobs.isActive();
    // The webapps reload a session's groups after 5 minutes; no timer of another test may fire meanwhile.
    if (jobsWereActive) {
      jobs.shutdown();
    }
    try {
      ClockUtil.offset(6 * 60_000L);
      // The first request reloads the groups (the webapp's own filter runs after ours), the next is refused
      List<Integer> statuses = new ArrayList<>();
      statuses.add(session.get(profile).status());
      statuses.add(session.get(profile).status());
      assertThat(statuses).contains(403);
      assertThat(session.get("/camunda/api/admin/auth/user/default").status()).isNotEqualTo(200);
    } finally {
      ClockUtil.reset();
      if (jobsWereActive) {
        jobs.start();
      }
    }
  }

  // ----------------------------------------------------------------------------------------- finding 13

  @Test
  @DisplayName("Finding 13: percent-encoded path segments on /engine-rest answer 4xx, never a 500 with a stack "
      + "trace or a class name; encoded letters and separators are refused at the firewall (400 problem details)")
  void encodedEngineRestSegments() {
    for (String path : List.of("/engine-rest/%70rocess-definition", "/%65ngine-rest/process-definition",
        "/engine-rest/%74ask", "/engine-rest/%2Ftask", "/engine-rest/%2e%2e/api/incidents", "/engine-rest/%25task",
        "/%65ngine-rest/engine/default/task")) {
      RawHttp.Response response = RawHttp.get(port, path, basic("demo"));
      assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(400);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(response.body()).as(path).doesNotContain("Exception", "at org.", "java.");
    }
    // Encoded characters that do need encoding name no resource: the engine's usual 404
    for (String path : List.of("/engine-rest/%C3%A9", "/engine-rest/%20task", "/engine-rest/%3Atask")) {
      RawHttp.Response response = RawHttp.get(port, path, basic("demo"));
      assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(404);
      assertThat(response.body()).as(path).doesNotContain("at org.", "java.", "org.");
    }
  }

  // ----------------------------------------------------------------------------------------- finding 14

  @Test
  @DisplayName("Finding 14: X-Forwarded-* from an address that is not a configured proxy change nothing (no HSTS, "
      + "no foreign host in redirects or in the own origin); redirects never name a host")
  void forwardedHeadersOnlyFromTrustedProxies() {
    String untrusted = untrustedAddress();
    Map<String, String> forged = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "evil.example",
        "X-Forwarded-For", "203.0.113.9");

    RawHttp.Response page = RawHttp.send(untrusted, port, "GET", "/camunda/app/tasklist/default/", forged, null, null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Strict-Transport-Security")).isNull();
    RawHttp.Response redirect = RawHttp.send(untrusted, port, "GET", "/", forged, null, null);
    assertThat(redirect.header("Location")).isEqualTo("/camunda/app/");
    // A page of evil.example does not become our own origin by naming itself in X-Forwarded-Host
    RawHttp.Response write = RawHttp.send(untrusted, port, "POST", "/api/incidents",
        with(with(basic("acme-user"), forged), Map.of("Origin", "https://evil.example")), "application/json",
        AuthorizationMatrixIT.incident("acme").getBytes(StandardCharsets.UTF_8));
    assertThat(write.status()).isEqualTo(403);

    // From the configured proxy (the tests: IPv4 loopback) the same headers count, but redirects stay relative
    RawHttp.Response proxied = RawHttp.send("127.0.0.1", port, "GET", "/", forged, null, null);
    assertThat(proxied.header("Location")).isEqualTo("/camunda/app/");
    RawHttp.Response proxiedWrite = RawHttp.send("127.0.0.1", port, "POST", "/api/incidents",
        with(with(basic("acme-user"), forged), Map.of("Origin", "https://evil.example")), "application/json",
        AuthorizationMatrixIT.incident("acme").getBytes(StandardCharsets.UTF_8));
    assertThat(proxiedWrite.status()).as(proxiedWrite.body()).isEqualTo(201);
  }

  // ------------------------------------------------------------------------------------------- helpers

  private String report(String user, String customer) {
    Api.Response created = Api.as(port, user).post("/api/incidents", AuthorizationMatrixIT.incident(customer));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("number").asText();
  }

  /** A user whose password is its id, member of {@code group} (or of none). */
  private String newUser(String prefix, String group) {
    String userId = prefix + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(userId);
    user.setPassword(userId);
    identityService.saveUser(user);
    if (group != null) {
      identityService.createMembership(userId, group);
    }
    return userId;
  }

  private RawHttp.Response postIncident(Map<String, String> headers) {
    return RawHttp.send("localhost", port, "POST", "/api/incidents", with(basic("acme-user"), headers),
        "application/json", AuthorizationMatrixIT.incident("acme").getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, String> basic(String user) {
    return Map.of("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, String> with(Map<String, String> first, Map<String, String> second) {
    Map<String, String> both = new LinkedHashMap<>(first);
    both.putAll(second);
    return both;
  }

  /** An address of this machine that the application answers on but does not trust as a proxy. */
  private String untrustedAddress() {
    List<String> candidates = new ArrayList<>(List.of("::1"));
    try {
      for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress address : Collections.list(network.getInetAddresses())) {
          if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
            candidates.add(address.getHostAddress());
          }
        }
      }
    } catch (IOException e) {
      // Loopback over IPv6 is the usual candidate anyway.
    }
    for (String candidate : candidates) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(candidate, port), 2_000);
        return candidate;
      } catch (IOException unreachable) {
        // try the next one
      }
    }
    throw new IllegalStateException("No address of this machine other than 127.0.0.1 reaches the application");
  }
}
