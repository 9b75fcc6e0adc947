package com.daocloud.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Finding 1 of the security review (anonymous reads through {@code /%61pi/...}): every route the
 * application serves, asked for in the ways an address can be spelled differently, by a stranger, a
 * customer and a member of each staff group. A spelling never gets what the plain address refuses, and
 * nothing answers 5xx.
 *
 * <p>Routes: every pattern of Spring's request mappings (the {@code /api} controllers, the API
 * documentation, actuator, the error page) and of Jersey's resources for {@code /engine-rest}, taken
 * from the registered resource classes: their methods, sub-resources and the resources their locators
 * return, two levels deep for the default engine (e.g. {@code /engine-rest/history/process-instance/{id}})
 * and one level under {@code /engine-rest/engine/default} (e.g. {@code .../engine/default/task}); deeper
 * levels repeat the same resources under longer paths. Path variables are filled with an id that exists
 * nowhere (the engine name with {@code default}), and writes carry a body that is not JSON, so that no
 * sweep request changes anything.
 */
@IntegrationTest
class PathVariantSweepIT {

  /** Any spelling of a path variable ({@code {id}}, {@code {id:.+}}, {@code {*rest}}) or wildcard. */
  private static final Pattern VARIABLE = Pattern.compile("\\{[^}]*}|\\*\\*|\\*");
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  /**
   * Engine resources that answer 500 with the engine's exception name for an unknown id (or, for metrics,
   * for the default query limit), whatever the spelling: errors of the engine's REST error mapping, not of
   * the perimeter, and not reachable for strangers or customers. Listed so that the sweep fails on any
   * new 5xx; delete an entry once its answer is a 4xx.
   */
  private static final Set<String> ENGINE_ERRORS_TO_MAP = Set.of(
      "GET /engine-rest/task/x-1/deployed-form",
      "GET /engine-rest/task/x-1/rendered-form");

  @LocalServerPort
  int port;

  @Autowired
  ApplicationContext context;

  @Test
  @DisplayName("Finding 1: no spelling of any route (encoded letters, upper case, //, /./, .., ;param, trailing /) "
      + "answers 2xx where the plain route refuses, for strangers, customers and every staff group; nothing answers 5xx")
  void noVariantGetsPastThePerimeter() throws Exception {
    Set<String> routes = new TreeSet<>();
    routes.addAll(springRoutes());
    int spring = routes.size();
    Set<String> jersey = jerseyRoutes();
    routes.addAll(jersey);
    assertThat(spring).as("Spring routes").isGreaterThan(30);
    assertThat(jersey).as("Jersey routes").hasSizeGreaterThan(150)
        .contains("GET /engine-rest/task", "POST /engine-rest/deployment/create");

    Map<String, String> identities = new LinkedHashMap<>();
    identities.put("anonymous", null);
    identities.put("customer", basic("acme-user"));
    for (String staff : List.of("demo", "engineer", "service", "supervisor", "manager", "analyst")) {
      identities.put(staff, basic(staff));
    }

    List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    Map<String, Map<Integer, Integer>> tally = new TreeMap<>();
    AtomicInteger sent = new AtomicInteger();
    Set<String> engineErrors = Collections.synchronizedSet(new TreeSet<>());
    // A few requests at a time: the sweep is tens of thousands of requests, most refused at the firewall.
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> work = new ArrayList<>();
    for (String route : routes) {
      String method = route.substring(0, route.indexOf(' '));
      String path = VARIABLE.matcher(route.substring(route.indexOf(' ') + 1).replace("{name}", "default"))
          .replaceAll("x-1");
      for (var identity : identities.entrySet()) {
        work.add(pool.submit(() -> {
          int plain = send(method, path, identity.getValue()).status();
          sent.incrementAndGet();
          count(tally, "plain", plain);
          boolean engineError = ENGINE_ERRORS_TO_MAP.contains(method + " " + path);
          if (plain >= 500 && engineError) {
            engineErrors.add(method + " " + path);
          } else if (plain >= 500) {
            wrong.add(identity.getKey() + " " + method + " " + path + ": " + plain);
          }
          for (var variant : variants(path).entrySet()) {
            RawHttp.Response response = send(method, variant.getValue(), identity.getValue());
            sent.incrementAndGet();
            count(tally, variant.getKey(), response.status());
            boolean refusedPlainly = plain == 401 || plain == 403;
            boolean failed = response.status() >= 500 && !(engineError && response.status() == plain);
            if (failed || (refusedPlainly && response.status() / 100 == 2)) {
              wrong.add(identity.getKey() + " " + method + " " + variant.getValue() + ": " + response.status()
                  + " (plain " + plain + ") " + abbreviate(response.body()));
            }
          }
        }));
      }
    }
    try {
      for (Future<?> each : work) {
        each.get();
      }
    } finally {
      pool.shutdownNow();
    }

    StringBuilder summary = new StringBuilder(String.format(
        "path-variant sweep: %d routes (%d Spring, %d Jersey) x %d identities, %d requests%n",
        routes.size(), spring, jersey.size(), identities.size(), sent.get()));
    tally.forEach((kind, statuses) -> summary.append(String.format("  %-16s %s%n", kind, statuses)));
    summary.append(String.format("  engine errors still to map (staff only): %s%n", engineErrors));
    System.out.print(summary);
    assertThat(wrong).as("variants that got past the perimeter or failed").isEmpty();
  }

  private Set<String> springRoutes() {
    Set<String> routes = new TreeSet<>();
    context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
        mapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
          var methods = info.getMethodsCondition().getMethods();
          if (methods.isEmpty()) {
            routes.add("GET " + pattern);
          } else {
            methods.forEach(m -> routes.add(m.name() + " " + pattern));
          }
        })));
    return routes;
  }

  private Set<String> jerseyRoutes() {
    Set<String> routes = new TreeSet<>();
    for (ResourceConfig config : context.getBeansOfType(ResourceConfig.class).values()) {
      for (Class<?> type : config.getClasses()) {
        Resource resource = rootResource(type);
        if (resource != null) {
          walk(resource, "/engine-rest", 0, routes);
        }
      }
    }
    return routes;
  }

  private static Resource rootResource(Class<?> type) {
    try {
      Resource resource = Resource.from(type);
      return resource != null && resource.getPath() != null ? resource : null;
    } catch (RuntimeException notAResource) {
      return null;
    }
  }

  private static void walk(Resource resource, String prefix, int depth, Set<String> routes) {
    walkBelow(resource, join(prefix, resource.getPath()), depth, routes);
  }

  /** The routes of {@code resource} served at {@code base} (a located resource's own path is its locator's). */
  private static void walkBelow(Resource resource, String base, int depth, Set<String> routes) {
    for (ResourceMethod method : resource.getResourceMethods()) {
      routes.add(method.getHttpMethod() + " " + base);
    }
    for (Resource child : resource.getChildResources()) {
      walk(child, base, depth, routes);
    }
    ResourceMethod locator = resource.getResourceLocator();
    int maxDepth = base.startsWith("/engine-rest/engine") ? 1 : 2;
    if (locator != null && depth < maxDepth) {
      Class<?> returned = locator.getInvocable().getRawResponseType();
      try {
        walkBelow(Resource.builder(returned, true).build(), base, depth + 1, routes);
      } catch (RuntimeException notIntrospectable) {
        // A locator returning Object or a generic type: its routes are not known statically.
      }
    }
  }

  private static String join(String prefix, String path) {
    if (path == null || path.isEmpty() || path.equals("/")) {
      return prefix;
    }
    return prefix + (path.startsWith("/") ? "" : "/") + (path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
  }

  /** The spellings of {@code path} that name the same route to a lenient reader. */
  static Map<String, String> variants(String path) {
    Map<String, String> variants = new LinkedHashMap<>();
    String[] segments = path.substring(1).split("/");
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      for (int c = 0; c < segment.length(); c++) {
        if (Character.isLetter(segment.charAt(c))) {
          String encoded = segment.substring(0, c) + String.format("%%%02X", (int) segment.charAt(c))
              + segment.substring(c + 1);
          variants.put("encoded-letter-" + i, replace(segments, i, encoded));
          break;
        }
      }
      variants.put("param-" + i, replace(segments, i, segment + ";p=1"));
    }
    if (!path.toUpperCase(Locale.ROOT).equals(path)) {
      variants.put("upper-case", path.toUpperCase(Locale.ROOT));
    }
    String first = "/" + segments[0];
    String rest = path.substring(first.length());
    variants.put("double-slash", first + "/" + rest + (rest.isEmpty() ? "/" : ""));
    variants.put("leading-slash", "/" + path);
    variants.put("dot", first + "/." + (rest.isEmpty() ? "/" : rest));
    variants.put("dot-dot", "/x-1/.." + path);
    variants.put("trailing-slash", path + "/");
    return variants;
  }

  private static String replace(String[] segments, int index, String segment) {
    String[] copy = segments.clone();
    copy[index] = segment;
    return "/" + String.join("/", copy);
  }

  private RawHttp.Response send(String method, String path, String authorization) {
    Map<String, String> headers = authorization == null ? Map.of() : Map.of("Authorization", authorization);
    byte[] body = WRITES.contains(method) ? "not json".getBytes(StandardCharsets.UTF_8) : null;
    return RawHttp.send("localhost", port, method, path, headers, "application/json", body);
  }

  private static void count(Map<String, Map<Integer, Integer>> tally, String kind, int status) {
    String key = kind.replaceAll("-\\d+$", "");
    synchronized (tally) {
      tally.computeIfAbsent(key, k -> new TreeMap<>()).merge(status, 1, Integer::sum);
    }
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }

  private static String abbreviate(String body) {
    String flat = body.replaceAll("\\s+", " ");
    return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
  }
}
