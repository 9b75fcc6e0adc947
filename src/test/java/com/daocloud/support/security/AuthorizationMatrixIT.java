package com.daocloud.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.identity.Groups;
import com.daocloud.support.incident.process.IncidentProcess;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.Multipart;
import com.daocloud.support.testing.PortalSession;
import com.daocloud.support.testing.TestCustomers;
import com.daocloud.support.testing.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Security: who may do what. Every group of docs/security.md (one demo user each) against every
 * {@code /api} endpoint and the key {@code /engine-rest} operations, with the expected statuses written
 * down as a table; then customer isolation, acme against globex and back.
 *
 * <p>A status in the table is what a member of the group gets: 2xx the action happened, 403 refused,
 * 409 let through but refused by the record's state (the fixtures are in states where these actions
 * are not possible), 404 the engine shows no such thing to the user. Duty supervisors may complete
 * every incident task because they take Level 1 tasks away from engineers (L12-6); customer service
 * only the tasks it is a candidate for (docs/processes.md). Our endpoints below {@code /camunda/api/} answer the
 * webapps' session, not HTTP Basic: their rows sign in to the webapp the user works in (Cockpit or Tasklist; a
 * customer signs in to neither, so asks without a session: 401).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

  /** One demo user per group (docs/security.md), in the order of the table's columns. */
  private static final Map<String, String> USERS = new LinkedHashMap<>();

  static {
    USERS.put("demo", Groups.ADMIN);
    USERS.put("engineer", Groups.SUPPORT_ENGINEERS);
    USERS.put("service", Groups.CUSTOMER_SERVICE);
    USERS.put("supervisor", Groups.DUTY_SUPERVISORS);
    USERS.put("manager", Groups.SUPPORT_MANAGERS);
    USERS.put("analyst", Groups.POLICY_ANALYSTS);
    USERS.put("acme-user", Groups.CUSTOMERS);
  }

  /**
   * The matrix. Records are acme's (the customer user's own); the customer record written and the
   * calendar, release and process instances touched are the test's own.
   */
  private static final String MATRIX = """
      operation                                             demo engineer service supervisor manager analyst acme-user
      GET    /api/incidents                                  200  200      200     200        200     200     200
      POST   /api/incidents                                  201  201      201     403        403     403     201
      GET    /api/incidents/{number}                         200  200      200     200        200     200     200
      POST   /api/incidents/{number}/remote-access           409  409      409     403        403     403     409
      POST   /api/incidents/{number}/information             409  409      409     403        403     403     409
      POST   /api/incidents/{number}/closure-response        409  409      409     403        403     403     409
      PUT    /api/incidents/{number}/subscription            200  403      200     403        403     403     200
      GET    /api/customers/{id}                             200  200      200     200        200     200     200
      PUT    /api/customers/{id}                             200  403      403     403        403     403     403
      POST   /api/customers/{id}/tokens                      201  403      403     403        403     403     201
      GET    /api/customers/{id}/tokens                      200  403      403     403        403     403     200
      DELETE /api/customers/{id}/tokens/{tokenId}            204  403      403     403        403     403     204
      POST   /api/customers/{id}/users/{userId}              201  403      403     403        403     403     201
      DELETE /api/customers/{id}/users/{userId}              204  403      403     403        403     403     204
      GET    /api/calendars                                  200  200      200     200        200     200     200
      GET    /api/calendars/{id}                             200  200      200     200        200     200     200
      PUT    /api/calendars/{id}                             200  403      403     403        403     200     403
      DELETE /api/calendars/{id}                             204  403      403     403        403     204     403
      POST   /api/sla/preview                                200  200      200     200        200     200     200
      GET    /api/lifecycle                                  200  200      200     200        200     200     200
      PUT    /api/releases/{product}/{majorMinor}            200  403      403     403        403     403     403
      POST   /api/change-requests                            201  201      201     403        403     403     201
      GET    /api/change-requests                            200  200      200     200        200     200     200
      GET    /api/change-requests/{number}                   200  200      200     200        200     200     200
      POST   /api/change-requests/{number}/confirmation      409  409      409     403        403     403     409
      POST   /api/change-requests/{number}/downtime          409  409      409     403        403     403     409
      POST   /api/eam-applications                           201  403      201     403        201     403     201
      GET    /api/eam-applications                           200  200      200     200        200     200     200
      GET    /api/eam-applications/{number}                  200  200      200     200        200     200     200
      POST   /api/advisories                                 201  201      403     403        201     403     403
      GET    /api/advisories                                 200  200      200     200        200     200     200
      POST   /api/advisories/{id}/upgrade-acceptance         404  403      404     403        403     403     404
      GET    /api/inspections                                200  200      200     200        200     200     200
      GET    /api/inspections/{id}                           200  200      200     200        200     200     200
      POST   /api/critical-events                            201  403      201     403        201     403     201
      GET    /api/critical-events                            200  200      200     200        200     200     200
      GET    /api/critical-events/{id}                       200  200      200     200        200     200     200
      GET    /api/customers/{id}/s360-team                   200  403      403     403        403     403     403
      PUT    /api/customers/{id}/s360-team                   200  403      403     403        403     403     403
      engine read process instances                          200  200      200     200        200     200     403
      engine read tasks                                      200  200      200     200        200     200     403
      engine complete a contact task                         204  204      204     204        403     403     403
      engine complete a resolution task                      204  204      403     204        403     403     403
      engine modify a process instance                       204  403      403     403        403     403     403
      engine delete a process instance                       204  403      403     403        403     403     403
      engine deploy a decision table                         200  403      403     403        403     200     403
      engine evaluate a decision                             200  404      404     404        403     200     403
      GET    /camunda/api/dce/sla-board                      200  403      403     403        200     403     401
      engine record a phone report                           200  404      200     404        403     404     403
      """;

  private static final Duration WAIT = Duration.ofSeconds(30);
  /** Camunda's REST errors name the exception type ({@code AuthorizationException}); never more than that. */
  private static final Pattern ENGINE_LEAK = Pattern.compile("\\tat |java\\.|org\\.camunda|com\\.daocloud");

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  /** Each customer's own records: incident, change request, EAM application numbers. */
  private final Map<String, Records> records = new LinkedHashMap<>();
  private String ownCustomer;
  private String ownCustomerDocument;
  private String ownCalendar;
  private String ownRelease;

  record Records(String incident, String change, String eam) {
  }

  /** A request to send as some user. */
  record Call(String method, String path, String body, String contentType) {

    static Call get(String path) {
      return new Call("GET", path, null, null);
    }

    static Call json(String method, String path, String body) {
      return new Call(method, path, body, "application/json");
    }
  }

  @BeforeAll
  void createRecords() {
    for (String customer : List.of("acme", "globex")) {
      String incident = Api.as(port, "service").post("/api/incidents", incident(customer)).json()
          .get("number").asText();
      String change = Api.as(port, "service").post("/api/change-requests", change(customer)).json()
          .get("number").asText();
      Api.Response eam = Api.as(port, "service").post("/api/eam-applications", eam(customer));
      assertThat(eam.status()).as(eam.body()).isEqualTo(201);
      records.put(customer, new Records(incident, change, eam.json().get("number").asText()));
    }
    ownCustomer = TestCustomers.create(port, identityService, "authz", "5.0.7", "Europe/Berlin");
    ownCustomerDocument = Api.as(port, "demo").get("/api/customers/" + ownCustomer).body();
    ownCalendar = "authz-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(Api.as(port, "demo").put("/api/calendars/" + ownCalendar, calendar()).status()).isEqualTo(201);
    ownRelease = "authz-" + UUID.randomUUID().toString().substring(0, 8);
    // Downtime once reported, acme's change takes no second report: the matrix shows who is let through.
    String downtime = "/api/change-requests/" + records.get("acme").change() + "/downtime";
    await().atMost(WAIT).until(() -> Api.as(port, "demo").post(downtime, "{}").status(), status -> status == 201);
  }

  @Test
  @DisplayName("Every group against every /api endpoint and the key /engine-rest operations gets the status of the matrix (docs/security.md)")
  void matrix() {
    Map<String, Function<String, Call>> operations = operations();
    List<String> rows = MATRIX.lines().skip(1).filter(l -> !l.isBlank()).toList();
    Set<String> inTable = new TreeSet<>();
    List<String> wrong = new ArrayList<>();
    StringBuilder actual = new StringBuilder();
    int checks = 0;
    for (String row : rows) {
      List<String> parts = new ArrayList<>(List.of(row.trim().split("\\s+")));
      List<String> statuses = parts.subList(parts.size() - USERS.size(), parts.size());
      String operation = String.join(" ", parts.subList(0, parts.size() - USERS.size()));
      inTable.add(operation);
      Function<String, Call> call = operations.get(operation);
      assertThat(call).as("a request for '%s'", operation).isNotNull();
      actual.append(String.format("%-52s", operation));
      int column = 0;
      for (String user : USERS.keySet()) {
        int expected = Integer.parseInt(statuses.get(column++));
        Api.Response response = send(user, call.apply(user));
        checks++;
        actual.append(String.format(" %4d", response.status()));
        if (response.status() != expected) {
          wrong.add(operation + " as " + user + " (" + USERS.get(user) + "): " + response.status()
              + " instead of " + expected + " " + abbreviate(response.body()));
        }
        if (response.status() >= 400 && operation.contains("/api/")
            && !response.contentType().startsWith("application/problem+json")) {
          wrong.add(operation + " as " + user + ": answered " + response.contentType() + ", not problem details");
        }
        if (response.status() >= 400 && ENGINE_LEAK.matcher(response.body()).find()) {
          wrong.add(operation + " as " + user + ": the answer shows internals " + abbreviate(response.body()));
        }
      }
      actual.append('\n');
    }
    System.out.printf("authorization matrix: %d operations x %d groups = %d checks%n%s", rows.size(), USERS.size(),
        checks, actual);

    assertThat(inTable).as("the matrix has a row for every /api endpoint").containsAll(apiEndpoints());
    assertThat(wrong).as("statuses that differ from the matrix").isEmpty();
  }

  @Test
  @DisplayName("Customer isolation, finding 11: acme's and globex's users neither read nor act on the other's incidents, customer record, change requests and EAM applications; the other's records answer exactly as records that do not exist")
  void customersAreIsolatedFromEachOther() {
    int checks = 0;
    for (String[] pair : new String[][] {{"acme-user", "acme", "globex"}, {"globex-user", "globex", "acme"}}) {
      String user = pair[0];
      String own = pair[1];
      String other = pair[2];
      Records theirs = records.get(other);
      Api api = Api.as(port, user);
      // Their records are "not found", word for word as a record that does not exist (finding 11)
      Map<String, Api.Response[]> hidden = new LinkedHashMap<>();
      hidden.put("read their incident", pair(api, "GET", "/api/incidents/", theirs.incident(), null));
      hidden.put("answer their remote-access request",
          pair(api, "POST", "/api/incidents/", theirs.incident(), "/remote-access|{\"granted\": true}"));
      hidden.put("give their information",
          pair(api, "POST", "/api/incidents/", theirs.incident(), "/information|{\"text\": \"logs\"}"));
      hidden.put("accept their solution",
          pair(api, "POST", "/api/incidents/", theirs.incident(), "/closure-response|{\"accepted\": true}"));
      hidden.put("subscribe to their incident", pair(api, "PUT", "/api/incidents/", theirs.incident(),
          "/subscription|{\"enabled\": true, \"email\": \"spy@example.com\"}"));
      hidden.put("read their change request", pair(api, "GET", "/api/change-requests/", theirs.change(), null));
      hidden.put("confirm their change",
          pair(api, "POST", "/api/change-requests/", theirs.change(), "/confirmation|"));
      hidden.put("report downtime of their change",
          pair(api, "POST", "/api/change-requests/", theirs.change(), "/downtime|{}"));
      hidden.put("read their EAM application", pair(api, "GET", "/api/eam-applications/", theirs.eam(), null));
      for (var entry : hidden.entrySet()) {
        checks++;
        Api.Response theirAnswer = entry.getValue()[0];
        Api.Response unknownAnswer = entry.getValue()[1];
        assertThat(theirAnswer.status()).as("%s may not %s: %s", user, entry.getKey(), theirAnswer.body())
            .isEqualTo(404);
        assertThat(withoutInstance(theirAnswer.body().replace(theirs.incident(), "N").replace(theirs.change(), "N")
            .replace(theirs.eam(), "N")))
            .as("%s: %s answers as for a record that does not exist", user, entry.getKey())
            .isEqualTo(withoutInstance(unknownAnswer.body().replaceAll("[A-Z]+-\\d{4}-\\d{6,}", "N")));
      }

      // Asking for their lists or acting for them by name is refused before anything is looked up
      Map<String, Api.Response> refused = new LinkedHashMap<>();
      refused.put("list their incidents", api.get("/api/incidents?customerId=" + other));
      refused.put("report for them", api.post("/api/incidents", incident(other)));
      refused.put("read their customer record", api.get("/api/customers/" + other));
      refused.put("replace their customer record", api.put("/api/customers/" + other,
          Api.as(port, "demo").get("/api/customers/" + other).body()));
      refused.put("add a support user to their customer",
          api.post("/api/customers/" + other + "/users/spy-" + own, CUSTOMER_USER));
      refused.put("remove their customer's user", api.delete("/api/customers/" + other + "/users/" + other + "-user"));
      refused.put("announce a change for them", api.post("/api/change-requests", change(other)));
      refused.put("list their change requests", api.get("/api/change-requests?customerId=" + other));
      refused.put("apply for EAM for them", api.post("/api/eam-applications", eam(other)));
      refused.put("list their EAM applications", api.get("/api/eam-applications?customerId=" + other));
      refused.put("reach the engine", api.get("/engine-rest/task?maxResults=10"));
      for (var entry : refused.entrySet()) {
        checks++;
        assertThat(entry.getValue().status()).as("%s may not %s: %s", user, entry.getKey(), entry.getValue().body())
            .isEqualTo(403);
        // The refusal tells nothing about the record (its "instance" is only the address asked for).
        JsonNode problem = entry.getValue().json();
        ((com.fasterxml.jackson.databind.node.ObjectNode) problem).remove("instance");
        assertThat(problem.toString()).as("%s: %s", user, entry.getKey())
            .doesNotContain(theirs.incident(), theirs.change(), theirs.eam(), "Authorization matrix");
      }

      // Unfiltered lists show the user's own customer's records only.
      for (String list : List.of("/api/incidents", "/api/change-requests", "/api/eam-applications")) {
        checks++;
        JsonNode items = api.get(list).json();
        assertThat(items).as("%s lists %s", user, list).isNotEmpty();
        items.forEach(item -> assertThat(item.get("customerId").asText()).as("%s in %s", user, list).isEqualTo(own));
      }
      assertThat(api.get("/api/incidents/" + records.get(own).incident()).status()).isEqualTo(200);
    }
    System.out.printf("customer isolation: %d checks, acme <-> globex%n", checks);
  }

  /**
   * The customer site (docs/portal.md), signed in through its own form: where the sign-in leads (customers to
   * their incidents, staff to the webapp they may use, signed in there), then what each page answers the session.
   * Staff keep no session of the site, so its pages send them to the sign-in (302) like strangers; an action on
   * acme's incident redirects back to its page (302) once done or refused by the incident's state; globex's
   * incident is "not found" (404) for acme's user, as in the API. acme's user is one of acme's two administrators
   * (CUS-1), so the support users' page opens; the matrix's form answers no question there, nor on the EAM page,
   * so both show the form again (200) and change nothing.
   */
  private static final String PORTAL_MATRIX = """
      page                                        anonymous demo     engineer service  supervisor manager analyst acme-user
      sign-in                                     -         tasklist tasklist tasklist tasklist   tasklist cockpit incidents
      GET  /portal/login                          200       200      200      200      200        200     200     200
      GET  /portal/incidents                      302       302      302      302      302        302     302     200
      GET  /portal/incidents/new                  302       302      302      302      302        302     302     200
      GET  /portal/incidents/{number}             302       302      302      302      302        302     302     200
      GET  /portal/incidents/{other}              302       302      302      302      302        302     302     404
      POST /portal/incidents/new                  302       302      302      302      302        302     302     200
      POST /portal/incidents/{number}/information 302       302      302      302      302        302     302     302
      POST /portal/incidents/{other}/information  302       302      302      302      302        302     302     404
      GET  /portal/changes                        302       302      302      302      302        302     302     200
      GET  /portal/changes/new                    302       302      302      302      302        302     302     200
      GET  /portal/eam                            302       302      302      302      302        302     302     200
      POST /portal/eam                            302       302      302      302      302        302     302     200
      GET  /portal/users                          302       302      302      302      302        302     302     200
      POST /portal/users                          302       302      302      302      302        302     302     200
      """;

  @Test
  @DisplayName("The customer site: customers sign in to their pages, staff are handed to Tasklist or Cockpit and get no "
      + "page of the site, strangers are sent to the sign-in, and another customer's incident is not found")
  void portalMatrix() {
    List<String> rows = PORTAL_MATRIX.lines().skip(1).filter(l -> !l.isBlank()).toList();
    List<String> identities = new ArrayList<>(List.of("anonymous"));
    identities.addAll(USERS.keySet());
    List<String> wrong = new ArrayList<>();
    for (int column = 0; column < identities.size(); column++) {
      String identity = identities.get(column);
      PortalSession session = new PortalSession(port);
      for (String row : rows) {
        List<String> parts = List.of(row.trim().split("\\s+"));
        String expected = parts.get(parts.size() - identities.size() + column);
        String operation = String.join(" ", parts.subList(0, parts.size() - identities.size()));
        String actual = operation.equals("sign-in") ? signIn(session, identity) : portalCall(session, operation);
        if (!actual.equals(expected)) {
          wrong.add(operation + " as " + identity + ": " + actual + " instead of " + expected);
        }
      }
    }
    assertThat(wrong).as("answers of the customer site that differ from the matrix").isEmpty();
  }

  /** Where the sign-in leads: the app or page of its redirect, "-" for no sign-in. */
  private static String signIn(PortalSession session, String identity) {
    if (identity.equals("anonymous")) {
      return "-";
    }
    String location = String.valueOf(session.signIn(identity).location());
    return location.endsWith("/portal/incidents") ? "incidents"
        : location.replaceAll(".*/camunda/app/([a-z]+)/$", "$1");
  }

  private String portalCall(PortalSession session, String operation) {
    String path = operation.substring(operation.indexOf(' ') + 1)
        .replace("{number}", records.get("acme").incident()).replace("{other}", records.get("globex").incident());
    if (operation.startsWith("GET")) {
      return String.valueOf(session.get(path).status());
    }
    Map<String, String> form = new LinkedHashMap<>(Map.of("text", "From the matrix", "requestType", "fault",
        "productionImpact", "none", "dataLoss", "false", "workaroundAvailable", "true"));
    // The token of the session's own page, as a browser would send it (the sign-in page's for strangers and staff).
    form.put("_csrf", session.get("/portal/login").csrfToken());
    return String.valueOf(session.post(path, form).status());
  }

  /**
   * The same request for {@code number} (another customer's record) and for a number of the same kind
   * that exists nowhere. {@code tail} is "path suffix|body" for writes.
   */
  private static Api.Response[] pair(Api api, String method, String base, String number, String tail) {
    String unknown = number.substring(0, number.lastIndexOf('-') + 1) + "999999";
    return new Api.Response[] {call(api, method, base + number, tail), call(api, method, base + unknown, tail)};
  }

  private static Api.Response call(Api api, String method, String path, String tail) {
    if (tail == null) {
      return api.get(path);
    }
    String[] parts = tail.split("\\|", 2);
    return method.equals("PUT") ? api.put(path + parts[0], parts[1]) : api.post(path + parts[0], parts[1]);
  }

  private static String withoutInstance(String problem) {
    return problem.replaceAll(",?\"instance\":\"[^\"]*\"", "");
  }

  // ---------------------------------------------------------------------------------------------

  /** How each row of the matrix is called, for a given user. */
  private Map<String, Function<String, Call>> operations() {
    Records acme = records.get("acme");
    String incident = "/api/incidents/" + acme.incident();
    String change = "/api/change-requests/" + acme.change();
    Map<String, Function<String, Call>> ops = new LinkedHashMap<>();
    ops.put("GET /api/incidents", u -> Call.get("/api/incidents"));
    ops.put("POST /api/incidents", u -> Call.json("POST", "/api/incidents", incident("acme")));
    ops.put("GET /api/incidents/{number}", u -> Call.get(incident));
    ops.put("POST /api/incidents/{number}/remote-access",
        u -> Call.json("POST", incident + "/remote-access", "{\"granted\": true}"));
    ops.put("POST /api/incidents/{number}/information",
        u -> Call.json("POST", incident + "/information", "{\"text\": \"the logs\"}"));
    ops.put("POST /api/incidents/{number}/closure-response",
        // Staff record the customer's answer with the channel they took it by (CLS-1).
        u -> Call.json("POST", incident + "/closure-response", u.equals("acme-user") ? "{\"accepted\": true}"
            : "{\"accepted\": true, \"channel\": \"phone\"}"));
    ops.put("PUT /api/incidents/{number}/subscription",
        u -> Call.json("PUT", incident + "/subscription", "{\"enabled\": false}"));
    ops.put("GET /api/customers/{id}", u -> Call.get("/api/customers/acme"));
    ops.put("PUT /api/customers/{id}", u -> Call.json("PUT", "/api/customers/" + ownCustomer, ownCustomerDocument));
    // acme-user is one of acme's two administrators (CUS-1), so it manages acme's API tokens.
    ops.put("POST /api/customers/{id}/tokens", u -> Call.json("POST", "/api/customers/acme/tokens",
        "{\"name\": \"matrix " + UUID.randomUUID() + "\"}"));
    ops.put("GET /api/customers/{id}/tokens", u -> Call.get("/api/customers/acme/tokens"));
    ops.put("DELETE /api/customers/{id}/tokens/{tokenId}",
        u -> new Call("DELETE", "/api/customers/acme/tokens/" + freshToken(), null, null));
    // acme-user, one of acme's two administrators, approves acme's support users (CUS-1).
    ops.put("POST /api/customers/{id}/users/{userId}", u -> Call.json("POST", "/api/customers/acme/users/"
        + matrixUserId(), CUSTOMER_USER));
    ops.put("DELETE /api/customers/{id}/users/{userId}",
        u -> new Call("DELETE", "/api/customers/acme/users/" + freshCustomerUser(), null, null));
    ops.put("GET /api/calendars", u -> Call.get("/api/calendars"));
    ops.put("GET /api/calendars/{id}", u -> Call.get("/api/calendars/weekdays"));
    ops.put("PUT /api/calendars/{id}", u -> Call.json("PUT", "/api/calendars/" + ownCalendar, calendar()));
    ops.put("DELETE /api/calendars/{id}", u -> new Call("DELETE", "/api/calendars/" + freshCalendar(), null, null));
    ops.put("POST /api/sla/preview", u -> Call.json("POST", "/api/sla/preview", """
        {"level": 3, "serviceTier": "standard", "reportedAt": "2026-11-27T17:00:00+01:00",
         "timeZone": "Europe/Berlin"}"""));
    ops.put("GET /api/lifecycle", u -> Call.get("/api/lifecycle?product=dce&version=5.0.7&onDate=2026-11-26"));
    ops.put("PUT /api/releases/{product}/{majorMinor}",
        u -> Call.json("PUT", "/api/releases/" + ownRelease + "/1.0", "{\"latestMaintenance\": \"3\"}"));
    ops.put("POST /api/change-requests", u -> Call.json("POST", "/api/change-requests", change("acme")));
    ops.put("GET /api/change-requests", u -> Call.get("/api/change-requests"));
    ops.put("GET /api/change-requests/{number}", u -> Call.get(change));
    ops.put("POST /api/change-requests/{number}/confirmation", u -> Call.json("POST", change + "/confirmation", ""));
    ops.put("POST /api/change-requests/{number}/downtime", u -> Call.json("POST", change + "/downtime", "{}"));
    ops.put("POST /api/eam-applications", u -> Call.json("POST", "/api/eam-applications", eam("acme")));
    ops.put("GET /api/eam-applications", u -> Call.get("/api/eam-applications"));
    ops.put("GET /api/eam-applications/{number}", u -> Call.get("/api/eam-applications/" + acme.eam()));
    // S360 (SVC-2): acme buys S360; an advisory for a product of the matrix's own reaches no installation.
    ops.put("POST /api/advisories", u -> Call.json("POST", "/api/advisories", """
        {"kind": "product-update", "product": "%s", "title": "Matrix check", "affected": [">=1.0.0"],
         "fixedIn": "1.0.1", "severity": "low"}""".formatted(ownRelease)));
    ops.put("GET /api/advisories", u -> Call.get("/api/advisories"));
    // No advisory reached acme here: who is let through meets "not found".
    ops.put("POST /api/advisories/{id}/upgrade-acceptance", u -> Call.json("POST",
        "/api/advisories/999999999/upgrade-acceptance",
        "{\"customerId\": \"acme\", \"cluster\": \"prod-1\", \"plannedAt\": \"2099-01-01T00:00:00Z\"}"));
    ops.put("GET /api/inspections", u -> Call.get("/api/inspections"));
    ops.put("GET /api/inspections/{id}", u -> Call.get("/api/inspections/" + Api.as(port, "demo")
        .get("/api/inspections?customerId=acme").json().get(0).get("id").asText()));
    ops.put("POST /api/critical-events", u -> Call.json("POST", "/api/critical-events", criticalEvent()));
    ops.put("GET /api/critical-events", u -> Call.get("/api/critical-events"));
    ops.put("GET /api/critical-events/{id}", u -> Call.get("/api/critical-events/" + Api.as(port, "demo")
        .post("/api/critical-events", criticalEvent()).json().get("id").asText()));
    ops.put("GET /api/customers/{id}/s360-team", u -> Call.get("/api/customers/acme/s360-team"));
    ops.put("PUT /api/customers/{id}/s360-team",
        u -> Call.json("PUT", "/api/customers/acme/s360-team", "{\"members\": [\"success\"]}"));

    ops.put("GET /camunda/api/dce/sla-board", u -> new Call("WEBAPP", "/camunda/api/dce/sla-board", null, null));

    ops.put("engine read process instances", u -> Call.get("/engine-rest/process-instance?maxResults=10"));
    ops.put("engine read tasks", u -> Call.get("/engine-rest/task?maxResults=10"));
    ops.put("engine complete a contact task",
        u -> Call.json("POST", "/engine-rest/task/" + freshContactTask().getId() + "/complete", "{}"));
    ops.put("engine complete a resolution task",
        u -> Call.json("POST", "/engine-rest/task/" + freshResolutionTask().getId() + "/complete", """
            {"variables": {"outcome": {"value": "need-information"},
                           "informationRequested": {"value": "The logs, please."}}}"""));
    ops.put("engine modify a process instance", u -> Call.json("POST", "/engine-rest/process-instance/"
        + freshContactTask().getProcessInstanceId() + "/modification", """
        {"skipCustomListeners": true, "instructions": [
          {"type": "startBeforeActivity", "activityId": "%s"}]}""".formatted(
        IncidentProcess.Elements.TASK_CONTACT_CUSTOMER)));
    ops.put("engine delete a process instance", u -> new Call("DELETE", "/engine-rest/process-instance/"
        + freshContactTask().getProcessInstanceId() + "?skipCustomListeners=true", null, null));
    ops.put("engine deploy a decision table", u -> new Call("MULTIPART", "/engine-rest/deployment/create",
        decisionTable(), null));
    ops.put("engine evaluate a decision", u -> Call.json("POST",
        "/engine-rest/decision-definition/key/incident-level/evaluate", """
        {"variables": {"requestType": {"value": "fault"}, "productionImpact": {"value": "partial"},
                       "dataLoss": {"value": false}, "workaroundAvailable": {"value": true}}}"""));
    // Tasklist's "Start process" with the start form (docs/tasklist.md): customer service and administrators only.
    ops.put("engine record a phone report", u -> Call.json("POST",
        "/engine-rest/process-definition/key/phone-report/submit-form", """
        {"variables": {"customerId": {"value": "acme"}, "installation": {"value": "prod-1"},
                       "requestType": {"value": "fault"}, "productionImpact": {"value": "partial"},
                       "dataLoss": {"value": "false"}, "workaroundAvailable": {"value": "true"},
                       "title": {"value": "Matrix check by phone"}, "description": {"value": "Reported on the phone."},
                       "contactName": {"value": "Li Lei"}, "contactPhone": {"value": "+86 10 1234 5678"}}}"""));
    return ops;
  }

  /** A critical phase of acme's, a month from now. */
  private static String criticalEvent() {
    java.time.Instant from = java.time.Instant.now().plus(java.time.Duration.ofDays(30))
        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    return """
        {"customerId": "acme", "installations": ["prod-1"], "kind": "launch", "from": "%s", "to": "%s",
         "description": "Matrix check"}""".formatted(from, from.plus(java.time.Duration.ofDays(1)));
  }

  /** The users who work in Cockpit; the others sign in to Tasklist. */
  private static final Set<String> COCKPIT_USERS = Set.of("demo", "manager", "analyst");

  private Api.Response send(String user, Call call) {
    if (call.method().equals("WEBAPP")) {
      WebappSession session = new WebappSession(port);
      session.login(COCKPIT_USERS.contains(user) ? "cockpit" : "tasklist", user, user);
      return session.get(call.path());
    }
    Api api = Api.as(port, user);
    if (call.method().equals("MULTIPART")) {
      String name = "authz-matrix-check.dmn";
      return api.send(Multipart.post(api.builder(call.path()), Map.of("deployment-name", name,
          "deploy-changed-only", "true"), Map.of(name, call.body().getBytes(StandardCharsets.UTF_8))));
    }
    HttpRequest.Builder builder = api.builder(call.path());
    if (call.contentType() != null) {
      builder.header("Content-Type", call.contentType());
    }
    return api.send(builder.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(call.body())));
  }

  /** A new incident of acme's, once its first-contact task is there. */
  private Task freshContactTask() {
    Api.Response created = Api.as(port, "service").post("/api/incidents", incident("acme"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String number = created.json().get("number").asText();
    return await().atMost(WAIT).until(() -> {
      ProcessInstance instance = runtimeService.createProcessInstanceQuery()
          .processInstanceBusinessKey(number).processDefinitionKey(IncidentProcess.KEY).singleResult();
      return instance == null ? null : taskService.createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey(IncidentProcess.Elements.TASK_CONTACT_CUSTOMER).singleResult();
    }, task -> task != null);
  }

  /** A new incident of acme's whose first contact is made: its resolution task is there. */
  private Task freshResolutionTask() {
    Task contact = freshContactTask();
    taskService.complete(contact.getId());
    return await().atMost(WAIT).until(() -> taskService.createTaskQuery()
        .processInstanceId(contact.getProcessInstanceId())
        .taskDefinitionKey(IncidentProcess.Elements.TASK_RESOLVE_INCIDENT).singleResult(), task -> task != null);
  }

  private String freshCalendar() {
    String id = "authz-del-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(Api.as(port, "demo").put("/api/calendars/" + id, calendar()).status()).isEqualTo(201);
    return id;
  }

  /** An API token of acme's, created by the administrator, for a row that revokes one. */
  private String freshToken() {
    Api.Response created = Api.as(port, "demo").post("/api/customers/acme/tokens",
        "{\"name\": \"matrix revoke " + UUID.randomUUID() + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asText();
  }

  private static final String CUSTOMER_USER = """
      {"firstName": "Matrix", "lastName": "User", "email": "matrix@example.com", "password": "matrix-secret"}""";

  private static String matrixUserId() {
    return "authz-user-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A support user of acme's, added by the administrator, for a row that removes one. */
  private String freshCustomerUser() {
    String userId = matrixUserId();
    Api.Response created = Api.as(port, "demo").post("/api/customers/acme/users/" + userId, CUSTOMER_USER);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return userId;
  }

  /** The /api endpoints the application serves, as "METHOD pattern". */
  private Set<String> apiEndpoints() {
    Set<String> served = new TreeSet<>();
    mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
        .filter(p -> p.startsWith("/api/"))
        .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + p))));
    return served;
  }

  /** A Level 4 question of {@code customer} (no paging, no SLA escalation). */
  static String incident(String customer) {
    return """
        {"customerId": "%s", "installation": "prod-1", "title": "Authorization matrix",
         "description": "A question.", "requestType": "usage-question", "productionImpact": "none",
         "dataLoss": false, "workaroundAvailable": true, "contact": {"name": "Matrix", "email": "m@example.com"}}"""
        .formatted(customer);
  }

  private static String change(String customer) {
    String plannedAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(60).withNano(0).toString();
    return """
        {"customerId": "%s", "changeType": "production-change", "plannedAt": "%s", "description": "Upgrade"}"""
        .formatted(customer, plannedAt);
  }

  private static String eam(String customer) {
    return """
        {"customerId": "%s", "installation": "prod-1", "years": 1, "stableEnvironment": true,
         "supportedConfiguration": true, "willingToUpgrade": true}""".formatted(customer);
  }

  private static String calendar() {
    return "{\"windowStart\": \"09:00\", \"windowEnd\": \"18:00\", \"holidays\": [], \"workingDays\": []}";
  }

  private static String decisionTable() {
    return "<?xml version=\"1.0\"?><definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\""
        + " xmlns:camunda=\"http://camunda.org/schema/1.0/dmn\" id=\"authz-matrix-definitions\" name=\"m\""
        + " namespace=\"x\"><decision id=\"authz-matrix-check\" name=\"m\" camunda:historyTimeToLive=\"P1D\">"
        + "<decisionTable id=\"t\"><input id=\"i\"><inputExpression id=\"e\" typeRef=\"string\">"
        + "<text>a</text></inputExpression></input><output id=\"o\" name=\"b\" typeRef=\"string\"/>"
        + "<rule id=\"r\"><inputEntry id=\"ie\"><text>-</text></inputEntry><outputEntry id=\"oe\">"
        + "<text>\"x\"</text></outputEntry></rule></decisionTable></decision></definitions>";
  }

  private static String abbreviate(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
