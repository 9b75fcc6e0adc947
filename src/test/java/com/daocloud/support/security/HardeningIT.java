package com.daocloud.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.daocloud.support.testing.Multipart;
import com.daocloud.support.testing.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The holes of Camunda 7.24.0 CE that we close ourselves (the security baseline, docs/security.md). */
@IntegrationTest
class HardeningIT {

  private static final String OR_QUERY_EXPRESSION =
      "{\"orQueries\":[{\"assigneeExpression\":\"${'engineer'}\"}]}";

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  RepositoryService repositoryService;

  @Test
  @DisplayName("The Admin app's setup endpoint creates no administrator once the application runs")
  void setupEndpointCreatesNothing() {
    WebappSession browser = new WebappSession(port);
    browser.get("/camunda/app/admin/default/");

    Api.Response response = browser.post("/camunda/api/admin/setup/default/user/create",
        "application/json", "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"I\","
            + "\"email\":\"i@example.invalid\"},\"credentials\":{\"password\":\"intruder\"}}");

    assertThat(response.status()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  @DisplayName("A non-administrator's task query with an expression in orQueries is refused")
  void orQueriesExpressionIsRefusedForStaff() {
    Api.Response rest = Api.as(port, "engineer").post("/engine-rest/task?maxResults=10",
        OR_QUERY_EXPRESSION);
    Api.Response restParameter = Api.as(port, "engineer")
        .get("/engine-rest/task?maxResults=10&assigneeExpression=%24%7B'x'%7D");
    Api.Response count = Api.as(port, "manager").post("/engine-rest/task/count",
        OR_QUERY_EXPRESSION);

    assertThat(rest.status()).isEqualTo(403);
    assertThat(rest.json().get("type").asText()).endsWith("expression-not-allowed");
    assertThat(restParameter.status()).isEqualTo(403);
    assertThat(count.status()).isEqualTo(403);
  }

  @Test
  @DisplayName("Through Tasklist's own API an expression query is refused, the shared filters work")
  void tasklistFiltersWorkButExpressionsAreRefused() {
    WebappSession tasklist = new WebappSession(port);
    assertThat(tasklist.login("tasklist", "engineer", "engineer")).isEqualTo(200);

    JsonNode filters = tasklist.get("/camunda/api/engine/engine/default/filter?resourceType=Task")
        .json();
    assertThat(filters).extracting(f -> f.get("name").asText())
        .contains("My tasks", "My group tasks");
    for (JsonNode filter : filters) {
      Api.Response list = tasklist.post("/camunda/api/engine/engine/default/filter/"
              + filter.get("id").asText() + "/list?firstResult=0&maxResults=15",
          "application/json", "{\"processVariables\":[],\"taskVariables\":[],"
              + "\"caseInstanceVariables\":[],\"sorting\":[{\"sortBy\":\"created\","
              + "\"sortOrder\":\"desc\"}],\"active\":true}");
      assertThat(list.status()).as(filter.get("name").asText()).isEqualTo(200);
    }

    Api.Response injected = tasklist.post("/camunda/api/engine/engine/default/task",
        "application/json", OR_QUERY_EXPRESSION);
    Api.Response filterWithExpression = tasklist.post(
        "/camunda/api/engine/engine/default/filter/create", "application/json",
        "{\"resourceType\":\"Task\",\"name\":\"mine\",\"query\":{\"orQueries\":"
            + "[{\"candidateGroupsExpression\":\"${currentUserGroups()}\"}]}}");
    assertThat(injected.status()).isEqualTo(403);
    assertThat(filterWithExpression.status()).isEqualTo(403);
  }

  @Test
  @DisplayName("Finding 2: administrators' task queries with expressions are refused too, on every engine path")
  void administratorsAreRefusedToo() {
    for (String path : new String[] {"/engine-rest/task?maxResults=10", "/engine-rest/engine/default/task",
        "/engine-rest/engine/default/task/count"}) {
      Api.Response response = Api.as(port, "demo").post(path,
          "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}");

      assertThat(response.status()).as(path).isEqualTo(403);
      assertThat(response.json().get("type").asText()).endsWith("expression-not-allowed");
    }
  }

  @Test
  @DisplayName("A deployment with a DOCTYPE (external entities) is refused")
  void doctypeIsRefused() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"d\" name=\"&xxe;\""
        + " namespace=\"x\"/>";

    Api.Response response = deploy("demo", "xxe.dmn", xml);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("DOCTYPE").doesNotContain("root:");
  }

  @Test
  @DisplayName("A process with a script task is refused: script engines stay off")
  void scriptTaskIsRefused() {
    String bpmn = "<?xml version=\"1.0\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
        + " targetNamespace=\"x\"><process id=\"script-check\" isExecutable=\"true\">"
        + "<startEvent id=\"s\"/><scriptTask id=\"t\" scriptFormat=\"javascript\"><script>1</script>"
        + "</scriptTask></process></definitions>";

    Api.Response response = deploy("demo", "script-check.bpmn", bpmn);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("script");
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("script-check")
        .count()).isZero();
  }

  @Test
  @DisplayName("Analysts deploy decision tables only; engineers deploy nothing")
  void analystsDeployDecisionsOnly() {
    String dmn = "<?xml version=\"1.0\"?><definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\""
        + " xmlns:camunda=\"http://camunda.org/schema/1.0/dmn\" id=\"analyst-check-definitions\" name=\"c\""
        + " namespace=\"x\"><decision id=\"analyst-check\" name=\"c\" camunda:historyTimeToLive=\"P1D\">"
        + "<decisionTable id=\"t\"><input id=\"i\"><inputExpression id=\"e\" typeRef=\"string\">"
        + "<text>a</text></inputExpression></input><output id=\"o\" name=\"b\" typeRef=\"string\"/>"
        + "<rule id=\"r\"><inputEntry id=\"ie\"><text>-</text></inputEntry><outputEntry id=\"oe\">"
        + "<text>\"x\"</text></outputEntry></rule></decisionTable></decision></definitions>";
    String bpmn = "<?xml version=\"1.0\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
        + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"x\">"
        + "<process id=\"analyst-process\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\">"
        + "<startEvent id=\"s\"/></process></definitions>";

    assertThat(deploy("analyst", "analyst-check.dmn", dmn).status()).isEqualTo(200);
    assertThat(deploy("analyst", "analyst-process.bpmn", bpmn).status()).isEqualTo(403);
    assertThat(deploy("engineer", "analyst-check.dmn", dmn).status()).isEqualTo(403);
    assertThat(repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("analyst-process").count()).isZero();
  }

  @Test
  @DisplayName("Finding 12: Java-serialized variables are refused over REST, also when JSON escapes or case hide the format")
  void javaSerializedVariablesAreRefused() {
    for (String format : new String[] {"application/x-java-serialized-object",
        "application\\/x-java-serialized-object", "\\u0061pplication/x-java-serialized-object",
        "APPLICATION/X-JAVA-SERIALIZED-OBJECT", "application/x-java-serialized-\\u006Fbject"}) {
      Api.Response response = Api.as(port, "demo").post(
          "/engine-rest/engine/default/decision-definition/key/incident-level/evaluate",
          "{\"variables\":{\"requestType\":{\"type\":\"Object\",\"value\":\"rO0ABXQABWZhdWx0\","
              + "\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
              + "\"serializationDataFormat\":\"" + format + "\"}}}}");

      assertThat(response.status()).as(format).isEqualTo(400);
      assertThat(response.json().get("type").asText()).as(format).endsWith("java-serialization-not-allowed");
    }
  }

  @Test
  @DisplayName("A request body above the limit gets 413 problem details")
  void oversizedBodyIsRefused() {
    String huge = "{\"text\":\"" + "x".repeat(300_000) + "\"}";

    Api.Response response = Api.as(port, "demo").post("/api/incidents", huge);

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  @DisplayName("Queries through /engine-rest are bounded: maxResults defaults to 2000, more is refused")
  void queryResultsAreBounded() {
    assertThat(Api.as(port, "demo").get("/engine-rest/user").status()).isEqualTo(200);
    Api.Response tooMany = Api.as(port, "demo").get("/engine-rest/user?maxResults=2001");

    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.json().get("detail").asText()).contains("2000");
  }

  private Api.Response deploy(String user, String fileName, String content) {
    Api api = Api.as(port, user);
    return api.send(Multipart.post(api.builder("/engine-rest/deployment/create"),
        Map.of("deployment-name", fileName), Map.of(fileName,
            content.getBytes(StandardCharsets.UTF_8))));
  }
}
