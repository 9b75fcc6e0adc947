package com.daocloud.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.identity.Groups;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.FromAddress;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.TestCustomers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding 5, "anyone can lock any account": a stranger's wrong passwords cost the stranger's address
 * (429 after the limit) and keep the account they name out for a short, bounded time only; the
 * customer's API token works throughout. Each test calls from loopback addresses of its own
 * (127.0.0.x), so that the per-address counts of other tests (127.0.0.1) do not meet these.
 */
@IntegrationTest
class LoginLockoutIT {

  private static final String STRANGER = "127.0.0.21";
  private static final String REAL_USER = "127.0.0.22";
  private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  ProcessEngine engine;

  @Autowired
  LoginThrottle throttle;

  @Value("${dce.security.login-throttle.account-max-delay}")
  Duration accountMaxDelay;

  @Test
  @DisplayName("Finding 5: a stranger's wrong passwords from one address, up to the address's limit, keep the real user out no longer than the account lock's maximum delay, and an API token works throughout")
  void strangerCannotLockTheRealUserOut() {
    // Given a known account (more than the engine's old limit of 10 failures will be tried) and a
    // customer whose integration holds an API token
    String userId = newUser(Groups.SUPPORT_ENGINEERS);
    String customer = TestCustomers.create(port, identityService, "lockout", "5.0.7", "Europe/Berlin");
    String token = Api.as(port, "demo").post("/api/customers/" + customer + "/tokens", "{\"name\": \"monitoring\"}")
        .json().get("token").asText();
    FromAddress stranger = FromAddress.of(STRANGER, port);
    FromAddress realUser = FromAddress.of(REAL_USER, port);
    assertThat(realUser.get("/api/calendars", basic(userId, userId)).status()).isEqualTo(200);

    // When the stranger has failed 12 times on the account, each failure after the previous lock ran
    // out (the engine's clock is set back minute by minute, so that every lock has expired by now)
    withEngineClockStopped(() -> {
      Instant now = Instant.now();
      for (int i = 12; i >= 1; i--) {
        ClockUtil.setCurrentTime(Date.from(now.minus(Duration.ofMinutes(i))));
        assertThat(stranger.get("/api/calendars", basic(userId, "guess-" + i)).status()).isEqualTo(401);
      }
    });
    assertThat(attempts(userId)).as("every one of them was a real password check").isEqualTo(12);

    // And then, in real time, fails once more (the account's lock is now at its maximum) and guesses
    // other user ids until its address is refused
    long started = System.nanoTime();
    assertThat(stranger.get("/api/calendars", basic(userId, "guess-13")).status()).isEqualTo(401);
    int guesses = 0;
    FromAddress.Answer refused;
    do {
      refused = stranger.get("/api/calendars", basic("nobody-" + guesses++, "guess"));
    } while (refused.status() == 401 && guesses <= throttle.maxFailures());
    assertThat(refused.status()).as("the stranger's address is refused at its limit").isEqualTo(429);
    assertThat(refused.header("Content-Type")).get().asString().startsWith("application/problem+json");
    long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, throttle.window().toSeconds());
    assertThat(stranger.get("/api/calendars", basic(userId, userId)).status())
        .as("the right password from the refused address is not even checked").isEqualTo(429);

    // Then the real user, on its own address, is back within the lock's maximum delay, although it kept
    // trying meanwhile; the token answers every time, even from the stranger's refused address
    List<Integer> tokenAnswers = new ArrayList<>();
    int[] tries = {0};
    await().atMost(accountMaxDelay.plusSeconds(5)).pollInterval(Duration.ofMillis(200)).until(() -> {
      tokenAnswers.add(stranger.get("/api/incidents", Map.of("Authorization", "Bearer " + token)).status());
      tries[0]++;
      return realUser.get("/api/calendars", basic(userId, userId)).status() == 200;
    });
    Duration out = Duration.ofNanos(System.nanoTime() - started);
    System.out.printf("login lock-out: %d wrong passwords on the account and %d other guesses from %s; "
        + "the address refused (Retry-After %d s); the real user back after %d ms (%d tries, bound %s); "
        + "the API token answered %s%n", 13, guesses - 1, STRANGER, retryAfter, out.toMillis(), tries[0],
        accountMaxDelay, tokenAnswers);
    assertThat(out).as("time the real user was kept out").isLessThanOrEqualTo(accountMaxDelay.plusSeconds(2));
    assertThat(tokenAnswers).isNotEmpty().containsOnly(200);
    assertThat(throttle.recentFailures(REAL_USER))
        .as("the real user's tries during the lock checked no password and count against no address").isZero();
    assertThat(attempts(userId)).as("the right password resets the account's count").isZero();
  }

  @Test
  @DisplayName("Finding 5: a refused address gets 429 with Retry-After wherever a password is checked (/api, /engine-rest, /actuator, the webapps' login, the support site's sign-in; its escaped spellings are refused outright), each failure counting once; requests without a password and API tokens are not refused")
  void refusedAddressEverywhereAPasswordIsChecked() {
    FromAddress address = FromAddress.of("127.0.0.23", port);
    String customer = TestCustomers.create(port, identityService, "lockout", "5.0.7", "Europe/Berlin");
    String token = Api.as(port, "demo").post("/api/customers/" + customer + "/tokens", "{\"name\": \"ci\"}")
        .json().get("token").asText();

    // Wrong passwords of users that do not exist: exactly the limit is answered 401, the next 429
    for (int i = 0; i < throttle.maxFailures(); i++) {
      String path = i % 2 == 0 ? "/api/incidents" : "/engine-rest/task?maxResults=1";
      assertThat(address.get(path, basic("nobody-" + i, "wrong")).status()).as("failure %d", i + 1).isEqualTo(401);
    }
    assertThat(throttle.recentFailures(address.address())).isEqualTo(throttle.maxFailures());

    Map<String, FromAddress.Answer> refused = new java.util.LinkedHashMap<>();
    refused.put("/api", address.get("/api/calendars", basic("demo", "demo")));
    refused.put("/engine-rest", address.get("/engine-rest/task?maxResults=1", basic("demo", "demo")));
    refused.put("/actuator", address.get("/actuator/prometheus", basic("demo", "demo")));
    refused.put("webapp login", address.send("POST", LOGIN,
        Map.of("Content-Type", "application/x-www-form-urlencoded"), "username=demo&password=demo"));
    // The support site's form: refused before its CSRF token or the password is looked at
    refused.put("support site sign-in", address.send("POST", "/portal/login",
        Map.of("Content-Type", "application/x-www-form-urlencoded"), "username=demo&password=demo"));
    // An escaped spelling of the login never reaches a password check: the path firewall refuses it first
    FromAddress.Answer escaped = address.send("POST", LOGIN.replace("login", "log%69n"),
        Map.of("Content-Type", "application/x-www-form-urlencoded"), "username=demo&password=demo");
    assertThat(escaped.status()).as("webapp login, escaped").isIn(400, 429);
    assertThat(escaped.header("Content-Type")).get().asString().startsWith("application/problem+json");
    refused.forEach((where, answer) -> {
      assertThat(answer.status()).as(where).isEqualTo(429);
      assertThat(answer.header("Retry-After")).as(where).isPresent();
      assertThat(answer.header("Content-Type")).as(where).get().asString().startsWith("application/problem+json");
      assertThat(answer.body()).as(where).contains("\"status\":429").doesNotContain("Exception");
    });
    assertThat(address.get("/api/calendars", Map.of()).status()).as("no password: the usual 401").isEqualTo(401);
    assertThat(address.get("/api/incidents", Map.of("Authorization", "Bearer " + token)).status())
        .as("an API token").isEqualTo(200);
    assertThat(throttle.recentFailures(address.address())).as("refusals count nothing").isEqualTo(throttle.maxFailures());
  }

  @Test
  @DisplayName("Finding 5: a wrong webapp login counts against the address; a login tried during the account's short lock does not, and the right one succeeds within the bound")
  void webappLoginFailuresCount() {
    // Given an account that failed often before (not over HTTP: no address counted), so that its next
    // lock lasts the maximum delay and the test is not racing a one-second lock
    String userId = newUser(Groups.SUPPORT_ENGINEERS);
    withEngineClockStopped(() -> {
      Instant now = Instant.now();
      for (int i = 5; i >= 1; i--) {
        ClockUtil.setCurrentTime(Date.from(now.minus(Duration.ofMinutes(i))));
        assertThat(identityService.checkPassword(userId, "old-guess-" + i)).isFalse();
      }
    });
    FromAddress address = FromAddress.of("127.0.0.24", port);

    assertThat(webappLogin(address, userId, "wrong")).isEqualTo(401);
    assertThat(throttle.recentFailures(address.address())).isEqualTo(1);
    assertThat(webappLogin(address, userId, userId)).as("inside the account's lock").isEqualTo(401);
    assertThat(throttle.recentFailures(address.address())).as("the lock checked no password").isEqualTo(1);
    await().atMost(accountMaxDelay.plusSeconds(5)).pollInterval(Duration.ofMillis(200))
        .until(() -> webappLogin(address, userId, userId) == 200);
    assertThat(throttle.recentFailures(address.address())).isEqualTo(1);
  }

  @Test
  @DisplayName("Finding 5: a webapp login counts against the address whatever else it carries (an Authorization "
      + "header, a customer's user id); a form in another encoding is refused before any password is checked")
  void webappLoginCannotSlipPastTheThrottle() {
    FromAddress address = FromAddress.of("127.0.0.26", port);
    String customer = TestCustomers.create(port, identityService, "slip", "5.0.7", "Europe/Berlin");
    String engineer = newUser(Groups.SUPPORT_ENGINEERS);

    // A wrong password with an extra Basic header still counts once
    assertThat(webappLogin(address, engineer, "wrong", Map.of("Authorization", "Basic Og=="))).isEqualTo(401);
    assertThat(throttle.recentFailures(address.address())).isEqualTo(1);

    // A customer's wrong password is answered exactly like anyone else's and counts too
    FromAddress.Answer customerWrong = webappLoginAnswer(address, customer + "-primary", "wrong", Map.of());
    FromAddress.Answer otherWrong = webappLoginAnswer(address, "nobody-" + customer, "wrong", Map.of());
    assertThat(customerWrong.status()).isEqualTo(401);
    assertThat(withoutTimestamp(customerWrong.body())).isEqualTo(withoutTimestamp(otherWrong.body()));
    assertThat(customerWrong.header("Content-Type")).isEqualTo(otherWrong.header("Content-Type"));
    assertThat(throttle.recentFailures(address.address())).isEqualTo(3);

    // Another encoding (the user id the throttle reads could differ from the one the webapps read): 415,
    // no password checked, nothing counted
    for (String type : List.of("application/x-www-form-urlencoded; charset=UTF-16BE", "text/plain",
        "multipart/form-data; boundary=x")) {
      assertThat(webappLoginAnswer(address, engineer, engineer, Map.of("Content-Type", type)).status())
          .as(type).isEqualTo(415);
    }
    assertThat(throttle.recentFailures(address.address())).isEqualTo(3);
    // The customer's right password in an odd letter case of the form type is still refused for the webapps
    assertThat(webappLogin(address, customer + "-backup", customer + "-backup",
        Map.of("Content-Type", "Application/X-WWW-Form-Urlencoded"))).isEqualTo(403);
  }

  /** The webapps' login as a browser does it: the app's page for the cookies, then the form with the XSRF token. */
  private static String withoutTimestamp(String body) {
    return body.replaceAll("\"timestamp\":\"[^\"]*\",?", "");
  }

  private int webappLogin(FromAddress address, String user, String password) {
    return webappLogin(address, user, password, Map.of());
  }

  private int webappLogin(FromAddress address, String user, String password, Map<String, String> extra) {
    return webappLoginAnswer(address, user, password, extra).status();
  }

  private FromAddress.Answer webappLoginAnswer(FromAddress address, String user, String password,
      Map<String, String> extra) {
    FromAddress.Answer page = address.get("/camunda/app/tasklist/default/", Map.of());
    String cookies = String.join("; ", page.cookies());
    String xsrf = page.cookies().stream().filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.substring(11))
        .findFirst().orElseThrow();
    Map<String, String> headers = new java.util.HashMap<>(Map.of("Content-Type", "application/x-www-form-urlencoded",
        "Cookie", cookies, "X-XSRF-TOKEN", xsrf));
    headers.putAll(extra);
    return address.send("POST", LOGIN, headers, "username=" + user + "&password=" + password);
  }

  private String newUser(String group) {
    String userId = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(userId);
    user.setPassword(userId);
    identityService.saveUser(user);
    identityService.createMembership(userId, group);
    return userId;
  }

  private int attempts(String userId) {
    return ((UserEntity) identityService.createUserQuery().userId(userId).singleResult()).getAttempts();
  }

  private void withEngineClockStopped(Runnable moves) {
    JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    boolean jobsWereActive = jobs != null && jobs.isActive();
    // The engine's clock is set back below; no timer of another test may fire meanwhile.
    if (jobsWereActive) {
      jobs.shutdown();
    }
    try {
      moves.run();
    } finally {
      ClockUtil.reset();
      if (jobsWereActive) {
        jobs.start();
      }
    }
  }

  private static Map<String, String> basic(String user, String password) {
    return Map.of("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }
}
