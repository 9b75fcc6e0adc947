package com.daocloud.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.identity.Groups;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.FromAddress;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.WebappSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Security: the webapps' CSRF protection, the security headers of webapp pages and of the APIs
 * (HSTS behind a TLS-terminating proxy), and the engine's short, bounded login lock (finding 5).
 */
@IntegrationTest
class WebappHardeningIT {

  private static final String TASKLIST_PAGE = "/camunda/app/tasklist/default/";
  private static final String TASK_QUERY = "/camunda/api/engine/engine/default/task?firstResult=0&maxResults=5";
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  ProcessEngine engine;

  @Autowired
  FilterService filterService;

  @Test
  @DisplayName("CSRF: a webapp login or a Tasklist API call without the session's X-XSRF-TOKEN is refused with 403")
  void webappCallsWithoutXsrfTokenAreRefused() {
    // Given a browser that opened Tasklist (it has the session and XSRF cookies)
    WebappSession forged = new WebappSession(port);
    forged.get(TASKLIST_PAGE);

    // When a page of another site makes it post the login form: refused, no session is created
    Api.Response login = forged.postWithoutXsrfToken("/camunda/api/admin/auth/user/default/login/tasklist",
        "application/x-www-form-urlencoded", "username=engineer&password=engineer");
    assertThat(login.status()).isEqualTo(403);
    assertThat(forged.get("/camunda/api/admin/auth/user/default").status()).isNotEqualTo(200);

    // And a signed-in engineer's Tasklist answers its own page, but not a forged request
    WebappSession tasklist = new WebappSession(port);
    assertThat(tasklist.login("tasklist", "engineer", "engineer")).isEqualTo(200);
    // the login starts a new session; its token comes with the next answer, as the app's next request shows
    assertThat(tasklist.get("/camunda/api/admin/auth/user/default").status()).isEqualTo(200);
    Api.Response withToken = tasklist.post(TASK_QUERY, "application/json", "{}");
    assertThat(withToken.status()).as(withToken.body()).isEqualTo(200);
    assertThat(tasklist.postWithoutXsrfToken(TASK_QUERY, "application/json", "{}").status()).isEqualTo(403);
    String forgedFilter = "forged-" + UUID.randomUUID();
    assertThat(tasklist.postWithoutXsrfToken("/camunda/api/engine/engine/default/filter/create", "application/json",
        "{\"resourceType\": \"Task\", \"name\": \"" + forgedFilter + "\", \"query\": {}}").status())
        .isIn(401, 403);
    assertThat(filterService.createFilterQuery().filterName(forgedFilter).count()).isZero();
  }

  @Test
  @DisplayName("Webapp pages carry a Content-Security-Policy, nosniff and frame options; /api answers too")
  void securityHeaders() throws Exception {
    HttpHeaders page = get(TASKLIST_PAGE, null, null).headers();
    assertThat(page.firstValue("Content-Security-Policy")).get().asString()
        .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'");
    assertThat(page.firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.firstValue("X-Frame-Options")).get().asString().isIn("SAMEORIGIN", "DENY");

    HttpHeaders api = get("/api/calendars", "engineer", null).headers();
    assertThat(api.firstValue("Content-Security-Policy")).get().asString()
        .contains("default-src 'none'", "frame-ancestors 'none'");
    assertThat(api.firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(api.firstValue("X-Frame-Options")).contains("DENY");
    assertThat(api.firstValue("Cache-Control")).get().asString().contains("no-store");

    HttpHeaders refused = get("/engine-rest/task?maxResults=1", null, null).headers();
    assertThat(refused.firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  @DisplayName("HSTS: requests that reached the TLS-terminating proxy over HTTPS (X-Forwarded-Proto) get Strict-Transport-Security; plain HTTP does not")
  void hstsBehindTlsProxy() throws Exception {
    for (String path : new String[] {TASKLIST_PAGE, "/api/calendars"}) {
      String user = path.startsWith("/api") ? "engineer" : null;
      HttpResponse<String> overTls = get(path, user, "https");
      HttpResponse<String> plain = get(path, user, null);

      assertThat(overTls.statusCode()).as(path).isEqualTo(200);
      assertThat(overTls.headers().firstValue("Strict-Transport-Security")).as(path).get().asString()
          .contains("max-age=31536000", "includeSubDomains");
      assertThat(plain.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
    }
  }

  @Test
  @DisplayName("Finding 5, login throttling: after a wrong password the right one is refused for a second; no number of failures locks the user for good, the lock never outlasts its maximum delay")
  void loginThrottling() {
    // This test once asserted "locked after 10 failures until an administrator unlocks it": that was the
    // hole (anyone could lock any account). The account's lock is now short and bounded (LoginLockSettings).
    String userId = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Right-" + UUID.randomUUID();
    User user = identityService.newUser(userId);
    user.setPassword(password);
    identityService.saveUser(user);
    identityService.createMembership(userId, Groups.SUPPORT_ENGINEERS);
    assertThat(call(userId, password)).isEqualTo(200);

    JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    boolean jobsWereActive = jobs != null && jobs.isActive();
    // The engine's clock moves past each lock below; no timer of another test may fire meanwhile.
    if (jobsWereActive) {
      jobs.shutdown();
    }
    try {
      // One wrong password: the right one is refused at once (the lock lasts 1 s), then accepted again.
      // The engine's clock stands still meanwhile, so that a slow machine cannot outrun the lock.
      long start = System.currentTimeMillis();
      ClockUtil.setCurrentTime(new Date(start));
      assertThat(call(userId, "wrong")).isEqualTo(401);
      assertThat(call(userId, password)).isEqualTo(401);
      ClockUtil.setCurrentTime(new Date(start + 2_000L));
      assertThat(call(userId, password)).isEqualTo(200);

      // Fifteen wrong passwords, each after the previous lock has run out (the engine's old limit was 10)
      long offset = 2_000L;
      int failures = 15;
      int maxDelay = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getLoginDelayMaxTime();
      for (int attempt = 1; attempt <= failures; attempt++) {
        offset += 61_000L;
        ClockUtil.setCurrentTime(new Date(start + offset));
        assertThat(call(userId, "wrong-" + attempt)).isEqualTo(401);
        // each refused request counts once: one check per request, not one per authentication manager
        assertThat(failedAttempts(userId)).as("failed attempts after %d wrong passwords", attempt).isEqualTo(attempt);
      }
      assertThat(call(userId, password)).as("inside the last lock").isEqualTo(401);
      ClockUtil.setCurrentTime(new Date(start + offset + maxDelay * 1000L + 1000L));
      assertThat(call(userId, password)).as("after %d failures and the %d s maximum delay, without an administrator",
          failures, maxDelay).isEqualTo(200);
      System.out.printf("login throttling: refused right after 1 failure; after %d failures back after at most %d s%n",
          failures, maxDelay);
    } finally {
      ClockUtil.reset();
      if (jobsWereActive) {
        jobs.start();
      }
    }
  }

  private int failedAttempts(String userId) {
    return ((UserEntity) identityService.createUserQuery().userId(userId).singleResult()).getAttempts();
  }

  /** From an address of its own, so that its wrong passwords do not count against other tests' (127.0.0.1). */
  private int call(String user, String password) {
    return FromAddress.of("127.0.0.25", port).get("/api/calendars", Map.of("Authorization", "Basic "
        + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(
            java.nio.charset.StandardCharsets.UTF_8)))).status();
  }

  private HttpResponse<String> get(String path, String user, String forwardedProto) throws Exception {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(30));
    if (user != null) {
      builder.header("Authorization", "Basic " + java.util.Base64.getEncoder()
          .encodeToString((user + ":" + user).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    if (forwardedProto != null) {
      builder.header("X-Forwarded-Proto", forwardedProto);
    }
    return CLIENT.send(builder.GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
