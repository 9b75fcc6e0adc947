package com.daocloud.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.incident.process.IncidentProcess.Elements;
import com.daocloud.support.incident.process.IncidentProcess.Values;
import com.daocloud.support.incident.process.IncidentProcess.Vars;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.PortalSession;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The customer support site in a browser (docs/portal.md): a customer's incident from the report to the accepted
 * solution, customers kept apart, an administrator adding a support user, globex applying for extended maintenance,
 * and the pages in Simplified Chinese. Engineers act through the engine's REST API,
 * as their tools do. Every page leaves a screenshot in {@code target/screenshots/portal-*.png}; the README's
 * pictures of the site (docs/images/portal-*.png) are copies of some of them.
 */
@IntegrationTest
class PortalBrowserIT {

  private static final By STATUS = By.id("status");
  private static final By NOTICE = By.id("notice");
  private static final String NEW_PASSWORD = "Han-Meimei-Passw0rd!";
  private static final String QUESTION = "Which browser and which dashboard URL do you use? Please attach the "
      + "browser console's log.";
  private static final String ANSWER = "Chromium 131 on https://dce.example.com/kpanda; the log is in ticket 4711.";
  private static final String SOLUTION = "The dashboard's cache held an expired certificate: cleared it and "
      + "renewed the certificate. The dashboard loads again.";

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;

  @BeforeEach
  void needsChromium() {
    Browser.assumeChromium();
  }

  @Test
  @DisplayName("CUS-2, CLS-1: a customer reports an incident on the site after seeing its level and deadline, answers "
      + "support's request for information on the incident's page and accepts the proposed solution, which closes it")
  void reportAnswerAndAccept() {
    String title = "Dashboard does not load " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = Browser.open(port)) {
      try {
        // Given acme's user signed in on the site
        browser.open("/portal/login?lang=en");
        browser.screenshot("portal-en-01-sign-in");
        signIn(browser, "acme-user");

        // When they describe the incident in their words and ask what they will get
        browser.open("/portal/incidents/new");
        fillReport(browser, title);
        browser.click(By.id("show-preview"));

        // Then the level and the deadline are shown before anything is filed
        assertThat(browser.text(By.id("preview-level"))).isEqualTo("Level 3: general impact");
        assertThat(browser.text(By.id("preview-due"))).startsWith("Support responds by").endsWith("Shanghai time");
        assertThat(browser.text(By.id("preview-explanation"))).contains("within 4 hours", "business hours",
            "(Shanghai)");
        browser.scrollToTop(browser.waitFor(By.id("preview")));
        browser.screenshot("portal-en-02-report-preview");

        // When they report it, the incident's page says support works on it
        browser.click(By.id("submit-report"));
        browser.waitUntilUrlContains("?reported");
        assertThat(browser.text(By.id("reported"))).contains("Your incident is reported");
        assertThat(browser.text(STATUS)).isEqualTo("Support is working on it");
        assertThat(browser.text(By.id("level"))).isEqualTo("Level 3: general impact");
        String number = browser.text(By.cssSelector("h1 span"));
        // The entitlement in the site's words, whichever the demo customer's contract gives
        String entitlement = WebTestIncidents.incident(port, number).get("entitlement").get("status").asText();
        assertThat(browser.text(By.id("entitlement"))).startsWith(Map.of("entitled", "Covered by your support "
            + "contract.", "limited", "Limited support.").getOrDefault(entitlement, "?"));
        browser.screenshot("portal-en-03-incident-reported");

        // When the engineer asks for information (through the engine's API, as an engineer's tool would)
        completeAs("service", WebTestIncidents.awaitTask(taskService, number, Elements.TASK_CONTACT_CUSTOMER), "{}");
        Task resolve = WebTestIncidents.awaitTask(taskService, number, Elements.TASK_RESOLVE_INCIDENT);
        completeAs("engineer", resolve, variables(Map.of(Vars.OUTCOME, Values.OUTCOME_NEED_INFORMATION,
            Vars.INFORMATION_REQUESTED, QUESTION)));
        awaitStatus(number, "awaiting-customer");

        // Then the page shows the question and takes the answer
        browser.open("/portal/incidents/" + number);
        assertThat(browser.text(STATUS)).isEqualTo("Waiting for your information");
        assertThat(browser.text(By.id("question"))).contains(QUESTION);
        browser.screenshot("portal-en-04-information-requested");
        browser.type(By.id("information-text"), ANSWER);
        browser.click(By.id("send-information"));
        assertThat(browser.text(NOTICE)).isEqualTo("Your answer was sent to support.");
        awaitStatus(number, "open");

        // When the engineer proposes a solution
        Task again = WebTestIncidents.awaitTask(taskService, number, Elements.TASK_RESOLVE_INCIDENT);
        completeAs("engineer", again, variables(Map.of(Vars.OUTCOME, Values.OUTCOME_SOLUTION,
            Vars.RESOLUTION_TYPE, "countermeasure", Vars.SOLUTION_SUMMARY, SOLUTION)));
        awaitStatus(number, "solution-proposed");

        // Then the customer reads it and accepts it: the incident closes as resolved
        browser.open("/portal/incidents/" + number);
        assertThat(browser.text(By.id("solution"))).isEqualTo(SOLUTION);
        browser.screenshot("portal-en-05-solution-proposed");
        browser.type(By.id("accept-comment"), "The dashboard loads again, thank you.");
        browser.click(By.id("accept-solution"));
        assertThat(browser.text(NOTICE)).isEqualTo("Thank you. The incident is closed as resolved.");
        assertThat(browser.text(STATUS)).isEqualTo("Closed (resolved)");
        assertThat(browser.text(By.id("timeline"))).contains("Information requested", QUESTION,
            "Information provided", "Solution proposed", "Solution accepted");
        browser.screenshot("portal-en-06-closed");

        // And "My incidents" lists it closed, filtered by status and cluster
        browser.open("/portal/incidents?status=closed&cluster=prod-1");
        By row = By.cssSelector("tr[data-number='" + number + "']");
        assertThat(browser.text(row)).contains(title, "prod-1", "Closed");
        browser.screenshot("portal-en-07-my-incidents");
        browser.open("/portal/incidents?status=open");
        assertThat(browser.pageText()).doesNotContain(number);
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("portal-walk-failure");
        throw e;
      }
    }
  }

  @Test
  @DisplayName("Customer isolation through the pages: globex's user finds acme's incident neither in its list nor by "
      + "its address, which answers 404 exactly like a number that does not exist, and cannot act on it")
  void customersAreKeptApart() {
    String acmeIncident = WebTestIncidents.report(port, "partial", "Acme only " + UUID.randomUUID());
    String unknown = acmeIncident.substring(0, acmeIncident.lastIndexOf('-') + 1) + "999999";
    try (Browser browser = Browser.open(port)) {
      try {
        browser.open("/portal/login?lang=en");
        signIn(browser, "globex-user");
        browser.open("/portal/incidents");
        assertThat(browser.pageText()).doesNotContain(acmeIncident);

        browser.open("/portal/incidents/" + acmeIncident);
        String theirs = browser.text(By.id("main"));
        browser.screenshot("portal-en-08-not-found");
        browser.open("/portal/incidents/" + unknown);
        assertThat(theirs).isEqualTo(browser.text(By.id("main"))).contains("Not found");
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("portal-isolation-failure");
        throw e;
      }
    }
    PortalSession globex = new PortalSession(port);
    globex.signIn("globex-user");
    assertThat(globex.get("/portal/incidents/" + acmeIncident).status()).isEqualTo(404);
    PortalSession.Page answer = globex.submit("/portal/incidents", "/portal/incidents/" + acmeIncident
        + "/information", Map.of("text", "not mine"));
    assertThat(answer.status()).isEqualTo(404);
    assertThat(WebTestIncidents.incident(port, acmeIncident).get("timeline").toString()).doesNotContain("not mine");
  }

  @Test
  @DisplayName("The pages in Simplified Chinese, chosen with the switch: sign-in, my incidents, the report with its "
      + "preview and an incident, also on a phone's screen")
  void simplifiedChinese() {
    try (Browser browser = Browser.open(port)) {
      try {
        browser.open("/portal/login?lang=zh-CN");
        assertThat(browser.attribute(By.tagName("html"), "lang")).isEqualTo("zh-CN");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("登录");
        browser.screenshot("portal-zh-01-sign-in");
        signIn(browser, "acme-user");

        browser.open("/portal/incidents/new");
        fillReport(browser, "控制台无法加载 " + UUID.randomUUID().toString().substring(0, 8));
        browser.click(By.id("show-preview"));
        assertThat(browser.text(By.id("preview-level"))).isEqualTo("3 级：一般影响");
        assertThat(browser.text(By.id("preview-explanation"))).contains("4 小时", "工作时间", "上海");
        browser.scrollToTop(browser.waitFor(By.id("preview")));
        browser.screenshot("portal-zh-02-report-preview");
        browser.click(By.id("submit-report"));
        browser.waitUntilUrlContains("?reported");
        assertThat(browser.text(STATUS)).isEqualTo("支持团队处理中");
        assertThat(browser.text(By.id("entitlement"))).as("in Chinese").matches("(?s)^[\\u4e00-\\u9fff].*");
        assertThat(browser.text(By.id("timeline"))).contains("已报告");
        browser.screenshot("portal-zh-03-incident");

        browser.open("/portal/incidents");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("我的事件");
        assertThat(browser.text(By.id("incidents"))).contains("剩余");
        browser.screenshot("portal-zh-04-my-incidents");
        browser.open("/portal/changes/new");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("提交变更通知");
        browser.screenshot("portal-zh-06-change");
        browser.resize(390, 844);
        browser.open("/portal/incidents");
        browser.screenshot("portal-zh-05-phone");
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("portal-zh-failure");
        throw e;
      }
    }
  }

  @Test
  @DisplayName("CHG-1: a customer announces a production change on the site and sees its notice period before "
      + "submitting: 28 days are needed, about 40 are given, that is enough; submitted, the change is listed")
  void announceAChange() {
    // 40 days ahead at 23:30 where acme's system is: whatever the time now, at least 39 whole days
    String plannedAt = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(40).withHour(23).withMinute(30)
        .truncatedTo(ChronoUnit.MINUTES).toString();
    try (Browser browser = Browser.open(port)) {
      try {
        browser.open("/portal/login?lang=en");
        signIn(browser, "acme-user");
        browser.open("/portal/changes/new");
        browser.click(By.cssSelector("input[name='changeType'][value='production-change']"));
        browser.script("document.getElementById('plannedAt').value = arguments[0];", plannedAt);
        browser.type(By.id("description"), "Upgrade DCE 5.0.7 to 5.0.8 on prod-1");
        browser.click(By.id("show-notice"));

        assertThat(browser.text(By.id("notice-minimum"))).isEqualTo("This kind of change needs at least 28 days' notice.");
        assertThat(browser.text(By.id("notice-given"))).matches("Submitted now, it gives (39|40) days' notice\\.");
        assertThat(browser.text(By.id("notice-verdict"))).isEqualTo("That is enough notice.");
        browser.scrollToTop(browser.waitFor(By.id("preview")));
        browser.screenshot("portal-en-09-change-notice");

        browser.click(By.id("submit-change"));
        browser.waitUntilUrlContains("submitted=");
        String number = browser.currentUrl().replaceAll(".*submitted=", "");
        assertThat(browser.text(By.id("notice"))).contains(number);
        assertThat(browser.text(By.cssSelector("tr[data-number='" + number + "']")))
            .contains("A change to production", "/ 28");
        browser.screenshot("portal-en-10-changes");
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("portal-change-failure");
        throw e;
      }
    }
  }

  @Test
  @DisplayName("CUS-1: one of acme's two administrators adds a support user on the site, who then signs in with the "
      + "password given and finds no administrators' page")
  void anAdministratorAddsAUser() {
    String user = "acme-ops-" + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = Browser.open(port)) {
      try {
        // Given acme's administrator on the support users' page
        browser.open("/portal/login?lang=en");
        signIn(browser, "acme-admin");
        browser.click(By.id("nav-users"));
        browser.waitUntilUrlContains("/portal/users");
        assertThat(browser.text(By.cssSelector("tr[data-user='acme-user']"))).contains("administrator");
        browser.screenshot("portal-en-11-users");

        // When they add a user with a first password
        browser.type(By.id("userId"), user);
        browser.type(By.id("firstName"), "Han");
        browser.type(By.id("lastName"), "Meimei");
        browser.type(By.id("email"), "han.meimei@example.com");
        browser.type(By.id("password"), NEW_PASSWORD);
        browser.click(By.id("add-user"));

        // Then the page lists the user, and the page reads in Simplified Chinese too
        assertThat(browser.text(NOTICE)).isEqualTo(user + " may now sign in and use support.");
        assertThat(browser.text(By.cssSelector("tr[data-user='" + user + "']"))).contains("support user");
        browser.screenshot("portal-en-12-user-added");
        browser.open("/portal/users?lang=zh-CN");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("支持用户");
        browser.screenshot("portal-zh-07-users");

        // When the new user signs in with that password, the site opens for them, without the administrators' page
        browser.click(By.cssSelector("form.signout button"));
        browser.waitUntilUrlContains("/portal/login");
        browser.open("/portal/login?lang=en");
        signIn(browser, user, NEW_PASSWORD);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("My incidents");
        assertThat(browser.attributes(By.cssSelector("header nav a"), "href")).noneMatch(h -> h.endsWith("/portal/users"));
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("portal-users-failure");
        throw e;
      }
    }
  }

  @Test
  @DisplayName("EAM-1, EAM-4: globex, whose cluster is past standard support without a contract, answers the eligibility "
      + "questions on the site and reads that it is eligible, the coverage, and the arrears from the end of standard "
      + "support to today; in Simplified Chinese too")
  void globexAppliesForExtendedMaintenance() {
    String today = LocalDate.now(ZoneId.of("America/New_York")).toString();
    try (Browser browser = Browser.open(port)) {
      try {
        browser.open("/portal/login?lang=en");
        signIn(browser, "globex-user");
        browser.open("/portal/eam");
        assertThat(browser.text(By.cssSelector("tr[data-cluster='prod-1']")))
            .contains("DCE 5.0.7", "after standard support: EAM needed", "none");

        for (String question : List.of("stableEnvironment", "supportedConfiguration", "willingToUpgrade")) {
          browser.click(By.id(question + "-yes"));
        }
        browser.click(By.id("apply"));
        browser.waitUntilUrlContains("applied=");
        String number = browser.currentUrl().replaceAll(".*applied=", "");

        assertThat(browser.text(By.id("answer-verdict"))).isEqualTo("Eligible: a support manager now decides on it.");
        assertThat(browser.text(By.id("answer-coverage"))).contains("2026-06-01", "2027-06-01");
        assertThat(browser.text(By.id("answer-arrears")))
            .startsWith("Arrears to pay: from the end of standard support, 2026-06-01, to today, " + today);
        assertThat(browser.text(By.cssSelector("tr[data-number='" + number + "']")))
            .contains("waiting for a manager's approval");
        browser.screenshot("portal-en-13-eam-applied");

        browser.open("/portal/eam?lang=zh-CN&applied=" + number);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("延长维护");
        assertThat(browser.text(By.id("answer-arrears"))).contains("须补缴欠费", "2026-06-01", today);
        browser.screenshot("portal-zh-08-eam-applied");
      } catch (RuntimeException | AssertionError e) {
        browser.keepEvidence("portal-eam-failure");
        throw e;
      }
    }
  }

  private static void signIn(Browser browser, String user) {
    signIn(browser, user, user);
  }

  private static void signIn(Browser browser, String user, String password) {
    browser.type(By.id("username"), user);
    browser.type(By.id("password"), password);
    browser.click(By.cssSelector("main form button[type='submit']"));
    browser.waitUntilUrlContains("/portal/incidents");
  }

  /** A fault of cluster prod-1 that stops some functions, with a workaround: Level 3. */
  private static void fillReport(Browser browser, String title) {
    browser.click(By.cssSelector("input[name='requestType'][value='fault']"));
    browser.click(By.cssSelector("input[name='productionImpact'][value='partial']"));
    browser.click(By.cssSelector("input[name='dataLoss'][value='false']"));
    browser.click(By.cssSelector("input[name='workaroundAvailable'][value='true']"));
    browser.type(By.id("title"), title);
    browser.type(By.id("description"), "The container management dashboard stays blank; the API answers.");
    browser.type(By.id("contactName"), "Li Lei");
    browser.type(By.id("contactPhone"), "+86 10 1234 5678");
  }

  private void completeAs(String user, Task task, String body) {
    Api.Response done = Api.as(port, user).post("/engine-rest/task/" + task.getId() + "/complete", body);
    assertThat(done.status()).as(done.body()).isEqualTo(204);
  }

  private static String variables(Map<String, String> values) {
    java.util.StringJoiner json = new java.util.StringJoiner(", ", "{\"variables\": {", "}}");
    values.forEach((name, value) -> json.add("\"" + name + "\": {\"value\": \"" + value.replace("\"", "\\\"") + "\"}"));
    return json.toString();
  }

  private void awaitStatus(String number, String status) {
    await().atMost(WebTestIncidents.WAIT).until(() -> WebTestIncidents.incident(port, number).get("status").asText(),
        status::equals);
  }
}
