package com.daocloud.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.identity.Groups;
import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.WebappSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding 2, the expression sweep: every query and filter resource on {@code /engine-rest},
 * {@code /engine-rest/engine/default} and the webapps' engine API, with an expression that would create
 * a canary file in every expression field of the task query (taken from Camunda's own
 * {@link TaskQueryDto}, so that a field added by an engine upgrade is swept too), at the top and inside
 * {@code orQueries}, as POST and GET, for filters on create, update and execution, for one user of
 * every group, administrators included: every request is refused and the canary never appears.
 */
@IntegrationTest
class ExpressionSweepIT {

  private static final String SWEEP_FILTER = "expression-sweep";
  private static final String CREATED_FILTER = "expression-sweep-created";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  FilterService filterService;

  @Autowired
  TaskService taskService;

  @TempDir
  Path dir;

  private String filterId;

  @BeforeEach
  void sweepFilter() {
    Filter filter = filterService.newTaskFilter(SWEEP_FILTER)
        .setQuery(taskService.createTaskQuery().taskCandidateGroup(Groups.SUPPORT_ENGINEERS));
    filterId = filterService.saveFilter(filter).getId();
  }

  @AfterEach
  void removeFilters() {
    for (String name : List.of(SWEEP_FILTER, CREATED_FILTER)) {
      filterService.createFilterQuery().filterName(name).list()
          .forEach(filter -> filterService.deleteFilter(filter.getId()));
    }
  }

  /** The task query's expression fields as the REST API names them: every {@code set...Expression}. */
  static List<String> expressionFields() {
    return Arrays.stream(TaskQueryDto.class.getMethods())
        .map(Method::getName)
        .filter(name -> name.startsWith("set") && name.endsWith("Expression"))
        .map(name -> Character.toLowerCase(name.charAt(3)) + name.substring(4))
        .sorted().toList();
  }

  /** One request of the sweep: where, how, and what came back. */
  private record Sent(String root, String what, int status, String body) {
  }

  /** Sends as one user: over HTTP Basic, or in a webapp session. */
  private interface Caller {
    Api.Response post(String path, String json);

    Api.Response put(String path, String json);

    Api.Response get(String path);
  }

  private Caller basic(String user) {
    Api api = Api.as(port, user);
    return new Caller() {
      public Api.Response post(String path, String json) {
        return api.post(path, json);
      }

      public Api.Response put(String path, String json) {
        return api.put(path, json);
      }

      public Api.Response get(String path) {
        return api.get(path);
      }
    };
  }

  /** A webapp session of the user, signed in to the first app that lets it in (or none). */
  private Caller webapp(String user) {
    WebappSession session = new WebappSession(port);
    for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
      if (session.login(app, user, user) == 200) {
        break;
      }
    }
    return new Caller() {
      public Api.Response post(String path, String json) {
        return session.post(path, "application/json", json);
      }

      public Api.Response put(String path, String json) {
        return session.put(path, "application/json", json);
      }

      public Api.Response get(String path) {
        return session.get(path);
      }
    };
  }

  @Test
  @DisplayName("Finding 2: every query and filter resource refuses an expression in every field, for every group, "
      + "on every entry point, and the canary never appears")
  void everyExpressionIsRefusedEverywhere() throws Exception {
    Path canary = dir.resolve("canary");
    String expression = "${''.getClass().forName('java.io.File').getConstructor(''.getClass())"
        + ".newInstance('" + canary + "').createNewFile()}";
    List<String> fields = expressionFields();
    assertThat(fields).as("the task query's expression fields").hasSizeGreaterThanOrEqualTo(20)
        .contains("assigneeExpression", "candidateGroupsExpression", "dueDateExpression");

    List<String> users = new ArrayList<>();
    for (String group : Groups.ALL) {
      users.add(identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()
          .get(0).getId());
    }
    assertThat(users).contains("demo");

    Map<String, Function<String, Caller>> roots = Map.of(
        "/engine-rest", this::basic,
        "/engine-rest/engine/default", this::basic,
        "/camunda/api/engine/engine/default", this::webapp);

    List<Sent> sent = new ArrayList<>();
    for (Map.Entry<String, Function<String, Caller>> root : roots.entrySet()) {
      for (String user : users) {
        Caller caller = root.getValue().apply(user);
        for (String field : fields) {
          sweep(root.getKey(), caller, user, field, expression, sent);
        }
      }
    }

    Map<String, Map<Integer, Integer>> tally = new TreeMap<>();
    for (Sent request : sent) {
      tally.computeIfAbsent(request.root(), r -> new TreeMap<>()).merge(request.status(), 1, Integer::sum);
    }
    System.out.println("Expression sweep: " + sent.size() + " requests, " + fields.size()
        + " expression fields, users " + users + "; answers by entry point and status: " + tally);

    assertThat(Files.exists(canary)).as("the canary file").isFalse();
    assertThat(sent).allSatisfy(request -> {
      assertThat(request.status()).as(request.root() + " " + request.what()).isIn(401, 403);
      assertThat(request.body()).as(request.what()).doesNotContain("Exception", "org.camunda");
    });
    assertThat(filterService.createFilterQuery().filterName(CREATED_FILTER).count()).isZero();
    assertThat(filterService.getFilter(filterId).getQuery().toString()).doesNotContain("${");
  }

  private void sweep(String root, Caller caller, String user, String field, String expression, List<Sent> sent)
      throws Exception {
    String top = JSON.writeValueAsString(JSON.createObjectNode().put(field, expression));
    ObjectNode orNode = JSON.createObjectNode();
    orNode.putArray("orQueries").addObject().put(field, expression);
    String or = JSON.writeValueAsString(orNode);
    String parameter = field + "=" + URLEncoder.encode(expression, StandardCharsets.UTF_8);
    String filter = root + "/filter/" + filterId;

    for (Map.Entry<String, String> query : Map.of("top", top, "orQueries", or).entrySet()) {
      String body = query.getValue();
      String label = user + " " + field + " " + query.getKey();
      record(sent, root, "POST task " + label, caller.post(root + "/task", body));
      record(sent, root, "POST task/count " + label, caller.post(root + "/task/count", body));
      String filterBody = "{\"resourceType\":\"Task\",\"name\":\"" + CREATED_FILTER + "\",\"query\":" + body + "}";
      record(sent, root, "POST filter/create " + label, caller.post(root + "/filter/create", filterBody));
      record(sent, root, "PUT filter " + label, caller.put(filter, filterBody));
      for (String execution : List.of("list", "count", "singleResult")) {
        record(sent, root, "POST filter/" + execution + " " + label, caller.post(filter + "/" + execution, body));
      }
    }
    String label = user + " " + field + " GET";
    record(sent, root, "GET task " + label, caller.get(root + "/task?" + parameter));
    record(sent, root, "GET task/count " + label, caller.get(root + "/task/count?" + parameter));
  }

  private static void record(List<Sent> sent, String root, String what, Api.Response response) {
    sent.add(new Sent(root, what, response.status(), response.body()));
  }
}
