package com.daocloud.support.isolated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.RunningApp;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Reliability: PostgreSQL stops under steady load and comes back. While it is down every
 * caller gets a 503 with {@code Retry-After} (a problem, never a 500 or a stack trace); once it is back
 * the same application serves again without a restart, no incident that was confirmed with a 201 is
 * lost, a retry with the same {@code Idempotency-Key} creates nothing twice, and the job executor works
 * again. Its own PostgreSQL (a fixed data directory and port, so that it can be stopped and started
 * again) and its own application: an {@code isolated} test.
 */
class DatabaseRestartIT {

  private static final String DATABASE = "dce_db_restart";
  private static final int CLIENTS = 3;
  private static final int PROBE_JOBS = 10;
  private static final String PROBE = "db-restart-probe";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();

  /** One report as a client sent it and what it got back. */
  private record Call(String key, int status, String body, String contentType, String retryAfter,
      Phase phase, long millis) {
  }

  /** {@code SWITCHING}: sent in one phase and answered in the next. */
  private enum Phase { UP, DOWN, BACK, SWITCHING }

  private volatile Phase phase = Phase.UP;

  @Test
  @DisplayName("PostgreSQL stopped and restarted under load: 503 + Retry-After while down, nothing confirmed is lost, the application and its jobs recover without a restart")
  void databaseRestartUnderLoad() throws Exception {
    Path dataDirectory = Files.createTempDirectory("dce-db-restart");
    int databasePort = freePort();
    EmbeddedPostgres database = startDatabase(dataDirectory, databasePort);
    try (Connection connection = database.getPostgresDatabase().getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + DATABASE);
    }
    String jdbcUrl = database.getJdbcUrl("postgres", DATABASE);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    AtomicBoolean running = new AtomicBoolean(true);
    ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    try (RunningApp app = RunningApp.start("postgres,demo", "DB_URL=" + jdbcUrl, "DB_USER=postgres",
        "DB_PASSWORD=postgres",
        // A caller waits at most this long for a connection while the database is down.
        "spring.datasource.hikari.connection-timeout=2000",
        // Steady load from one customer: far above a customer's report allowance.
        "dce.incident.report-limit.burst=1000000", "dce.incident.report-limit.per-hour=1000000")) {
      int port = app.port();
      // Jobs that must run once the database is back: timers far in the future, made due then.
      List<String> probeInstances = startProbeTimers(app);

      // Given steady report load (each report with its own Idempotency-Key)
      List<Future<?>> load = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        load.add(clients.submit(() -> {
          while (running.get()) {
            calls.add(report(port, "restart-" + UUID.randomUUID()));
          }
          return null;
        }));
      }
      await().atMost(Duration.ofSeconds(60)).until(() -> count(calls, Phase.UP, 201) >= 10);

      // When PostgreSQL stops (its data kept)
      long stopping = System.nanoTime();
      database.close();
      phase = Phase.DOWN;
      // Then callers are told to come back later, with a problem and Retry-After
      await().atMost(Duration.ofSeconds(60)).until(() -> count(calls, Phase.DOWN, 503) >= 3 * CLIENTS);
      Api.Response readWhileDown = get(port, "/api/incidents?status=open");
      Api.Response engineWhileDown = Api.as(port, "demo").get("/engine-rest/task?maxResults=1");
      // and the load balancer's probe sees it
      Api.Response healthWhileDown = Api.anonymous(port).get("/actuator/health");

      // When PostgreSQL starts again on the same port and data
      database = startDatabase(dataDirectory, databasePort);
      long downMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping);
      phase = Phase.BACK;

      // Then the same application serves new reports again, without a restart
      long restarted = System.nanoTime();
      await().atMost(Duration.ofSeconds(60)).until(() -> count(calls, Phase.BACK, 201) >= 1);
      long recoveryMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted);
      await().atMost(Duration.ofSeconds(60)).until(() -> count(calls, Phase.BACK, 201) >= 10);
      running.set(false);
      for (Future<?> client : load) {
        client.get(120, TimeUnit.SECONDS);
      }

      Map<String, Integer> statuses = new TreeMap<>();
      calls.forEach(c -> statuses.merge(c.phase() + " " + c.status(), 1, Integer::sum));
      List<Long> refusedIn = calls.stream().filter(c -> c.status() == 503).map(Call::millis).sorted().toList();
      System.out.printf("reliability: PostgreSQL down %d ms under %d clients -> %s; a 503 took %d-%d ms"
              + " (Hikari connection-timeout 2000 ms); first 201 %d ms after the restart%n", downMillis, CLIENTS,
          statuses, refusedIn.get(0), refusedIn.get(refusedIn.size() - 1), recoveryMillis);

      // Nothing but 201 and 503, and every 503 a problem with Retry-After and without internals
      assertThat(calls).extracting(Call::status).containsOnly(201, 503);
      for (Api.Response response : List.of(readWhileDown, engineWhileDown, healthWhileDown)) {
        assertThat(response.status()).as(response.body()).isEqualTo(503);
      }
      assertThat(healthWhileDown.json().get("status").asText()).isEqualTo("DOWN");
      Api.Response healthBack = Api.anonymous(port).get("/actuator/health");
      assertThat(healthBack.status()).as(healthBack.body()).isEqualTo(200);
      List<Call> unavailable = calls.stream().filter(c -> c.status() == 503).toList();
      assertThat(unavailable).allSatisfy(c -> {
        assertThat(c.retryAfter()).as(c.body()).isNotNull();
        assertThat(Integer.parseInt(c.retryAfter())).isPositive();
        assertThat(c.contentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(c.body()).get("status").asInt()).isEqualTo(503);
        assertThat(c.body()).doesNotContain("Exception", "org.", "java.", "SQL", "at com.");
      });

      // And every report confirmed with a 201 is there
      List<Call> created = calls.stream().filter(c -> c.status() == 201).toList();
      Set<String> numbers = created.stream().map(DatabaseRestartIT::number).collect(Collectors.toSet());
      assertThat(numbers).hasSize(created.size());
      for (String number : numbers) {
        assertThat(get(port, "/api/incidents/" + number).status()).as(number).isEqualTo(200);
      }
      // And a client that retries a report that got a 503 (same key) gets one incident, never two
      int retried = 0;
      for (Call refused : unavailable) {
        Call again = report(port, refused.key());
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(numbers.add(number(again))).as("a new incident for " + refused.key()).isTrue();
        retried++;
      }
      try (Connection connection = database.getDatabase("postgres", DATABASE).getConnection();
           var result = connection.createStatement().executeQuery(
               "select count(*) from incidents where title = 'Database restart check'")) {
        result.next();
        assertThat(result.getInt(1)).as("incidents in the database").isEqualTo(numbers.size());
      }

      // And the job executor runs jobs again
      ManagementService management = app.bean(ManagementService.class);
      for (Job job : management.createJobQuery().processDefinitionKey(PROBE).list()) {
        management.setJobDuedate(job.getId(), new Date());
      }
      long due = System.nanoTime();
      HistoryService history = app.bean(HistoryService.class);
      await().atMost(Duration.ofSeconds(60)).until(() -> history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(PROBE).finished().count() == PROBE_JOBS);
      System.out.printf("reliability: after the restart %d incidents confirmed and all readable, %d refused"
              + " reports retried with their key -> %d incidents in the database; %d due jobs ran in %d ms%n",
          created.size(), retried, numbers.size(), probeInstances.size(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - due));
    } finally {
      running.set(false);
      clients.shutdownNow();
      database.close();
      FileSystemUtils.deleteRecursively(dataDirectory);
    }
  }

  private static EmbeddedPostgres startDatabase(Path dataDirectory, int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setPort(port)
        .setRegisterShutdownHook(false)
        .setServerConfig("max_connections", "100")
        .start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static List<String> startProbeTimers(RunningApp app) {
    app.bean(RepositoryService.class).createDeployment().name(PROBE)
        .addModelInstance(PROBE + ".bpmn", Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1)
            .startEvent().intermediateCatchEvent("Timer_Later").timerWithDuration("PT1H")
            .endEvent().done())
        .deploy();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < PROBE_JOBS; i++) {
      ids.add(app.bean(RuntimeService.class).startProcessInstanceByKey(PROBE).getId());
    }
    return ids;
  }

  private Call report(int port, String key) {
    Phase sentIn = phase;
    String body = """
        {"customerId": "acme", "installation": "prod-1", "title": "Database restart check",
         "description": "Steady load while PostgreSQL restarts.", "requestType": "fault",
         "productionImpact": "partial", "dataLoss": false, "workaroundAvailable": true,
         "contact": {"name": "Li Lei", "phone": "+86 10 1234 5678", "email": "li.lei@example.com"}}""";
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/incidents"))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", basic("acme-user"))
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", key)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    long started = System.nanoTime();
    try {
      HttpResponse<String> response = HTTP.send(request,
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      // A call counts for the phase it was sent in, unless the phase changed while it ran.
      Phase answeredIn = sentIn == phase ? sentIn : Phase.SWITCHING;
      return new Call(key, response.statusCode(), response.body(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Retry-After").orElse(null), answeredIn,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("report failed: " + e.getMessage(), e);
    }
  }

  private static Api.Response get(int port, String path) {
    return Api.as(port, "acme-user").get(path);
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }

  private static String number(Call call) {
    try {
      return JSON.readTree(call.body()).get("number").asText();
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + call.body(), e);
    }
  }

  private static long count(ConcurrentLinkedQueue<Call> calls, Phase phase, int status) {
    return calls.stream().filter(c -> c.phase() == phase && c.status() == status).count();
  }
}
