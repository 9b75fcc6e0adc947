package com.daocloud.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Bad input: a corpus of malformed, hostile and oversized requests over every {@code /api}
 * endpoint. Each is answered with a 4xx problem (413 above the body limit), never a 5xx, never a stack
 * trace or a class name, and the database is unchanged afterwards. The endpoints come from the handler
 * mapping, so a new endpoint without cases here fails the test.
 */
@IntegrationTest
class BadInputCorpusIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JSON_TYPE = "application/json";
  /** Above {@code dce.security.max-api-body-bytes} (262144). */
  private static final int HUGE = 300_000;
  /** What a client must never see: stack frames, Java packages, our classes, exception names. */
  private static final Pattern LEAK = Pattern.compile(
      "java\\.|javax\\.|jakarta\\.|org\\.|com\\.daocloud|Exception|\\tat |\\bat [a-z]+\\.[a-z]+\\.");

  /** Text that a careless layer would mangle; none of it is invalid, so all of it must survive. */
  private static final String ODD_TEXT = "故障：集群 prod-1 无法启动 🚨👩‍💻 שלום עולם مرحبا بالعالم e\u0301 n\u0303 Å"
      + " \u202Eevil\u202C \"double\" 'single' back\\slash C:\\temp\\ <script>alert('x')</script> &amp; &lt;"
      + " '; DROP TABLE incidents;-- ${7*7} #{1} %s %n {{x}} 𝄞 zero\u200Bwidth tab\there\nline two\r\nline three end";

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ProcessEngine engine;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  /** One bad request: which endpoint (method and mapping pattern) it aims at, and what it must get. */
  record Case(String endpoint, String label, String user, String method, String path, String contentType,
      byte[] body, boolean chunked, Map<String, String> headers, int expected, String field) {

    String describe() {
      return endpoint + " [" + label + "] " + method + " " + abbreviate(path);
    }
  }

  private final List<Case> corpus = new ArrayList<>();

  @Test
  @DisplayName("Bad input on every /api endpoint: a 4xx problem without internals, and the database unchanged")
  void corpusOfBadRequests() {
    buildCorpus();
    Set<String> served = servedEndpoints();
    Set<String> covered = new TreeSet<>();
    corpus.forEach(c -> covered.add(c.endpoint()));
    assertThat(covered).as("endpoints with bad-input cases").containsAll(served);
    assertThat(served).as("cases aim at endpoints that exist").containsAll(covered);
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(100);

    JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    boolean jobsWereActive = jobs != null && jobs.isActive();
    // Timers of other tests' incidents must not change the counts while the corpus runs.
    if (jobsWereActive) {
      jobs.shutdown();
    }
    try {
      Map<String, Long> before = stableCounts();
      Map<Integer, Integer> statuses = new TreeMap<>();
      List<String> failures = new ArrayList<>();
      for (Case c : corpus) {
        Api.Response response = send(c);
        statuses.merge(response.status(), 1, Integer::sum);
        String problem = check(c, response);
        if (problem != null) {
          failures.add(c.describe() + ": " + problem);
        }
      }
      Map<String, Long> after = counts();

      System.out.printf("bad input: %d requests over %d endpoints, statuses %s%n", corpus.size(),
          covered.size(), statuses);
      assertThat(failures).as("bad requests answered wrongly").isEmpty();
      assertThat(after).as("row counts after the corpus").isEqualTo(before);
    } finally {
      if (jobsWereActive) {
        jobs.start();
      }
    }
  }

  @Test
  @DisplayName("Odd but valid text (CJK, emoji, RTL, combining marks, quotes, markup, SQL) is stored and returned byte for byte")
  void oddTextRoundTrips() throws Exception {
    String customer = "odd-text-" + UUID.randomUUID().toString().substring(0, 8);
    ObjectNode document = object("{\"serviceTier\": \"standard\", \"timeZone\": \"Asia/Shanghai\"}");
    document.put("name", prefix(190));
    Api.Response put = Api.as(port, "demo").put("/api/customers/" + customer, document.toString());
    assertThat(put.status()).as(put.body()).isEqualTo(201);
    assertThat(Api.as(port, "demo").get("/api/customers/" + customer).json().get("name").asText())
        .isEqualTo(prefix(190));

    ObjectNode report = object("""
        {"installation": "prod-1", "requestType": "usage-question", "productionImpact": "none",
         "dataLoss": false, "workaroundAvailable": true, "contact": {"email": "odd@example.com"}}""");
    report.put("customerId", "acme");
    report.put("title", prefix(120));
    report.put("description", ODD_TEXT + "\n" + ODD_TEXT);
    ((ObjectNode) report.get("contact")).put("name", prefix(60));
    Api.Response created = Api.as(port, "service").post("/api/incidents", report.toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode incident = Api.as(port, "acme-user").get("/api/incidents/" + created.json().get("number").asText())
        .json();
    assertThat(incident.get("title").asText()).isEqualTo(prefix(120));
    assertThat(incident.get("description").asText().getBytes(StandardCharsets.UTF_8))
        .isEqualTo((ODD_TEXT + "\n" + ODD_TEXT).getBytes(StandardCharsets.UTF_8));
    assertThat(incident.get("contact").get("name").asText()).isEqualTo(prefix(60));

    String calendar = "odd-text-" + UUID.randomUUID().toString().substring(0, 8);
    ObjectNode body = object("{\"windowStart\": \"09:00\", \"windowEnd\": \"18:00\"}");
    body.put("description", ODD_TEXT);
    assertThat(Api.as(port, "analyst").put("/api/calendars/" + calendar, body.toString()).status()).isEqualTo(201);
    assertThat(Api.as(port, "analyst").get("/api/calendars/" + calendar).json().get("description").asText())
        .isEqualTo(ODD_TEXT);
  }

  /** The first characters of {@link #ODD_TEXT}, never half a surrogate pair, without trailing blanks. */
  private static String prefix(int length) {
    int end = Character.isHighSurrogate(ODD_TEXT.charAt(length - 1)) ? length - 1 : length;
    return ODD_TEXT.substring(0, end).strip();
  }

  // ---------------------------------------------------------------------------------------------
  // The corpus, endpoint by endpoint
  // ---------------------------------------------------------------------------------------------

  private void buildCorpus() {
    incidents();
    incidentActions();
    customers();
    apiTokens();
    customerUsers();
    calendars();
    slaPreview();
    lifecycle();
    changeRequests();
    eamApplications();
    s360();
  }

  private void incidents() {
    String ep = "POST /api/incidents";
    String path = "/api/incidents";
    ObjectNode base = object("""
        {"customerId": "acme", "installation": "prod-1", "title": "Bad input corpus", "description": "d",
         "requestType": "fault", "productionImpact": "partial", "dataLoss": false, "workaroundAvailable": true,
         "contact": {"name": "C", "phone": "+86 21 1234 5678", "email": "c@example.com"}}""");
    bad(ep, "customerId missing", "POST", path, edit(base, o -> o.remove("customerId")), "customerId");
    bad(ep, "customerId null", "POST", path, edit(base, o -> o.putNull("customerId")), "customerId");
    bad(ep, "customerId array", "POST", path, edit(base, o -> o.putArray("customerId").add("acme")), "customerId");
    bad(ep, "customerId object", "POST", path, edit(base, o -> o.putObject("customerId").put("id", "acme")),
        "customerId");
    bad(ep, "customerId SQL", "POST", path, edit(base, o -> o.put("customerId", "acme' OR '1'='1")), "customerId");
    bad(ep, "customerId SQL drop", "POST", path,
        edit(base, o -> o.put("customerId", "acme'; DROP TABLE incidents;--")), "customerId");
    bad(ep, "customerId script", "POST", path,
        edit(base, o -> o.put("customerId", "<script>alert(1)</script>")), "customerId");
    bad(ep, "customerId traversal", "POST", path, edit(base, o -> o.put("customerId", "../globex")), "customerId");
    bad(ep, "customerId NUL", "POST", path, edit(base, o -> o.put("customerId", "acme\u0000")), "customerId");
    bad(ep, "requestType upper case", "POST", path, edit(base, o -> o.put("requestType", "FAULT")), "requestType");
    bad(ep, "requestType expression", "POST", path, edit(base, o -> o.put("requestType", "${7*7}")),
        "requestType");
    bad(ep, "productionImpact null", "POST", path, edit(base, o -> o.putNull("productionImpact")),
        "productionImpact");
    bad(ep, "dataLoss not boolean", "POST", path, edit(base, o -> o.put("dataLoss", "maybe")), "dataLoss");
    bad(ep, "dataLoss null", "POST", path, edit(base, o -> o.putNull("dataLoss")), "dataLoss");
    bad(ep, "dataLoss number", "POST", path, edit(base, o -> o.put("dataLoss", -1)), "dataLoss");
    bad(ep, "dataLoss string", "POST", path, edit(base, o -> o.put("dataLoss", "true")), "dataLoss");
    bad(ep, "title number", "POST", path, edit(base, o -> o.put("title", 42)), "title");
    bad(ep, "workaroundAvailable missing", "POST", path, edit(base, o -> o.remove("workaroundAvailable")),
        "workaroundAvailable");
    bad(ep, "contact string", "POST", path, edit(base, o -> o.put("contact", "C, +86 21 1234")), "contact");
    bad(ep, "contact array for object", "POST", path, edit(base, o -> o.putArray("contact")), "contact");
    bad(ep, "contact.name missing", "POST", path, edit(base, o -> ((ObjectNode) o.get("contact")).remove("name")),
        "contact.name");
    bad(ep, "contact.email invalid", "POST", path, edit(base, o -> {
      ObjectNode contact = (ObjectNode) o.get("contact");
      contact.remove("phone");
      contact.put("email", "not-an-email");
    }), "contact.email");
    bad(ep, "contact.phone script", "POST", path,
        edit(base, o -> ((ObjectNode) o.get("contact")).put("phone", "<script>x</script>")), "contact.phone");
    bad(ep, "extra field", "POST", path, edit(base, o -> o.put("priority", "urgent")), "priority");
    bad(ep, "extra nested field", "POST", path, edit(base, o -> ((ObjectNode) o.get("contact")).put("fax", "1")),
        "contact.fax");
    bad(ep, "title too long", "POST", path, edit(base, o -> o.put("title", "t".repeat(201))), "title");
    bad(ep, "description too long", "POST", path, edit(base, o -> o.put("description", "d".repeat(10_001))),
        "description");
    bad(ep, "description with NUL", "POST", path, edit(base, o -> o.put("description", "before\u0000after")),
        "description");
    bad(ep, "title with a lone surrogate", "POST", path,
        raw(json(base).replace("Bad input corpus", "Bad \\ud800 input")), "title");
    bad(ep, "title with a control character", "POST", path, edit(base, o -> o.put("title", "bell\u0007")),
        "title");
    bad(ep, "array for object", "POST", path, raw("[]"), "body");
    bad(ep, "JSON null", "POST", path, raw("null"), "body");
    bad(ep, "empty body", "POST", path, raw(""), "body");
    bad(ep, "truncated JSON", "POST", path, raw("{\"customerId\": \"acme\""), "body");
    bad(ep, "form encoding as JSON", "POST", path, raw("customerId=acme&title=x"), "body");
    bad(ep, "deep nesting", "POST", path, raw("{\"contact\":" + "[".repeat(3000) + "]".repeat(3000) + "}"), null);
    bad(ep, "huge number", "POST", path, raw(json(base).replace("false", "1e99999999")), "dataLoss");
    add(ep, "invalid UTF-8 bytes", "demo", "POST", path, JSON_TYPE,
        bytes(json(base).replace("Bad input corpus", "Bad \u0001MARK input"), "\u0001MARK",
            new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}), false, Map.of(), 400, "title");
    bad(ep, "raw control character in a string", "POST", path,
        raw(json(base).replace("Bad input corpus", "Bad \u0001 input")), "title");
    add(ep, "text/plain", "demo", "POST", path, "text/plain", utf8(json(base)), false, Map.of(), 415, null);
    add(ep, "multipart without boundary", "demo", "POST", path, "multipart/form-data", utf8("--x--"), false,
        Map.of(), 415, null);
    add(ep, "form content type", "demo", "POST", path, "application/x-www-form-urlencoded",
        utf8("customerId=acme"), false, Map.of(), 415, null);
    add(ep, "unknown charset", "demo", "POST", path, "application/json;charset=x-no-such-charset",
        utf8(json(base)), false, Map.of(), 415, null);
    add(ep, "Idempotency-Key too long", "demo", "POST", path, JSON_TYPE, utf8(json(base)), false,
        Map.of("Idempotency-Key", "k".repeat(201)), 400, "Idempotency-Key");
    add(ep, "Idempotency-Key with spaces", "demo", "POST", path, JSON_TYPE, utf8(json(base)), false,
        Map.of("Idempotency-Key", "key with spaces"), 400, "Idempotency-Key");
    huge(ep, "POST", path);
    add(ep, "huge chunked body", "demo", "POST", path, JSON_TYPE, hugeBody(), true, Map.of(), 413, null);

    ep = "GET /api/incidents/{number}";
    get(ep, "unknown number", "/api/incidents/INC-2026-999999", 404);
    get(ep, "encoded traversal", "/api/incidents/..%2F..%2Fetc%2Fpasswd", 400);
    get(ep, "encoded dots", "/api/incidents/%2e%2e", 400);
    get(ep, "SQL", "/api/incidents/INC-2026-000001%27%20OR%20%271%27%3D%271", 404);
    get(ep, "script", "/api/incidents/%3Cscript%3Ealert(1)%3C%2Fscript%3E", 400);
    get(ep, "very long", "/api/incidents/INC-2026-" + "9".repeat(5000), 404);
    get(ep, "encoded NUL", "/api/incidents/INC-2026-000001%00", 400);
    get(ep, "right-to-left override", "/api/incidents/%E2%80%AEINC", 404);
    get(ep, "invalid UTF-8 escape", "/api/incidents/%C0%AF", 400);
    get(ep, "semicolon", "/api/incidents/INC-2026-000001;jsessionid=x", 400);

    ep = "GET /api/incidents";
    get(ep, "status unknown", "/api/incidents?status=bogus", 400, "status");
    get(ep, "status SQL", "/api/incidents?status=open%27%20OR%201%3D1--", 400, "status");
    get(ep, "customerId unknown", "/api/incidents?customerId=no-such-customer", 404);
    get(ep, "customerId NUL", "/api/incidents?customerId=acme%00", 400, "customerId");
    get(ep, "customerId SQL", "/api/incidents?customerId=acme%27%20OR%20%271%27%3D%271", 400, "customerId");
    add(ep, "XML wanted", "demo", "GET", "/api/incidents", null, null, false, Map.of("Accept", "application/xml"),
        406, null);
  }

  private void incidentActions() {
    String unknown = "/api/incidents/INC-2026-999999";
    String ep = "POST /api/incidents/{number}/remote-access";
    String path = unknown + "/remote-access";
    bad(ep, "granted not boolean", "POST", path, raw("{\"granted\": \"yes\"}"), "granted");
    bad(ep, "granted missing", "POST", path, raw("{}"), "granted");
    bad(ep, "granted null", "POST", path, raw("{\"granted\": null}"), "granted");
    bad(ep, "extra field", "POST", path, raw("{\"granted\": true, \"until\": \"forever\"}"), "until");
    bad(ep, "array for object", "POST", path, raw("[true]"), "body");
    add(ep, "unknown incident", "demo", "POST", path, JSON_TYPE, utf8("{\"granted\": true}"), false, Map.of(), 404,
        null);
    add(ep, "encoded traversal", "demo", "POST", "/api/incidents/..%2F..%2Fcustomers%2Facme/remote-access",
        JSON_TYPE, utf8("{\"granted\": true}"), false, Map.of(), 400, null);
    huge(ep, "POST", path);

    ep = "POST /api/incidents/{number}/information";
    path = unknown + "/information";
    bad(ep, "text missing", "POST", path, raw("{}"), "text");
    bad(ep, "text blank", "POST", path, raw("{\"text\": \"   \"}"), "text");
    bad(ep, "text too long", "POST", path, raw("{\"text\": \"" + "x".repeat(4001) + "\"}"), "text");
    bad(ep, "text array", "POST", path, raw("{\"text\": [\"a\"]}"), "text");
    bad(ep, "text with NUL", "POST", path, raw("{\"text\": \"a\\u0000b\"}"), "text");
    add(ep, "text/plain", "demo", "POST", path, "text/plain", utf8("the logs"), false, Map.of(), 415, null);
    huge(ep, "POST", path);

    ep = "POST /api/incidents/{number}/closure-response";
    path = unknown + "/closure-response";
    bad(ep, "accepted missing", "POST", path, raw("{}"), "accepted");
    bad(ep, "accepted not boolean", "POST", path, raw("{\"accepted\": \"ok\"}"), "accepted");
    bad(ep, "comment too long", "POST", path,
        raw("{\"accepted\": true, \"comment\": \"" + "c".repeat(4001) + "\"}"), "comment");
    bad(ep, "comment object", "POST", path, raw("{\"accepted\": true, \"comment\": {\"x\": 1}}"), "comment");
    huge(ep, "POST", path);

    ep = "PUT /api/incidents/{number}/subscription";
    path = unknown + "/subscription";
    bad(ep, "enabled missing", "PUT", path, raw("{}"), "enabled");
    bad(ep, "email missing", "PUT", path, raw("{\"enabled\": true}"), "email");
    bad(ep, "email invalid", "PUT", path, raw("{\"enabled\": true, \"email\": \"x\"}"), "email");
    bad(ep, "email header injection", "PUT", path,
        raw("{\"enabled\": true, \"email\": \"a@b.example\\r\\nBcc: evil@example.com\"}"), "email");
    bad(ep, "enabled not boolean", "PUT", path, raw("{\"enabled\": \"sure\"}"), "enabled");
    huge(ep, "PUT", path);
  }

  private void customers() {
    String ep = "GET /api/customers/{id}";
    get(ep, "unknown", "/api/customers/no-such-customer", 404);
    get(ep, "encoded traversal", "/api/customers/..%2Fadmin", 400);
    get(ep, "SQL", "/api/customers/acme%27%20OR%201%3D1", 404);
    get(ep, "script", "/api/customers/%3Cscript%3E", 404);

    ep = "PUT /api/customers/{id}";
    String path = "/api/customers/corpus-never-stored";
    int year = LocalDate.now().getYear();
    ObjectNode base = object("""
        {"name": "Corpus Ltd.", "serviceTier": "premium", "timeZone": "Asia/Shanghai", "calendar": "weekdays",
         "maintenanceOrder": {"start": "%d-01-01", "end": "%d-12-31", "feesPaid": true, "services": ["SNS"]},
         "installations": [{"cluster": "prod-1", "product": "dce", "version": "5.0.7", "kind": "software",
                            "activatedOn": "%d-01-01"}]}""".formatted(year, year, year));
    bad(ep, "id upper case", "PUT", "/api/customers/Bad_ID", base.toString(), "id");
    bad(ep, "id SQL", "PUT", "/api/customers/x%27%20OR%201%3D1--", base.toString(), "id");
    bad(ep, "id with a semicolon", "PUT", "/api/customers/x%27%3B%20DROP%20TABLE%20dce_customer%3B--", base.toString(),
        null);
    bad(ep, "id differs from path", "PUT", path, edit(base, o -> o.put("id", "other")), "id");
    bad(ep, "name missing", "PUT", path, edit(base, o -> o.remove("name")), "name");
    bad(ep, "name too long", "PUT", path, edit(base, o -> o.put("name", "n".repeat(201))), "name");
    bad(ep, "name with NUL", "PUT", path, edit(base, o -> o.put("name", "Corpus\u0000Ltd.")), "name");
    bad(ep, "serviceTier unknown", "PUT", path, edit(base, o -> o.put("serviceTier", "gold")), "serviceTier");
    bad(ep, "serviceTier number", "PUT", path, edit(base, o -> o.put("serviceTier", 7)), "serviceTier");
    bad(ep, "timeZone unknown", "PUT", path, edit(base, o -> o.put("timeZone", "Mars/Olympus")), "timeZone");
    bad(ep, "timeZone offset", "PUT", path, edit(base, o -> o.put("timeZone", "+08:00")), "timeZone");
    bad(ep, "calendar traversal", "PUT", path, edit(base, o -> o.put("calendar", "../../etc/passwd")), "calendar");
    bad(ep, "order start invalid date", "PUT", path,
        edit(base, o -> ((ObjectNode) o.get("maintenanceOrder")).put("start", year + "-02-30")),
        "maintenanceOrder.start");
    bad(ep, "order end before start", "PUT", path,
        edit(base, o -> ((ObjectNode) o.get("maintenanceOrder")).put("end", (year - 1) + "-12-31")),
        "maintenanceOrder.end");
    bad(ep, "order end in year 999999999", "PUT", path,
        edit(base, o -> ((ObjectNode) o.get("maintenanceOrder")).put("end", "+999999999-12-31")),
        "maintenanceOrder.end");
    bad(ep, "activatedOn in year 1", "PUT", path,
        edit(base, o -> ((ObjectNode) o.get("installations").get(0)).put("activatedOn", "0001-01-01")),
        "installations[0].activatedOn");
    bad(ep, "order not an object", "PUT", path, edit(base, o -> o.put("maintenanceOrder", "yes")),
        "maintenanceOrder");
    bad(ep, "order service unknown", "PUT", path,
        edit(base, o -> ((ObjectNode) o.get("maintenanceOrder")).putArray("services").add("SNS").add("HACK")),
        "maintenanceOrder.services[1]");
    bad(ep, "installations object for array", "PUT", path, edit(base, o -> o.putObject("installations")),
        "installations");
    bad(ep, "activatedOn not a date", "PUT", path,
        edit(base, o -> ((ObjectNode) o.get("installations").get(0)).put("activatedOn", "yesterday")),
        "installations[0].activatedOn");
    bad(ep, "installation kind unknown", "PUT", path,
        edit(base, o -> ((ObjectNode) o.get("installations").get(0)).put("kind", "virtual")),
        "installations[0].kind");
    bad(ep, "administrators string for array", "PUT", path, edit(base, o -> o.put("administrators", "a")),
        "administrators");
    bad(ep, "extra field", "PUT", path, edit(base, o -> o.put("vip", true)), "vip");
    huge(ep, "PUT", path);
  }

  /** Finding 5: a customer's API tokens; nothing here may create one (the row counts would show it). */
  private void apiTokens() {
    String ep = "POST /api/customers/{id}/tokens";
    String path = "/api/customers/acme/tokens";
    ObjectNode base = object("{\"name\": \"corpus\"}");
    bad(ep, "name missing", "POST", path, "{}", "name");
    bad(ep, "name null", "POST", path, edit(base, o -> o.putNull("name")), "name");
    bad(ep, "name blank", "POST", path, edit(base, o -> o.put("name", "  \t ")), "name");
    bad(ep, "name too long", "POST", path, edit(base, o -> o.put("name", "n".repeat(101))), "name");
    bad(ep, "name with NUL", "POST", path, edit(base, o -> o.put("name", "ci\u0000job")), "name");
    bad(ep, "name with a line feed", "POST", path, edit(base, o -> o.put("name", "ci\njob")), "name");
    bad(ep, "name array", "POST", path, edit(base, o -> o.putArray("name").add("ci")), "name");
    bad(ep, "name object", "POST", path, edit(base, o -> o.putObject("name").put("x", 1)), "name");
    bad(ep, "a secret of one's choosing", "POST", path, edit(base, o -> o.put("token", "dce_mine")), "token");
    bad(ep, "body not JSON", "POST", path, "name=corpus", null);
    bad(ep, "body empty", "POST", path, "", null);
    bad(ep, "id upper case", "POST", "/api/customers/ACME/tokens", json(base), "id");
    bad(ep, "id traversal", "POST", "/api/customers/acme..globex/tokens", json(base), "id");
    add(ep, "unknown customer", "demo", "POST", "/api/customers/no-such-customer/tokens", JSON_TYPE,
        utf8(json(base)), false, Map.of(), 404, null);
    add(ep, "text/plain", "demo", "POST", path, "text/plain", utf8(json(base)), false, Map.of(), 415, null);
    huge(ep, "POST", path);

    ep = "GET /api/customers/{id}/tokens";
    get(ep, "unknown customer", "/api/customers/no-such-customer/tokens", 404);
    get(ep, "id SQL", "/api/customers/acme%27%20OR%201%3D1/tokens", 400, "id");
    get(ep, "id script", "/api/customers/%3Cscript%3E/tokens", 400, "id");

    ep = "DELETE /api/customers/{id}/tokens/{tokenId}";
    String unknown = "/api/customers/acme/tokens/" + UUID.randomUUID();
    add(ep, "unknown token", "demo", "DELETE", unknown, null, null, false, Map.of(), 404, null);
    add(ep, "token id not an id", "demo", "DELETE", "/api/customers/acme/tokens/all", null, null, false, Map.of(),
        400, "tokenId");
    add(ep, "token id SQL", "demo", "DELETE", "/api/customers/acme/tokens/x%27%20OR%20%271%27%3D%271", null, null,
        false, Map.of(), 400, "tokenId");
    add(ep, "token id upper case", "demo", "DELETE", unknown.toUpperCase().replace("/API/CUSTOMERS/ACME/TOKENS",
        "/api/customers/acme/tokens"), null, null, false, Map.of(), 400, "tokenId");
    add(ep, "unknown customer", "demo", "DELETE", "/api/customers/no-such-customer/tokens/" + UUID.randomUUID(),
        null, null, false, Map.of(), 404, null);
    add(ep, "id SQL", "demo", "DELETE", "/api/customers/x%27%3B%20DROP%20TABLE%20dce_api_token%3B--/tokens/"
        + UUID.randomUUID(), null, null, false, Map.of(), 400, null);
  }

  /** CUS-1: a customer's support users; nothing here may create or delete one (the row counts would show it). */
  private void customerUsers() {
    String ep = "POST /api/customers/{id}/users/{userId}";
    String path = "/api/customers/acme/users/corpus-user";
    ObjectNode base = object("{\"firstName\": \"Li\", \"lastName\": \"Lei\", \"email\": \"li@example.com\","
        + " \"password\": \"long enough secret\"}");
    bad(ep, "firstName missing", "POST", path, edit(base, o -> o.remove("firstName")), "firstName");
    bad(ep, "firstName blank", "POST", path, edit(base, o -> o.put("firstName", " \t")), "firstName");
    bad(ep, "firstName too long", "POST", path, edit(base, o -> o.put("firstName", "n".repeat(101))), "firstName");
    bad(ep, "lastName array", "POST", path, edit(base, o -> o.putArray("lastName").add("Lei")), "lastName");
    bad(ep, "email not an address", "POST", path, edit(base, o -> o.put("email", "li at example")), "email");
    bad(ep, "email two addresses", "POST", path, edit(base, o -> o.put("email", "a@example.com, b@example.com")),
        "email");
    bad(ep, "password short", "POST", path, edit(base, o -> o.put("password", "short")), "password");
    bad(ep, "password too long", "POST", path, edit(base, o -> o.put("password", "p".repeat(129))), "password");
    bad(ep, "password null", "POST", path, edit(base, o -> o.putNull("password")), "password");
    bad(ep, "a group of one's choosing", "POST", path, edit(base, o -> o.putArray("groups").add("camunda-admin")),
        "groups");
    bad(ep, "body not JSON", "POST", path, "firstName=Li", null);
    bad(ep, "body empty", "POST", path, "", null);
    bad(ep, "user id with an underscore", "POST", "/api/customers/acme/users/corpus_user", json(base), "userId");
    bad(ep, "user id too long", "POST", "/api/customers/acme/users/" + "u".repeat(65), json(base), "userId");
    bad(ep, "user id SQL", "POST", "/api/customers/acme/users/x%27%20OR%201%3D1", json(base), "userId");
    bad(ep, "id upper case", "POST", "/api/customers/ACME/users/corpus-user", json(base), "id");
    add(ep, "unknown customer", "demo", "POST", "/api/customers/no-such-customer/users/corpus-user", JSON_TYPE,
        utf8(json(base)), false, Map.of(), 404, null);
    add(ep, "a user id that is taken", "demo", "POST", "/api/customers/acme/users/engineer", JSON_TYPE,
        utf8(json(base)), false, Map.of(), 409, null);
    add(ep, "text/plain", "demo", "POST", path, "text/plain", utf8(json(base)), false, Map.of(), 415, null);
    huge(ep, "POST", path);

    ep = "DELETE /api/customers/{id}/users/{userId}";
    add(ep, "unknown user", "demo", "DELETE", "/api/customers/acme/users/no-such-user", null, null, false, Map.of(),
        404, null);
    add(ep, "a user of another customer", "demo", "DELETE", "/api/customers/acme/users/globex-user", null, null,
        false, Map.of(), 404, null);
    add(ep, "user id SQL", "demo", "DELETE", "/api/customers/acme/users/x%27%3B%20DROP%20TABLE%20act_id_user%3B--",
        null, null, false, Map.of(), 400, null);
    add(ep, "user id with a dot", "demo", "DELETE", "/api/customers/acme/users/acme.user", null, null, false,
        Map.of(), 400, "userId");
    add(ep, "unknown customer", "demo", "DELETE", "/api/customers/no-such-customer/users/acme-user", null, null,
        false, Map.of(), 404, null);
    add(ep, "id script", "demo", "DELETE", "/api/customers/%3Cscript%3E/users/acme-user", null, null, false,
        Map.of(), 400, "id");
  }

  private void calendars() {
    String ep = "GET /api/calendars";
    add(ep, "XML wanted", "demo", "GET", "/api/calendars", null, null, false, Map.of("Accept", "application/xml"),
        406, null);
    add(ep, "HTML wanted", "demo", "GET", "/api/calendars", null, null, false, Map.of("Accept", "text/html"),
        406, null);

    ep = "GET /api/calendars/{id}";
    get(ep, "unknown", "/api/calendars/no-such-calendar", 404);
    get(ep, "version not a number", "/api/calendars/weekdays?version=abc", 400, "version");
    get(ep, "version overflow", "/api/calendars/weekdays?version=99999999999", 400, "version");
    get(ep, "version negative", "/api/calendars/weekdays?version=-1", 404);
    get(ep, "encoded traversal", "/api/calendars/..%2F..%2Fetc", 400);
    get(ep, "SQL", "/api/calendars/%27%20OR%20%271%27%3D%271", 404);

    ep = "PUT /api/calendars/{id}";
    String path = "/api/calendars/corpus-never-stored";
    ObjectNode base = object("{\"windowStart\": \"09:00\", \"windowEnd\": \"18:00\", \"holidays\": [],"
        + " \"workingDays\": []}");
    badAs("analyst", ep, "windowStart 25:00", "PUT", path, edit(base, o -> o.put("windowStart", "25:00")),
        "windowStart");
    badAs("analyst", ep, "windowStart 9am", "PUT", path, edit(base, o -> o.put("windowStart", "9am")),
        "windowStart");
    badAs("analyst", ep, "windowStart null", "PUT", path, edit(base, o -> o.putNull("windowStart")), "windowStart");
    badAs("analyst", ep, "window ends before it starts", "PUT", path, edit(base, o -> o.put("windowEnd", "08:00")),
        null);
    badAs("analyst", ep, "holiday 30 February", "PUT", path,
        edit(base, o -> o.putArray("holidays").add("2026-02-30")), "holidays[0]");
    badAs("analyst", ep, "holiday in year 999999999", "PUT", path,
        edit(base, o -> o.putArray("holidays").add("+999999999-01-01")), "holidays[0]");
    badAs("analyst", ep, "holidays string for array", "PUT", path, edit(base, o -> o.put("holidays", "2026-01-01")),
        "holidays");
    badAs("analyst", ep, "holiday null", "PUT", path, edit(base, o -> o.putArray("holidays").addNull()),
        "holidays[0]");
    badAs("analyst", ep, "working day number", "PUT", path, edit(base, o -> o.putArray("workingDays").add(20260101)),
        "workingDays[0]");
    badAs("analyst", ep, "description too long", "PUT", path, edit(base, o -> o.put("description", "x".repeat(1001))),
        "description");
    badAs("analyst", ep, "description with NUL", "PUT", path, edit(base, o -> o.put("description", "a\u0000b")),
        "description");
    badAs("analyst", ep, "id with a space", "PUT", "/api/calendars/bad%20id", base.toString(), "id");
    badAs("analyst", ep, "id SQL", "PUT", "/api/calendars/a%27%20OR%201%3D1", base.toString(), "id");
    badAs("analyst", ep, "id with a semicolon", "PUT", "/api/calendars/a%27%3B--", base.toString(), null);
    badAs("analyst", ep, "id too long", "PUT", "/api/calendars/" + "c".repeat(65), base.toString(), "id");
    badAs("analyst", ep, "extra field", "PUT", path, edit(base, o -> o.put("timeZone", "UTC")), "timeZone");
    huge(ep, "PUT", path);

    ep = "DELETE /api/calendars/{id}";
    add(ep, "unknown", "analyst", "DELETE", "/api/calendars/no-such-calendar", null, null, false, Map.of(), 404,
        null);
    add(ep, "built-in", "analyst", "DELETE", "/api/calendars/weekdays", null, null, false, Map.of(), 0, null);
    add(ep, "encoded traversal", "analyst", "DELETE", "/api/calendars/..%2F", null, null, false, Map.of(), 400, null);
    add(ep, "SQL", "analyst", "DELETE", "/api/calendars/%27%20OR%201%3D1", null, null, false, Map.of(), 0, null);
  }

  private void slaPreview() {
    String ep = "POST /api/sla/preview";
    String path = "/api/sla/preview";
    ObjectNode base = object("{\"level\": 3, \"serviceTier\": \"standard\","
        + " \"reportedAt\": \"2026-11-27T17:00:00+01:00\", \"timeZone\": \"Europe/Berlin\"}");
    bad(ep, "level 0", "POST", path, edit(base, o -> o.put("level", 0)), "level");
    bad(ep, "level 6", "POST", path, edit(base, o -> o.put("level", 6)), "level");
    bad(ep, "level word", "POST", path, edit(base, o -> o.put("level", "three")), "level");
    bad(ep, "level array", "POST", path, edit(base, o -> o.putArray("level").add(3)), "level");
    bad(ep, "level overflow", "POST", path, edit(base, o -> o.put("level", 2147483648L)), "level");
    bad(ep, "level huge exponent", "POST", path, raw(json(base).replace("3,", "1e400,")), "level");
    bad(ep, "serviceTier unknown", "POST", path, edit(base, o -> o.put("serviceTier", "gold")), "serviceTier");
    bad(ep, "serviceTier null", "POST", path, edit(base, o -> o.putNull("serviceTier")), "serviceTier");
    bad(ep, "reportedAt 30 February", "POST", path, edit(base, o -> o.put("reportedAt", "2026-02-30T10:00:00+01:00")),
        "reportedAt");
    bad(ep, "reportedAt hour 25", "POST", path, edit(base, o -> o.put("reportedAt", "2026-11-27T25:00:00Z")),
        "reportedAt");
    bad(ep, "reportedAt date only", "POST", path, edit(base, o -> o.put("reportedAt", "2026-11-27")), "reportedAt");
    bad(ep, "reportedAt in year 999999999", "POST", path,
        edit(base, o -> o.put("reportedAt", "+999999999-12-31T23:59:59Z")), "reportedAt");
    bad(ep, "level fraction", "POST", path, edit(base, o -> o.put("level", 3.5)), "level");
    bad(ep, "reportedAt without offset", "POST", path, edit(base, o -> o.put("reportedAt", "2026-11-27T17:00:00")),
        "reportedAt");
    bad(ep, "reportedAt epoch number", "POST", path, edit(base, o -> o.put("reportedAt", 1764259200)), "reportedAt");
    bad(ep, "timeZone unknown", "POST", path, edit(base, o -> o.put("timeZone", "Mars/Olympus")), "timeZone");
    bad(ep, "timeZone offset", "POST", path, edit(base, o -> o.put("timeZone", "+01:00")), "timeZone");
    bad(ep, "timeZone lower case", "POST", path, edit(base, o -> o.put("timeZone", "europe/berlin")), "timeZone");
    bad(ep, "timeZone traversal", "POST", path, edit(base, o -> o.put("timeZone", "Europe/Berlin/../../etc")),
        "timeZone");
    bad(ep, "timeZone NUL", "POST", path, edit(base, o -> o.put("timeZone", "Europe/Berlin\u0000")), "timeZone");
    bad(ep, "calendar unknown", "POST", path, edit(base, o -> o.put("calendar", "no-such")), "calendar");
    bad(ep, "calendar SQL", "POST", path, edit(base, o -> o.put("calendar", "'; DROP TABLE sla_calendar;--")),
        "calendar");
    bad(ep, "extra field", "POST", path, edit(base, o -> o.put("customer", "acme")), "customer");
    bad(ep, "array for object", "POST", path, raw("[{\"level\": 3}]"), "body");
    huge(ep, "POST", path);
  }

  private void lifecycle() {
    String ep = "GET /api/lifecycle";
    get(ep, "no parameters", "/api/lifecycle", 400, "product");
    get(ep, "version missing", "/api/lifecycle?product=dce", 400, "version");
    get(ep, "version word", "/api/lifecycle?product=dce&version=abc", 400, "version");
    get(ep, "version traversal", "/api/lifecycle?product=dce&version=..%2F..%2Fetc", 400, "version");
    get(ep, "version two parts", "/api/lifecycle?product=dce&version=5.0", 400, "version");
    get(ep, "version overflow", "/api/lifecycle?product=dce&version=99999999999.0.0", 400, "version");
    get(ep, "onDate 30 February", "/api/lifecycle?product=dce&version=5.0.7&onDate=2026-02-30", 400, "onDate");
    get(ep, "onDate word", "/api/lifecycle?product=dce&version=5.0.7&onDate=yesterday", 400, "onDate");
    get(ep, "onDate in year 999999999", "/api/lifecycle?product=dce&version=5.0.7&onDate=%2B999999999-01-01", 400,
        "onDate");
    get(ep, "product script", "/api/lifecycle?product=%3Cscript%3E&version=5.0.7", 400, "product");
    get(ep, "product NUL", "/api/lifecycle?product=d%00ce&version=5.0.7", 400, "product");
    get(ep, "unknown major version", "/api/lifecycle?product=dce&version=77.0.0", 404);

    String ep2 = "PUT /api/releases/{product}/{majorMinor}";
    badAs("demo", ep2, "line word", "PUT", "/api/releases/dce/abc", "{\"latestMaintenance\": \"7\"}", "version");
    badAs("demo", ep2, "line major only", "PUT", "/api/releases/dce/5", "{\"latestMaintenance\": \"7\"}", "version");
    badAs("demo", ep2, "line overflow", "PUT", "/api/releases/dce/99999999.0", "{\"latestMaintenance\": \"7\"}",
        "version");
    badAs("demo", ep2, "product script", "PUT", "/api/releases/%3Cscript%3E/5.0", "{\"latestMaintenance\": \"7\"}",
        "product");
    badAs("demo", ep2, "latestMaintenance missing", "PUT", "/api/releases/dce/5.0", "{}", "latestMaintenance");
    badAs("demo", ep2, "latestMaintenance other line", "PUT", "/api/releases/dce/5.0",
        "{\"latestMaintenance\": \"6.1.0\"}", "latestMaintenance");
    badAs("demo", ep2, "latestMaintenance SQL", "PUT", "/api/releases/dce/5.0",
        "{\"latestMaintenance\": \"x'; DROP TABLE dce_release;--\"}", "latestMaintenance");
    badAs("demo", ep2, "extra field", "PUT", "/api/releases/dce/5.0", "{\"latestMaintenance\": \"7\", \"x\": 1}",
        "x");
    add(ep2, "encoded traversal", "demo", "PUT", "/api/releases/..%2F..%2Fadmin/5.0", JSON_TYPE,
        utf8("{\"latestMaintenance\": \"7\"}"), false, Map.of(), 400, null);
    huge(ep2, "PUT", "/api/releases/dce/5.0");
  }

  private void changeRequests() {
    String ep = "POST /api/change-requests";
    String path = "/api/change-requests";
    String future = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(40).withNano(0).toString();
    ObjectNode base = object("{\"customerId\": \"acme\", \"changeType\": \"production-change\", \"plannedAt\": \""
        + future + "\", \"description\": \"d\"}");
    bad(ep, "changeType unknown", "POST", path, edit(base, o -> o.put("changeType", "meltdown")), "changeType");
    bad(ep, "changeType missing", "POST", path, edit(base, o -> o.remove("changeType")), "changeType");
    bad(ep, "plannedAt in year 999999999", "POST", path,
        edit(base, o -> o.put("plannedAt", "+999999999-12-31T22:00:00+08:00")), "plannedAt");
    add(ep, "multipart without boundary", "demo", "POST", path, "multipart/form-data", utf8("--x--"), false,
        Map.of(), 415, null);
    bad(ep, "plannedAt in the past", "POST", path, edit(base, o -> o.put("plannedAt", "2020-01-01T00:00:00Z")),
        "plannedAt");
    bad(ep, "plannedAt 30 February", "POST", path, edit(base, o -> o.put("plannedAt", "2027-02-30T10:00:00+08:00")),
        "plannedAt");
    bad(ep, "plannedAt word", "POST", path, edit(base, o -> o.put("plannedAt", "tomorrow")), "plannedAt");
    bad(ep, "plannedAt epoch number", "POST", path, edit(base, o -> o.put("plannedAt", 1893456000)), "plannedAt");
    bad(ep, "plannedAt zone id", "POST", path,
        edit(base, o -> o.put("plannedAt", future.substring(0, 19) + "[Mars/Olympus]")), "plannedAt");
    bad(ep, "effectiveDate invalid", "POST", path, edit(base, o -> {
      o.put("changeType", "product-move");
      o.put("newDataCenter", "dc-2");
      o.put("effectiveDate", "2027-13-01");
    }), "effectiveDate");
    bad(ep, "customerId unknown", "POST", path, edit(base, o -> o.put("customerId", "no-such-customer")),
        "customerId");
    bad(ep, "customerId SQL", "POST", path, edit(base, o -> o.put("customerId", "acme' OR 1=1--")), "customerId");
    bad(ep, "description missing", "POST", path, edit(base, o -> o.remove("description")), "description");
    bad(ep, "description too long", "POST", path, edit(base, o -> o.put("description", "d".repeat(10_001))),
        "description");
    bad(ep, "description with NUL", "POST", path, edit(base, o -> o.put("description", "a\u0000b")),
        "description");
    bad(ep, "returningAfterLapse word", "POST", path, edit(base, o -> o.put("returningAfterLapse", "yes")),
        "returningAfterLapse");
    bad(ep, "returningAfterLapse for a production change", "POST", path,
        edit(base, o -> o.put("returningAfterLapse", true)), "returningAfterLapse");
    bad(ep, "installation traversal", "POST", path, edit(base, o -> o.put("installation", "../../prod-1")),
        "installation");
    bad(ep, "extra field", "POST", path, edit(base, o -> o.put("approvedBy", "manager")), "approvedBy");
    huge(ep, "POST", path);

    ep = "GET /api/change-requests/{number}";
    get(ep, "unknown", "/api/change-requests/CHG-2026-999999", 404);
    get(ep, "encoded traversal", "/api/change-requests/..%2F..%2Fincidents", 400);
    get(ep, "SQL", "/api/change-requests/CHG%27%20OR%201%3D1", 404);

    ep = "GET /api/change-requests";
    get(ep, "customerId NUL", "/api/change-requests?customerId=acme%00", 400, "customerId");
    get(ep, "customerId SQL", "/api/change-requests?customerId=acme%27--", 400, "customerId");
    get(ep, "customerId unknown", "/api/change-requests?customerId=no-such-customer", 404);

    ep = "POST /api/change-requests/{number}/confirmation";
    add(ep, "unknown", "demo", "POST", "/api/change-requests/CHG-2026-999999/confirmation", null, null, false,
        Map.of(), 404, null);
    add(ep, "encoded traversal", "demo", "POST", "/api/change-requests/..%2F/confirmation", null, null, false,
        Map.of(), 400, null);
    huge(ep, "POST", "/api/change-requests/CHG-2026-999999/confirmation");

    ep = "POST /api/change-requests/{number}/downtime";
    path = "/api/change-requests/CHG-2026-999999/downtime";
    add(ep, "unknown", "demo", "POST", path, null, null, false, Map.of(), 404, null);
    bad(ep, "extra field", "POST", path, raw("{\"severity\": 1}"), "severity");
    bad(ep, "array for object", "POST", path, raw("[]"), "body");
    bad(ep, "detail object", "POST", path, raw("{\"detail\": {\"a\": 1}}"), "detail");
    huge(ep, "POST", path);
  }

  private void eamApplications() {
    String ep = "POST /api/eam-applications";
    String path = "/api/eam-applications";
    ObjectNode base = object("{\"customerId\": \"acme\", \"installation\": \"prod-1\", \"years\": 1,"
        + " \"stableEnvironment\": true, \"supportedConfiguration\": true, \"willingToUpgrade\": true}");
    bad(ep, "years 0", "POST", path, edit(base, o -> o.put("years", 0)), "years");
    bad(ep, "years 11", "POST", path, edit(base, o -> o.put("years", 11)), "years");
    bad(ep, "years negative", "POST", path, edit(base, o -> o.put("years", -1)), "years");
    bad(ep, "years word", "POST", path, edit(base, o -> o.put("years", "one")), "years");
    bad(ep, "years overflow", "POST", path, edit(base, o -> o.put("years", 99999999999L)), "years");
    bad(ep, "stableEnvironment word", "POST", path, edit(base, o -> o.put("stableEnvironment", "y")),
        "stableEnvironment");
    bad(ep, "willingToUpgrade null", "POST", path, edit(base, o -> o.putNull("willingToUpgrade")),
        "willingToUpgrade");
    bad(ep, "customerId NUL", "POST", path, edit(base, o -> o.put("customerId", "globex\u0000")), "customerId");
    bad(ep, "installation unknown", "POST", path, edit(base, o -> o.put("installation", "no-such-cluster")),
        "installation");
    bad(ep, "installation too long", "POST", path, edit(base, o -> o.put("installation", "p".repeat(65))),
        "installation");
    bad(ep, "extra field", "POST", path, edit(base, o -> o.put("discount", 100)), "discount");
    huge(ep, "POST", path);

    ep = "GET /api/eam-applications/{number}";
    get(ep, "unknown", "/api/eam-applications/EAM-2026-999999", 404);
    get(ep, "encoded traversal", "/api/eam-applications/..%2F..%2Fcustomers", 400);

    ep = "GET /api/eam-applications";
    get(ep, "customerId NUL", "/api/eam-applications?customerId=acme%00", 400, "customerId");
    get(ep, "customerId script", "/api/eam-applications?customerId=%3Cscript%3E", 400, "customerId");
    add(ep, "XML wanted", "demo", "GET", "/api/eam-applications", null, null, false,
        Map.of("Accept", "application/xml"), 406, null);
  }

  /** S360 (SVC-2): acme buys S360 in the demo. */
  private void s360() {
    String ep = "POST /api/advisories";
    String path = "/api/advisories";
    ObjectNode advisory = object("{\"kind\": \"vulnerability\", \"product\": \"dce\", \"title\": \"t\","
        + " \"cveIds\": [\"CVE-2026-12345\"], \"affected\": [\">=5.0.0 <5.0.8\"], \"fixedIn\": \"5.0.8\","
        + " \"severity\": \"high\"}");
    bad(ep, "kind unknown", "POST", path, edit(advisory, o -> o.put("kind", "rumour")), "kind");
    bad(ep, "range malformed", "POST", path, edit(advisory, o -> o.putArray("affected").add(">=5.0")), "affected[0]");
    bad(ep, "range SQL", "POST", path, edit(advisory, o -> o.putArray("affected").add("5.0.7' OR 1=1--")),
        "affected[0]");
    bad(ep, "no ranges", "POST", path, edit(advisory, o -> o.putArray("affected")), "affected");
    bad(ep, "CVE id markup", "POST", path, edit(advisory, o -> o.putArray("cveIds").add("[x](http://evil)")),
        "cveIds[0]");
    bad(ep, "fixedIn word", "POST", path, edit(advisory, o -> o.put("fixedIn", "soon")), "fixedIn");
    bad(ep, "severity null", "POST", path, edit(advisory, o -> o.putNull("severity")), "severity");
    bad(ep, "extra field", "POST", path, edit(advisory, o -> o.put("publishedBy", "ceo")), "publishedBy");
    huge(ep, "POST", path);

    ep = "GET /api/advisories";
    get(ep, "customerId NUL", "/api/advisories?customerId=acme%00", 400, "customerId");
    get(ep, "customerId unknown", "/api/advisories?customerId=no-such-customer", 404);

    ep = "POST /api/advisories/{id}/upgrade-acceptance";
    path = "/api/advisories/999999999/upgrade-acceptance";
    ObjectNode acceptance = object("{\"customerId\": \"acme\", \"cluster\": \"prod-1\","
        + " \"plannedAt\": \"2099-01-01T00:00:00Z\"}");
    bad(ep, "plannedAt past", "POST", path, edit(acceptance, o -> o.put("plannedAt", "2001-01-01T00:00:00Z")),
        "plannedAt");
    bad(ep, "plannedAt without offset", "POST", path, edit(acceptance, o -> o.put("plannedAt", "2099-01-01T00:00")),
        "plannedAt");
    bad(ep, "cluster missing", "POST", path, edit(acceptance, o -> o.remove("cluster")), "cluster");
    add(ep, "unknown advisory", "demo", "POST", path, JSON_TYPE, utf8(json(acceptance)), false, Map.of(), 404, null);
    add(ep, "id word", "demo", "POST", "/api/advisories/abc/upgrade-acceptance", JSON_TYPE, utf8(json(acceptance)),
        false, Map.of(), 404, null);
    huge(ep, "POST", path);

    ep = "GET /api/inspections";
    get(ep, "customerId NUL", "/api/inspections?customerId=acme%00", 400, "customerId");
    get(ep, "customerId unknown", "/api/inspections?customerId=no-such-customer", 404);

    ep = "GET /api/inspections/{id}";
    get(ep, "unknown", "/api/inspections/999999999", 404);
    get(ep, "id word", "/api/inspections/INS-1", 404);
    get(ep, "id overflow", "/api/inspections/99999999999999999999999", 404);
    get(ep, "encoded traversal", "/api/inspections/..%2F..%2Fcustomers", 400);

    ep = "POST /api/critical-events";
    path = "/api/critical-events";
    ObjectNode event = object("{\"customerId\": \"acme\", \"installations\": [\"prod-1\"], \"kind\": \"peak\","
        + " \"from\": \"2099-01-01T00:00:00Z\", \"to\": \"2099-01-02T00:00:00Z\", \"description\": \"d\"}");
    bad(ep, "kind unknown", "POST", path, edit(event, o -> o.put("kind", "party")), "kind");
    bad(ep, "to before from", "POST", path, edit(event, o -> o.put("to", "2098-12-31T00:00:00Z")), "to");
    bad(ep, "to in the past", "POST", path, edit(event, o -> o.put("to", "2001-01-01T00:00:00Z")), "to");
    bad(ep, "from word", "POST", path, edit(event, o -> o.put("from", "tomorrow")), "from");
    bad(ep, "cluster unknown", "POST", path, edit(event, o -> o.putArray("installations").add("prod-9")),
        "installations[0]");
    bad(ep, "no clusters", "POST", path, edit(event, o -> o.putArray("installations")), "installations");
    bad(ep, "description missing", "POST", path, edit(event, o -> o.remove("description")), "description");
    bad(ep, "extra field", "POST", path, edit(event, o -> o.put("status", "reported")), "status");
    huge(ep, "POST", path);

    ep = "GET /api/critical-events";
    get(ep, "customerId NUL", "/api/critical-events?customerId=acme%00", 400, "customerId");
    get(ep, "customerId unknown", "/api/critical-events?customerId=no-such-customer", 404);

    ep = "GET /api/critical-events/{id}";
    get(ep, "unknown", "/api/critical-events/999999999", 404);
    get(ep, "id word", "/api/critical-events/CRE-1", 404);
    get(ep, "encoded traversal", "/api/critical-events/..%2F..%2Fcustomers", 400);

    ep = "GET /api/customers/{id}/s360-team";
    get(ep, "unknown customer", "/api/customers/no-such-customer/s360-team", 404);
    get(ep, "customer id NUL", "/api/customers/acme%00/s360-team", 400);

    ep = "PUT /api/customers/{id}/s360-team";
    path = "/api/customers/acme/s360-team";
    bad(ep, "member not of customer-success", "PUT", path, raw("{\"members\": [\"engineer\"]}"), "members[0]");
    bad(ep, "members missing", "PUT", path, raw("{}"), "members");
    bad(ep, "member blank", "PUT", path, raw("{\"members\": [\" \"]}"), "members[0]");
    bad(ep, "members object", "PUT", path, raw("{\"members\": {\"a\": 1}}"), "members");
    bad(ep, "extra field", "PUT", path, raw("{\"members\": [], \"lead\": \"success\"}"), "lead");
    huge(ep, "PUT", path);
  }

  // ---------------------------------------------------------------------------------------------
  // Building cases
  // ---------------------------------------------------------------------------------------------

  private void bad(String endpoint, String label, String method, String path, String json, String field) {
    badAs("demo", endpoint, label, method, path, json, field);
  }

  private void badAs(String user, String endpoint, String label, String method, String path, String json,
      String field) {
    add(endpoint, label, user, method, path, JSON_TYPE, utf8(json), false, Map.of(), 400, field);
  }

  private void get(String endpoint, String label, String path, int expected) {
    get(endpoint, label, path, expected, null);
  }

  private void get(String endpoint, String label, String path, int expected, String field) {
    add(endpoint, label, "demo", "GET", path, null, null, false, Map.of(), expected, field);
  }

  private void huge(String endpoint, String method, String path) {
    add(endpoint, "body above the limit", "demo", method, path, JSON_TYPE, hugeBody(), false, Map.of(), 413, null);
  }

  private void add(String endpoint, String label, String user, String method, String path, String contentType,
      byte[] body, boolean chunked, Map<String, String> headers, int expected, String field) {
    corpus.add(new Case(endpoint, label, user, method, path, contentType, body, chunked, headers, expected, field));
  }

  private static byte[] hugeBody() {
    return utf8("{\"description\": \"" + "x".repeat(HUGE) + "\"}");
  }

  private static String raw(String json) {
    return json;
  }

  private static ObjectNode object(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  private static String edit(ObjectNode base, Consumer<ObjectNode> change) {
    ObjectNode copy = base.deepCopy();
    change.accept(copy);
    return copy.toString();
  }

  private static String json(ObjectNode node) {
    return node.toString();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The UTF-8 of {@code text} with {@code marker} replaced by raw bytes (e.g. invalid UTF-8). */
  private static byte[] bytes(String text, String marker, byte[] replacement) {
    byte[] all = utf8(text);
    byte[] mark = utf8(marker);
    int at = indexOf(all, mark);
    byte[] result = new byte[all.length - mark.length + replacement.length];
    System.arraycopy(all, 0, result, 0, at);
    System.arraycopy(replacement, 0, result, at, replacement.length);
    System.arraycopy(all, at + mark.length, result, at + replacement.length, all.length - at - mark.length);
    return result;
  }

  private static int indexOf(byte[] all, byte[] part) {
    outer:
    for (int i = 0; i <= all.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (all[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalArgumentException("marker not found");
  }

  private static String abbreviate(String text) {
    return text.length() > 120 ? text.substring(0, 120) + "…" : text;
  }

  // ---------------------------------------------------------------------------------------------
  // Sending and checking
  // ---------------------------------------------------------------------------------------------

  private Api.Response send(Case c) {
    Api api = Api.as(port, c.user());
    HttpRequest.Builder builder = api.builder(c.path());
    c.headers().forEach(builder::header);
    if (c.contentType() != null) {
      builder.header("Content-Type", c.contentType());
    }
    HttpRequest.BodyPublisher body;
    if (c.body() == null) {
      body = HttpRequest.BodyPublishers.noBody();
    } else if (c.chunked()) {
      body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(c.body()));
    } else {
      body = HttpRequest.BodyPublishers.ofByteArray(c.body());
    }
    return api.send(builder.method(c.method(), body));
  }

  /** Null when the answer is right, else what is wrong with it. */
  private static String check(Case c, Api.Response response) {
    int status = response.status();
    if (status < 400 || status > 499) {
      return "status " + status + " (want 4xx): " + abbreviate(response.body());
    }
    if (c.expected() != 0 && status != c.expected()) {
      return "status " + status + " (want " + c.expected() + "): " + abbreviate(response.body());
    }
    if (!response.contentType().startsWith("application/problem+json")) {
      return "content type " + response.contentType() + ": " + abbreviate(response.body());
    }
    if (LEAK.matcher(response.body()).find()) {
      return "leaks internals: " + abbreviate(response.body());
    }
    JsonNode problem;
    try {
      problem = JSON.readTree(response.body());
    } catch (Exception e) {
      return "body is not JSON: " + abbreviate(response.body());
    }
    if (problem.path("status").asInt() != status || problem.path("title").asText().isEmpty()) {
      return "not a problem document: " + abbreviate(response.body());
    }
    if (c.field() != null) {
      List<String> fields = new ArrayList<>();
      problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
      if (!fields.contains(c.field())) {
        return "errors name " + fields + ", not " + c.field() + ": " + abbreviate(response.body());
      }
    }
    return null;
  }

  /** The /api endpoints the application serves, as "METHOD pattern". */
  private Set<String> servedEndpoints() {
    Set<String> served = new TreeSet<>();
    mappings.getHandlerMethods().keySet().forEach(info -> {
      for (String pattern : info.getPatternValues()) {
        if (pattern.startsWith("/api/") || pattern.equals("/api")) {
          info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + pattern));
        }
      }
    });
    return served;
  }

  /** Row counts of our tables and of the engine's executions and process history. */
  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    List<String> tables = jdbc.queryForList("""
        SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
          AND lower(table_name) NOT LIKE 'act\\_%' AND lower(table_name) <> 'dce_schema_history'
        ORDER BY table_name""", String.class);
    assertThat(tables).as("our own tables").contains("incidents", "dce_customer", "sla_calendar");
    for (String table : tables) {
      counts.put(table, jdbc.queryForObject("SELECT count(*) FROM \"" + table + "\"", Long.class));
    }
    for (String table : List.of("act_ru_execution", "act_hi_procinst", "act_ru_task", "act_re_deployment")) {
      counts.put(table, jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class));
    }
    return counts;
  }

  /** The counts once jobs that were running when the executor stopped have finished. */
  private Map<String, Long> stableCounts() {
    List<Map<String, Long>> last = new ArrayList<>();
    last.add(counts());
    Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
      Map<String, Long> now = counts();
      boolean stable = now.equals(last.get(0));
      last.set(0, now);
      return stable;
    });
    return last.get(0);
  }
}
