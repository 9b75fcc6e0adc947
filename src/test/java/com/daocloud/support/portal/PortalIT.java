package com.daocloud.support.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.customer.CustomerRepository;
import com.daocloud.support.incident.IncidentStore;
import com.daocloud.support.security.LoginThrottle;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.PortalSession;
import com.daocloud.support.web.WebTestIncidents;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * The customer support site without a browser (docs/portal.md): sign-in and its throttling, CSRF, the
 * report's idempotency key, the languages and the headers; extended maintenance and the administrators' page
 * (CUS-1) with their refusals. {@code web/PortalBrowserIT} walks the pages.
 */
@IntegrationTest
class PortalIT {

  private static final String PASSWORD = "Portal-Test-Passw0rd!";

  @LocalServerPort
  int port;

  @Autowired
  IncidentStore store;

  @Autowired
  LoginThrottle throttle;

  @Autowired
  CustomerRepository repository;

  @Autowired
  IdentityService identityService;

  @Test
  @DisplayName("A customer signs in with the engine password, lands on 'My incidents' and signs out again; a stranger is sent to the sign-in")
  void customersSignIn() {
    PortalSession stranger = new PortalSession(port);
    PortalSession.Page refused = stranger.get("/portal/incidents");
    assertThat(refused.status()).isEqualTo(302);
    assertThat(refused.location()).endsWith("/portal/login");

    PortalSession acme = new PortalSession(port);
    PortalSession.Page signedIn = acme.signIn("acme-user");
    assertThat(signedIn.status()).isEqualTo(302);
    assertThat(signedIn.location()).endsWith("/portal/incidents");
    PortalSession.Page list = acme.get("/portal/incidents");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains("My incidents", "Acme");

    PortalSession.Page signedOut = acme.post("/portal/logout", Map.of("_csrf", list.csrfToken()));
    assertThat(signedOut.location()).endsWith("/portal/login?signed-out");
    assertThat(acme.get("/portal/incidents").location()).as("after signing out").endsWith("/portal/login");
  }

  @Test
  @DisplayName("A wrong password is refused on the form and counts against the caller's address like every other login")
  void wrongPasswordsAreThrottled() {
    int before = throttle.recentFailures("127.0.0.1");
    // (a user of no one's: a real one would be locked for a second, and other tests sign in as the demo users)
    PortalSession.Page wrong = new PortalSession(port).signIn("nobody-at-all", "not-the-password");
    assertThat(wrong.status()).isEqualTo(302);
    assertThat(wrong.location()).endsWith("/portal/login?error");
    assertThat(throttle.recentFailures("127.0.0.1")).as("failures of 127.0.0.1").isGreaterThan(before);
  }

  @Test
  @DisplayName("Staff who sign in on the site are sent to Tasklist, signed in there, and keep no session of the site")
  void staffAreSentToTasklist() {
    PortalSession engineer = new PortalSession(port);
    PortalSession.Page signedIn = engineer.signIn("engineer");
    assertThat(signedIn.status()).isEqualTo(302);
    assertThat(signedIn.location()).endsWith("/camunda/app/tasklist/");
    assertThat(engineer.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"engineer\"");
    assertThat(engineer.get("/portal/incidents").location()).endsWith("/portal/login");
  }

  @Test
  @DisplayName("CSRF: a signed-in customer's form posted without the session's token is refused (403) and changes nothing; "
      + "the sign-in form needs it too")
  void formsNeedTheCsrfToken() {
    PortalSession acme = signedIn("acme-user");
    Map<String, String> report = report("CSRF " + UUID.randomUUID(), UUID.randomUUID().toString());

    PortalSession.Page forged = acme.post("/portal/incidents", report);
    assertThat(forged.status()).isEqualTo(403);
    assertThat(store.list("acme", null)).noneMatch(i -> i.title().equals(report.get("title")));

    PortalSession.Page signInWithoutToken = new PortalSession(port).post("/portal/login",
        Map.of("username", "acme-user", "password", "acme-user"));
    assertThat(signInWithoutToken.status()).isEqualTo(403);

    PortalSession.Page sent = acme.submit("/portal/incidents/new", "/portal/incidents", report);
    assertThat(sent.status()).as(sent.body()).isEqualTo(302);
    assertThat(store.list("acme", null)).filteredOn(i -> i.title().equals(report.get("title"))).hasSize(1);
  }

  @Test
  @DisplayName("A report's form is filed once, whatever the number of submits: the second answers the incident of the first")
  void aDoubleSubmitFilesOnce() {
    PortalSession acme = signedIn("acme-user");
    String title = "Double click " + UUID.randomUUID();
    Map<String, String> report = report(title, UUID.randomUUID().toString());

    PortalSession.Page first = acme.submit("/portal/incidents/new", "/portal/incidents", report);
    PortalSession.Page second = acme.submit("/portal/incidents/new", "/portal/incidents", report);

    assertThat(first.location()).matches(".*/portal/incidents/INC-\\d{4}-\\d{6,}\\?reported");
    assertThat(second.location()).isEqualTo(first.location());
    assertThat(store.list("acme", null)).filteredOn(i -> i.title().equals(title)).hasSize(1);
  }

  @Test
  @DisplayName("RSP-2: the preview counts where the reported cluster runs: a Frankfurt cluster of a Shanghai customer "
      + "in Berlin time, its Shanghai cluster in Shanghai time")
  void thePreviewCountsWhereTheClusterRuns() {
    String customer = "portal-" + UUID.randomUUID().toString().substring(0, 8);
    int year = LocalDate.now().getYear();
    Api.Response put = Api.as(port, "demo").put("/api/customers/" + customer, """
        {"name": "Shanghai Ltd.", "serviceTier": "professional", "timeZone": "Asia/Shanghai", "calendar": "weekdays",
         "maintenanceOrder": {"start": "%d-01-01", "end": "%d-12-31", "feesPaid": true, "services": ["SNS"]},
         "installations": [
           {"cluster": "fra-1", "product": "dce", "version": "5.0.7", "kind": "software", "activatedOn": "%d-01-01",
            "timeZone": "Europe/Berlin", "calendar": "weekdays"},
           {"cluster": "sha-1", "product": "dce", "version": "5.0.7", "kind": "software", "activatedOn": "%d-01-01"}]}"""
        .formatted(year, year, year, year));
    assertThat(put.status()).as(put.body()).isEqualTo(201);
    String user = customer + "-ops";
    Api.Response added = Api.as(port, "demo").post("/api/customers/" + customer + "/users/" + user, """
        {"firstName": "Wang", "lastName": "Fang", "email": "wang.fang@example.com", "password": "%s"}"""
        .formatted(PASSWORD));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    PortalSession ops = new PortalSession(port);
    assertThat(ops.signIn(user, PASSWORD).location()).endsWith("/portal/incidents");

    Map<String, String> frankfurt = report("Frankfurt", UUID.randomUUID().toString());
    frankfurt.put("installation", "fra-1");
    Map<String, String> shanghai = report("Shanghai", UUID.randomUUID().toString());
    shanghai.put("installation", "sha-1");
    String inFrankfurt = ops.submit("/portal/incidents/new", "/portal/incidents/new", frankfurt).body();
    String inShanghai = ops.submit("/portal/incidents/new", "/portal/incidents/new", shanghai).body();

    assertThat(inFrankfurt).contains("Berlin time", "where the cluster runs (Berlin)").doesNotContain("Shanghai time");
    assertThat(inShanghai).contains("Shanghai time", "where the cluster runs (Shanghai)").doesNotContain("Berlin time");
  }

  @Test
  @DisplayName("A report the API's validation refuses is shown again with each refused answer marked, and files nothing")
  void refusedAnswersAreMarked() {
    PortalSession acme = signedIn("acme-user");
    Map<String, String> report = report("", UUID.randomUUID().toString());
    report.put("contactPhone", "");
    report.put("contactEmail", "");
    report.remove("productionImpact");
    int before = store.list("acme", null).size();

    PortalSession.Page page = acme.submit("/portal/incidents/new", "/portal/incidents", report);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Please check the marked answers.", "id=\"title-problem\"",
        "aria-describedby=\"title-problem\"", "id=\"productionImpact-problem\"", "give a phone number or an e-mail address")
        .as("the key of the rendered form is kept, so that the corrected report still files once")
        .contains("value=\"" + report.get("idempotencyKey") + "\"");
    assertThat(store.list("acme", null)).hasSize(before);
  }

  @Test
  @DisplayName("The preview shows the level and deadline the API's SLA preview gives for the same report, before anything is filed")
  void thePreviewIsTheApisAnswer() {
    PortalSession acme = signedIn("acme-user");
    String title = "Preview " + UUID.randomUUID();

    PortalSession.Page preview = acme.submit("/portal/incidents/new", "/portal/incidents/new",
        report(title, UUID.randomUUID().toString()));

    assertThat(preview.status()).isEqualTo(200);
    // fault, partial impact, no data loss, a workaround: Level 3; acme is professional: PT4H in 5x8 coverage
    assertThat(preview.body()).contains("Level 3: general impact", "within 4 hours, counted in business hours",
        "Shanghai time", "(Shanghai)");
    assertThat(store.list("acme", null)).noneMatch(i -> i.title().equals(title));
  }

  @Test
  @DisplayName("The language follows the browser's Accept-Language until the switch picks one, which a cookie keeps")
  void languages() {
    PortalSession chinese = new PortalSession(port).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8");
    assertThat(chinese.get("/portal/login").body()).contains("lang=\"zh-CN\"", "登录");

    PortalSession german = new PortalSession(port).header("Accept-Language", "de-DE,de;q=0.9");
    assertThat(german.get("/portal/login").body()).contains("lang=\"en\"", "Sign in");

    PortalSession switched = new PortalSession(port).header("Accept-Language", "en");
    assertThat(switched.get("/portal/login?lang=zh-CN").body()).contains("登录");
    assertThat(switched.get("/portal/login").body()).as("the choice is kept").contains("lang=\"zh-CN\"");
  }

  @Test
  @DisplayName("The site's pages carry the secure headers of the rest: a Content-Security-Policy, nosniff, no framing, no caching")
  void secureHeaders() {
    PortalSession acme = signedIn("acme-user");
    var headers = acme.get("/portal/incidents").headers();
    assertThat(headers.firstValue("Content-Security-Policy")).get().asString()
        .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'");
    assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
    assertThat(headers.firstValue("Cache-Control")).get().asString().contains("no-store");
  }

  @Test
  @DisplayName("HTTP Basic opens no page of the site: it has a session sign-in only")
  void basicIsNoSignIn() {
    var page = Api.as(port, "acme-user").send(Api.as(port, "acme-user").builder("/portal/incidents").GET());
    assertThat(page.status()).isEqualTo(302);
  }

  @Test
  @DisplayName("L12-1, L12-7: on a Level 1 incident's page the customer arranges on-site access while support waits for "
      + "access, and subscribes to e-mail updates; both are recorded as the API records them")
  void accessAndUpdatesFromThePage() {
    // Given a production outage without workaround (Level 1): support asks for access at once
    String number = WebTestIncidents.report(port, "outage", "Portal access " + UUID.randomUUID());
    String page = "/portal/incidents/" + number;
    await().atMost(Duration.ofSeconds(30)).until(() -> timeline(number), t -> t.contains("access-requested"));
    PortalSession acme = signedIn("acme-user");
    assertThat(acme.get(page).body()).contains("id=\"grant-access\"", "id=\"on-site\"");

    // When the customer arranges on-site access and asks for updates by e-mail
    PortalSession.Page onSite = acme.submit(page, page + "/remote-access", Map.of("answer", "on-site"));
    PortalSession.Page subscribed = acme.submit(page, page + "/subscription",
        Map.of("email", "ops@acme.example", "enabled", "true"));

    // Then each answer leads back to the incident, which shows it, and the API has recorded both
    assertThat(onSite.location()).endsWith(page);
    assertThat(subscribed.location()).endsWith(page);
    String after = acme.get(page).body();
    assertThat(after).contains("Updates go to ops@acme.example.").doesNotContain("id=\"grant-access\"");
    assertThat(timeline(number)).contains("access-granted");
    JsonNode updates = Api.as(port, "acme-user").get("/api/incidents/" + number).json().get("emailUpdates");
    assertThat(updates.get("email").asText()).isEqualTo("ops@acme.example");
    assertThat(updates.get("enabled").asBoolean()).isTrue();
  }

  @Test
  @DisplayName("CHG-4: a product move announced 10 days ahead is shown late before it is submitted (30 days needed, "
      + "additional fees), and the preview files nothing")
  void aLateMoveIsShownLate() {
    PortalSession acme = signedIn("acme-user");
    String description = "Move " + UUID.randomUUID();
    LocalDate effective = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);

    PortalSession.Page preview = acme.submit("/portal/changes/new", "/portal/changes/new", Map.of(
        "changeType", "product-move", "plannedAt", effective + "T09:00", "effectiveDate", effective.toString(),
        "newDataCenter", "Shanghai DC 2", "installation", "prod-1", "description", description));

    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.body()).contains("needs at least 30 days", "That is late: support can still take it on, "
        + "for additional fees.");
    assertThat(Api.as(port, "acme-user").get("/api/change-requests").body()).doesNotContain(description);
  }

  // ------------------------------------------------------------------------------------------ extended maintenance

  @Test
  @DisplayName("EAM-1, EAM-4: globex, without a contract, sees its cluster after standard support, applies for one year "
      + "and reads the answer: eligible, the coverage, and the arrears from the end of standard support to today")
  void globexAppliesForExtendedMaintenance() {
    PortalSession globex = signedIn("globex-user");
    PortalSession.Page page = globex.get("/portal/eam");
    assertThat(page.status()).isEqualTo(200);
    assertThat(row(page.body(), "data-cluster=\"prod-1\"")).contains("DCE 5.0.7", "after standard support: EAM needed",
        "2026-06-01", "none");

    PortalSession.Page applied = globex.submit("/portal/eam", "/portal/eam", eam("true", "true", "true"));

    assertThat(applied.location()).matches(".*/portal/eam\\?applied=EAM-\\d{4}-\\d{6,}");
    String number = applied.location().replaceAll(".*applied=", "");
    String today = LocalDate.now(ZoneId.of("America/New_York")).toString();
    assertThat(globex.get("/portal/eam?applied=" + number).body()).contains("Eligible: a support manager now decides",
        "It would cover 2026-06-01 up to (not including) 2027-06-01.",
        "Arrears to pay: from the end of standard support, 2026-06-01, to today, " + today + ".");
    JsonNode recorded = Api.as(port, "globex-user").get("/api/eam-applications/" + number).json();
    assertThat(recorded.get("status").asText()).isEqualTo("pending-approval");
    assertThat(recorded.get("appliedBy").asText()).isEqualTo("globex-user");
  }

  @Test
  @DisplayName("EAM-3: an unstable installation is not eligible and the page says why; a question left unanswered files "
      + "nothing; acme's contract shows as covering its cluster, and globex's application is not shown to acme")
  void eamRefusalsAndIsolation() {
    PortalSession globex = signedIn("globex-user");
    String ineligible = globex.submit("/portal/eam", "/portal/eam", eam("false", "true", "true")).location()
        .replaceAll(".*applied=", "");
    assertThat(globex.get("/portal/eam?applied=" + ineligible).body())
        .contains("Not eligible: the installation does not run stably.");
    assertThat(row(globex.get("/portal/eam").body(), "data-number=\"" + ineligible + "\"")).contains("not eligible");

    int before = Api.as(port, "globex-user").get("/api/eam-applications").json().size();
    Map<String, String> unanswered = eam("true", "true", "true");
    unanswered.remove("willingToUpgrade");
    PortalSession.Page refused = globex.submit("/portal/eam", "/portal/eam", unanswered);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("Please check the marked answers.", "is required (true or false)");
    assertThat(Api.as(port, "globex-user").get("/api/eam-applications").json().size()).isEqualTo(before);

    PortalSession acme = signedIn("acme-user");
    String acmePage = acme.get("/portal/eam?applied=" + ineligible).body();
    assertThat(row(acmePage, "data-cluster=\"prod-1\"")).contains("covers it today");
    assertThat(acmePage).doesNotContain(ineligible).doesNotContain("id=\"answer\"");
  }

  @Test
  @DisplayName("EAM-4: the page of globex's incident, whose version needs extended maintenance, links to the application")
  void anEamRequiredIncidentLinksToTheApplication() {
    PortalSession globex = signedIn("globex-user");
    String location = globex.submit("/portal/incidents/new", "/portal/incidents",
        report("Needs EAM " + UUID.randomUUID(), UUID.randomUUID().toString())).location();
    String page = location.substring(location.indexOf("/portal/")).replace("?reported", "");

    await().atMost(Duration.ofSeconds(30)).until(() -> globex.get(page).body(), b -> b.contains("id=\"apply-eam\""));
    assertThat(globex.get(page).body()).contains("Extended maintenance (EAM) is needed for this version.",
        "href=\"/portal/eam\"");
  }

  // ------------------------------------------------------------------------------------------ administrators

  @Test
  @DisplayName("CUS-1: acme's administrator adds a support user, who signs in but gets no administrators' page; the "
      + "administrator removes the user, who can no longer sign in")
  void anAdministratorAddsAndRemovesAUser() {
    PortalSession admin = signedIn("acme-admin");
    PortalSession.Page page = admin.get("/portal/users");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"nav-users\"", "data-user=\"acme-user\"", "data-user=\"acme-admin\"")
        .doesNotContain("globex");
    String user = "acme-ops-" + UUID.randomUUID().toString().substring(0, 8);

    PortalSession.Page added = admin.submit("/portal/users", "/portal/users", newUser(user));
    assertThat(added.location()).endsWith("/portal/users");
    assertThat(admin.get("/portal/users").body()).contains(user + " may now sign in and use support.",
        "data-user=\"" + user + "\"");
    assertThat(repository.customerOfUser(user)).contains("acme");

    PortalSession ops = new PortalSession(port);
    assertThat(ops.signIn(user, PASSWORD).location()).endsWith("/portal/incidents");
    assertThat(ops.get("/portal/incidents").body()).doesNotContain("id=\"nav-users\"");
    PortalSession.Page noPage = ops.get("/portal/users");
    assertThat(noPage.status()).as("a support user who is no administrator").isEqualTo(403);
    assertThat(noPage.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
    String another = user + "-2";
    assertThat(ops.submit("/portal/incidents", "/portal/users", newUser(another)).status()).isEqualTo(403);
    assertThat(ops.submit("/portal/incidents", "/portal/users/acme-user/remove", Map.of()).status()).isEqualTo(403);
    assertThat(repository.customerOfUser(another)).isEmpty();
    assertThat(repository.customerOfUser("acme-user")).contains("acme");

    PortalSession.Page removed = admin.submit("/portal/users", "/portal/users/" + user + "/remove", Map.of());
    assertThat(removed.location()).endsWith("/portal/users");
    assertThat(admin.get("/portal/users").body()).contains(user + " is removed and can no longer sign in.")
        .doesNotContain("data-user=\"" + user + "\"");
    assertThat(repository.customerOfUser(user)).isEmpty();
    assertThat(identityService.createUserQuery().userId(user).count()).isZero();
  }

  @Test
  @DisplayName("CUS-1: the administrators cannot be removed (the API's 409 is shown); a taken id or a short password is "
      + "refused; globex's administrator neither sees nor removes acme's users; removing needs the CSRF token")
  void administratorRefusals() {
    PortalSession admin = signedIn("acme-admin");
    admin.submit("/portal/users", "/portal/users/acme-user/remove", Map.of());
    assertThat(text(admin.get("/portal/users"))).contains("'acme-user' is one of the customer's two administrators");
    assertThat(repository.customerOfUser("acme-user")).contains("acme");

    Map<String, String> taken = newUser("acme-user");
    PortalSession.Page refused = admin.submit("/portal/users", "/portal/users", taken);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(text(refused)).contains("There is already a user 'acme-user'");
    Map<String, String> shortPassword = newUser("acme-short-" + UUID.randomUUID().toString().substring(0, 8));
    shortPassword.put("password", "short");
    assertThat(admin.submit("/portal/users", "/portal/users", shortPassword).body())
        .contains("Please check the marked answers.");
    assertThat(repository.customerOfUser(shortPassword.get("userId"))).isEmpty();

    PortalSession globex = signedIn("globex-user");
    String globexPage = globex.get("/portal/users").body();
    assertThat(globexPage).contains("data-user=\"globex-admin\"").doesNotContain("acme-user");
    globex.submit("/portal/users", "/portal/users/acme-admin/remove", Map.of());
    assertThat(text(globex.get("/portal/users"))).contains("Customer globex has no user 'acme-admin'.");
    assertThat(repository.customerOfUser("acme-admin")).contains("acme");

    assertThat(admin.post("/portal/users/acme-admin/remove", Map.of()).status()).isEqualTo(403);
  }

  private static Map<String, String> eam(String stable, String supported, String upgrade) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("installation", "prod-1");
    form.put("years", "1");
    form.put("stableEnvironment", stable);
    form.put("supportedConfiguration", supported);
    form.put("willingToUpgrade", upgrade);
    return form;
  }

  private static Map<String, String> newUser(String userId) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("userId", userId);
    form.put("firstName", "Han");
    form.put("lastName", "Meimei");
    form.put("email", "han.meimei@example.com");
    form.put("password", PASSWORD);
    return form;
  }

  /** The page's text as read, quotes unescaped. */
  private static String text(PortalSession.Page page) {
    return HtmlUtils.htmlUnescape(page.body());
  }

  /** The table row of the page that carries {@code marker}. */
  private static String row(String body, String marker) {
    int at = body.indexOf(marker);
    assertThat(at).as("a row with " + marker).isNotNegative();
    return body.substring(at, body.indexOf("</tr>", at));
  }

  private PortalSession signedIn(String user) {
    PortalSession session = new PortalSession(port);
    assertThat(session.signIn(user).status()).isEqualTo(302);
    return session;
  }

  private String timeline(String number) {
    return Api.as(port, "acme-user").get("/api/incidents/" + number).json().get("timeline").toString();
  }

  /** A Level 3 fault of acme's cluster prod-1, as the form sends it. */
  static Map<String, String> report(String title, String key) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("idempotencyKey", key);
    form.put("installation", "prod-1");
    form.put("requestType", "fault");
    form.put("productionImpact", "partial");
    form.put("dataLoss", "false");
    form.put("workaroundAvailable", "true");
    form.put("title", title);
    form.put("description", "The dashboard does not load; the API works.");
    form.put("contactName", "Li Lei");
    form.put("contactPhone", "+86 10 1234 5678");
    form.put("contactEmail", "li.lei@example.com");
    return form;
  }
}
